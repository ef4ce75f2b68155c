import { translateStorageError, writeTransaction } from '../../../db/write-transaction';
import type { Db } from '../../../db/open';

/** Most articles written in one transaction. */
export const STORE_BATCH_MAX_ARTICLES = 16;
/** A transaction stops taking articles after this long, so the main thread is never held longer. */
export const STORE_BATCH_MAX_MS = 20;

interface Job<T> {
  write(): T;
  /**
   * The report when the transaction holding this job could not be committed (nothing of it was
   * kept); `first` is true for the transaction's first job, which alone reports the cause.
   */
  notKept(err: unknown, first: boolean): T;
  resolve(result: T): void;
}

/**
 * Writes parsed files to the library a few at a time: the files whose parse finished while the
 * main thread was busy are stored in one short transaction (each article in its own savepoint,
 * so one that fails rolls back alone), instead of one transaction each. Transactions close
 * after STORE_BATCH_MAX_ARTICLES articles or STORE_BATCH_MAX_MS, then the event loop turns.
 * A job's result is given only once its transaction is committed.
 */
export class StoreQueue<T> {
  private readonly pending: Job<T>[] = [];
  private scheduled = false;

  private readonly maxArticles: number;
  private readonly maxMs: number;

  constructor(
    private readonly db: Db,
    limits: { maxArticles?: number; maxMs?: number } = {},
  ) {
    this.maxArticles = limits.maxArticles ?? STORE_BATCH_MAX_ARTICLES;
    this.maxMs = limits.maxMs ?? STORE_BATCH_MAX_MS;
  }

  /** Queues one article's write; `write` runs inside the shared transaction. */
  store(write: () => T, notKept: (err: unknown, first: boolean) => T): Promise<T> {
    return new Promise<T>((resolve) => {
      this.pending.push({ write, notKept, resolve });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // Files parsed meanwhile join this transaction; nothing waits on a timer.
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    const started = performance.now();
    const done: { job: Job<T>; result: T }[] = [];
    try {
      writeTransaction(this.db, () => {
        while (this.pending.length > 0 && done.length < this.maxArticles) {
          if (done.length > 0 && performance.now() - started >= this.maxMs) break;
          const job = this.pending.shift()!;
          let result: T;
          try {
            result = job.write();
          } catch (err) {
            // A write reports its own failures; this is only a guard so no file goes unanswered.
            result = job.notKept(translateStorageError(err), true);
          }
          done.push({ job, result });
        }
      });
    } catch (thrown) {
      // The commit itself failed (a full disk): none of these articles was kept. Or the
      // transaction could not even begin (the library was closed as the app quit, or another
      // program held its lock too long): the jobs it would have taken fail with that cause, or
      // the queue would retry them on every turn of the event loop, forever.
      const err = translateStorageError(thrown);
      if (done.length === 0)
        for (const job of this.pending.splice(0, this.maxArticles)) done.push({ job, result: undefined as T });
      done.forEach((d, i) => (d.result = d.job.notKept(err, i === 0)));
    }
    for (const d of done) d.job.resolve(d.result);
    if (this.pending.length > 0) this.schedule();
  }
}
