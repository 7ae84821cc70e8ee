import type { FactBaseStore } from '../factBaseStore';
import type { MentionIndex } from '../mentionIndex';
import type { FactBaseWriter } from './factBaseWriter';
import type { TargetArgs } from './selection';

/** What every annotate action works with. */
export interface AnnotateDeps {
  readonly store: FactBaseStore;
  readonly index: MentionIndex;
  readonly writer: FactBaseWriter;
}

/** Arguments every action accepts besides its own answers: where, and whether to create a missing fact base without asking. */
export interface CommonArgs extends TargetArgs {
  readonly create?: boolean;
}
