// What the host bench's harness (bench/host/harness.ts, inside the extension host) and the bench
// (bench/host.bench.ts, in Node) share: the console markers, the checkpoints and the result's shape.
// Nothing here imports `vscode`, so the bench can import it too.

/** The line bench/host.bench.ts reads the figures from. */
export const RESULT_MARKER = 'news-lens host bench result:';
/** Announces a checkpoint whose memory reading is taken outside the host (the web worker's). */
export const CHECKPOINT_MARKER = 'news-lens host bench checkpoint:';

export const CHECKPOINTS = ['before activation', 'after activation', 'after opening samples'] as const;
export type Checkpoint = (typeof CHECKPOINTS)[number];

/** One memory reading of the Node extension host process, in bytes. */
export interface NodeMemory {
  readonly heapUsed: number;
  readonly external: number;
  readonly arrayBuffers: number;
  readonly rss: number;
  /** max − min of heapUsed over the readings the figure is the median of. */
  readonly heapUsedSpread: number;
}

/** Takes the memory readings of a host. */
export interface MemoryProbe {
  /** How garbage is collected before reading, for the bench's notes. */
  readonly gc: string;
  /** The reading at a checkpoint, or undefined when the bench takes it from outside the host. */
  read(checkpoint: Checkpoint): Promise<NodeMemory | undefined>;
}

export interface HostBenchResult {
  readonly host: 'node' | 'web';
  /** False in the control run, where News Lens is not installed (activation figures are then 0). */
  readonly newsLens: boolean;
  readonly uiKind: string;
  /** Whether News Lens was already active when run() started (it should not be). */
  readonly activeAtStart: boolean;
  /** Whether it was active when the harness called `activate()`, after the first reading. */
  readonly activeBeforeActivate: boolean;
  /** Other extensions of this host activated before the first reading (same activation events). */
  readonly preactivated: readonly string[];
  /** From calling `activate()` until its promise resolved (loads the bundle, runs activate()). */
  readonly activateMs: number;
  /** From calling `activate()` until `api.ready()` resolved: the fact base is loaded. */
  readonly factBaseMs: number;
  readonly actors: number;
  /**
   * The first sample: `ms` from opening it until its mentions came back from the API, `shownMs`
   * until `showTextDocument` resolved (the highlighter paints when the editor becomes visible).
   */
  readonly firstArticle: { readonly file: string; readonly ms: number; readonly shownMs: number; readonly mentions: number };
  /** The same for every sample in turn, first included. */
  readonly allArticles: { readonly files: number; readonly ms: number; readonly mentions: number };
  readonly memory: Partial<Record<Checkpoint, NodeMemory>>;
  readonly gc: string;
}
