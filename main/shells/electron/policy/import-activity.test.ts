import { describe, expect, it } from 'vitest';
import { ImportActivity } from './import-activity';

describe('ImportActivity', () => {
  it('is busy from the first progress of a batch until every batch has finished', () => {
    const activity = new ImportActivity();
    expect(activity.isImporting()).toBe(false);
    activity.note({ batchId: 'a', done: 0, total: 3 });
    activity.note({ batchId: 'b', done: 0, total: 1 });
    activity.note({ batchId: 'a', done: 3, total: 3 });
    expect(activity.isImporting()).toBe(true);
    activity.note({ batchId: 'b', done: 1, total: 1 });
    expect(activity.isImporting()).toBe(false);
  });

  it('forgets batches cut off when the library closed', () => {
    const activity = new ImportActivity();
    activity.note({ batchId: 'a', done: 1, total: 5 });
    activity.forget();
    expect(activity.isImporting()).toBe(false);
  });
});
