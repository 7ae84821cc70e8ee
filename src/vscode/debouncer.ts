import type * as vscode from 'vscode';

/** Runs the latest action per key once no new one came for `delayMs` (per-document edit debouncing). */
export class Debouncer implements vscode.Disposable {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly delayMs: number) {}

  /** Replaces any pending action for `key` with `action`, run after the delay. */
  schedule(key: string, action: () => void): void {
    const previous = this.pending.get(key);
    if (previous) clearTimeout(previous);
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        action();
      }, this.delayMs),
    );
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
