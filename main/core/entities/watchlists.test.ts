import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';

let core: TestCore;
let clock = 0;
beforeEach(() => {
  clock = 0;
  core = openTestCore(':memory:', { now: () => new Date(Date.UTC(2024, 0, 1, 0, 0, clock++)).toISOString() });
});
afterEach(() => core.close());

describe('watch lists', () => {
  it('tags matching articles on import and counts what is new since the list was last opened', async () => {
    const smic = (await core.api.listEntities({})).find((e) => e.name === 'SMIC')!;
    const before = addTestArticle(core, { text: 'SMIC grossit.', language: 'fr' });
    const list = await core.api.saveWatchlist({ name: 'Foundries', entityIds: [smic.id], queries: ['"gravure 5 nm"'] });
    expect(list).toMatchObject({ tag: 'watch/Foundries', matches: 1, newSinceLastSeen: 0 });
    expect((await core.api.getArticle({ id: before })).tags).toEqual(['watch/Foundries']);

    const byEntity = addTestArticle(core, { text: 'Le fondeur 中芯国际 accélère.', language: 'fr' });
    const byQuery = addTestArticle(core, { text: 'Une gravure 5 nm chez un concurrent.', language: 'fr' });
    const neither = addTestArticle(core, { text: 'Rien à voir: gravure 7 nm, 5 nm ailleurs.', language: 'fr' });
    expect((await core.api.getArticle({ id: byEntity })).tags).toEqual(['watch/Foundries']);
    expect((await core.api.getArticle({ id: byQuery })).tags).toEqual(['watch/Foundries']);
    expect((await core.api.getArticle({ id: neither })).tags).toEqual([]);

    const [summary] = await core.api.listWatchlists();
    expect(summary).toMatchObject({ matches: 3, newSinceLastSeen: 2, entities: [{ id: smic.id, name: 'SMIC' }] });
    expect((await core.api.markWatchlistSeen({ id: summary!.id })).newSinceLastSeen).toBe(0);
  });

  it('refuses an empty list and a duplicate name', async () => {
    await expect(core.api.saveWatchlist({ name: 'Empty', entityIds: [], queries: [] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await core.api.saveWatchlist({ name: 'A', entityIds: [], queries: ['x'] });
    await expect(core.api.saveWatchlist({ name: 'a', entityIds: [], queries: ['y'] })).rejects.toMatchObject({
      code: 'DUPLICATE',
    });
  });
});
