import { afterEach, describe, expect, it } from 'vitest';
import { storeArticle } from '../library/store-article';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { StoreQueue } from './store-queue';

function articleWith(text: string) {
  return {
    article: {
      title: text.slice(0, 20),
      byline: null,
      siteName: null,
      publishedAt: null,
      language: 'en',
      url: null,
      canonicalUrl: null,
      excerpt: null,
      html: `<p>${text}</p>`,
      text,
      wordCount: text.split(' ').length,
      format: 'txt' as const,
      metadata: {},
    },
    source: { fileName: 'a.txt', content: Buffer.from(text) },
  };
}

describe('the store queue', () => {
  let core: TestCore;
  afterEach(() => core.close());

  it('writes files parsed together in one transaction, each article rolled back alone when it fails', async () => {
    core = openTestCore(':memory:');
    // No time cap here: a loaded test machine must not split the transaction.
    const queue = new StoreQueue<string>(core.db, { maxMs: Number.POSITIVE_INFINITY });
    await core.parts.entityEngine.whenIdle();
    // Counts the transactions begun outside any other (an article's own is a savepoint inside).
    let outerTransactions = 0;
    const begin = core.db.transaction.bind(core.db);
    core.db.transaction = ((fn: () => unknown) => {
      if (!core.db.inTransaction) outerTransactions++;
      return begin(fn);
    }) as typeof core.db.transaction;
    let calls = 0;
    core.faults.afterStored = () => {
      calls++;
      if (calls === 2) throw new Error('the second article fails');
    };
    const write = (text: string) => () => {
      if (!core.db.inTransaction) return 'outside a transaction';
      try {
        return storeArticle(core.context, articleWith(text)).status;
      } catch {
        return 'failed';
      }
    };
    const results = await Promise.all([
      queue.store(write('The first report on the port strike.'), () => 'not kept'),
      queue.store(write('The second report, about the harbour.'), () => 'not kept'),
      queue.store(write('The third report, on the shipping lines.'), () => 'not kept'),
    ]);
    expect(results).toEqual(['imported', 'failed', 'imported']);
    const titles = core.db.prepare('SELECT title FROM articles ORDER BY id').pluck().all();
    expect(titles).toEqual(['The first report on ', 'The third report, on']);
    expect(core.db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(2);
    expect(outerTransactions).toBe(1);
  });

  it('answers every queued file when the library closes before they are written', async () => {
    // The app quits (or the server is stopped) while parsed files wait for their transaction.
    core = openTestCore(':memory:');
    const queue = new StoreQueue<string>(core.db, { maxArticles: 2 });
    const causes: string[] = [];
    const notKept = (err: unknown, first: boolean): string => {
      if (first) causes.push(err instanceof Error ? err.message : String(err));
      return 'not kept';
    };
    const stored = [1, 2, 3].map(() => queue.store(() => 'imported', notKept));
    core.db.close(); // before the queue's first turn
    const outcome = await Promise.race([
      Promise.all(stored),
      new Promise((done) => setTimeout(() => done('still waiting'), 2_000)),
    ]);
    expect(outcome).toEqual(['not kept', 'not kept', 'not kept']);
    expect(causes).toHaveLength(2); // one per transaction that could not begin
    expect(causes[0]).toMatch(/not open/);
  });
});
