/** The part of an import:progress event that says whether a batch is still running. */
export interface BatchProgress {
  batchId: string;
  done: number;
  total: number;
}

/**
 * Knows whether an import is running in the open library, from its progress events. A restore
 * closes the library, which would fail every file still being stored, so the shell asks first.
 * Forget everything when the library closes: a batch cut off by a switch never reports its end.
 */
export class ImportActivity {
  private readonly running = new Set<string>();

  note(progress: BatchProgress): void {
    if (progress.done >= progress.total) this.running.delete(progress.batchId);
    else this.running.add(progress.batchId);
  }

  isImporting(): boolean {
    return this.running.size > 0;
  }

  forget(): void {
    this.running.clear();
  }
}
