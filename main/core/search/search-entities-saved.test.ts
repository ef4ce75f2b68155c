import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, EntityId } from '../../../preload/api';
import { insertAliases, insertEntity } from '../../../db/entities';
import { insertMentions } from '../../../db/entities-mentions';
import { listEntitiesOfArticle } from '../../../db/entities';
import { countEntityFacet, listArticleFacetMeta } from '../../../db/search-query';
import { listSearchHitIds, rankSearchHits } from '../../../db/search-hits';
import type { TestCore } from '../../test-support/open-test-core';
import { openTestLibrary, searchAll, searchIds } from '../../test-support/search-library';
import { addTestArticle } from '../../test-support/test-article';

let core: TestCore;
beforeEach(() => {
  core = openTestLibrary();
});
afterEach(() => core.close());

/** An entity of our own (not the built-in registry), mentioned in an article at `text`'s first occurrence. */
function mention(articleId: ArticleId, entityId: EntityId, articleText: string, alias: string): void {
  if (listEntitiesOfArticle(core.db, articleId).some((e) => e.id === entityId)) return;
  const start = articleText.indexOf(alias);
  insertMentions(core.db, articleId, [{ entityId, start, end: start + alias.length, alias }]);
}

describe('search: entity aliases and entity: filters', () => {
  it('finds an article that names the entity only by another alias, and highlights that mention', async () => {
    const db = core.db;
    const entity = insertEntity(
      db,
      { name: 'Zephyr Dynamics', type: 'organisation', description: '', status: 'confirmed' },
      '2026-01-01',
    );
    insertAliases(db, entity, [
      { alias: 'Zephyr Dynamics', language: null, caseSensitive: false },
      { alias: '泽菲尔动力', language: 'zh', caseSensitive: false },
      { alias: 'ZD', language: null, caseSensitive: true },
    ]);
    const zhText = '泽菲尔动力公司发布了新的芯片。';
    const zh = addTestArticle(core, { title: '新闻', language: 'zh', text: zhText });
    mention(zh, entity, zhText, '泽菲尔动力');
    const enText = 'Zephyr Dynamics opened a plant.';
    const en = addTestArticle(core, { title: 'Plant', text: enText });
    mention(en, entity, enText, 'Zephyr Dynamics');
    addTestArticle(core, { title: 'Other', text: 'Zephyr winds and dynamics of air.' });

    const result = await searchAll(core, '"Zephyr Dynamics"');
    expect(new Set(result.hits.map((h) => h.id))).toEqual(new Set([zh, en]));
    expect(result.hits.find((h) => h.id === zh)!.snippet).toContain('<mark>泽菲尔动力</mark>');
    expect(new Set(await searchIds(core, 'entity:"zephyr dynamics"'))).toEqual(new Set([zh, en]));
    expect(new Set(await searchIds(core, 'entity:泽菲尔动力'))).toEqual(new Set([zh, en]));
    // A case-sensitive alias expands only when written in its case.
    expect(new Set(await searchIds(core, 'ZD'))).toEqual(new Set([zh, en]));
    expect(await searchIds(core, 'zd')).toEqual([]);
    expect(result.facets.entities).toEqual([{ value: 'Zephyr Dynamics', count: 2 }]);
  });
});

describe('saved searches', () => {
  it('counts new matches since the search was saved or last opened', async () => {
    addTestArticle(core, { title: 'First', text: 'Lithography machines were banned.' });
    const saved = await core.api.saveSearch({ name: 'Lithography', query: 'lithography' });
    expect(saved.newMatches).toBe(0);
    addTestArticle(core, { title: 'Second', text: 'More lithography news.' });
    addTestArticle(core, { title: 'Unrelated', text: 'Football results.' });
    expect((await core.api.listSavedSearches()).map((s) => [s.name, s.newMatches])).toEqual([['Lithography', 1]]);
    const opened = await core.api.openSavedSearch({ id: saved.id });
    expect(opened.newMatches).toBe(0);
    expect((await core.api.listSavedSearches())[0]!.newMatches).toBe(0);
    await core.api.deleteSavedSearch({ id: saved.id });
    expect(await core.api.listSavedSearches()).toEqual([]);
    await expect(core.api.openSavedSearch({ id: saved.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('tells the window when a search is saved or deleted, so the sidebar list refreshes', async () => {
    const reasons: string[] = [];
    core.context.events.on('library:changed', ({ reason }) => reasons.push(reason));
    const saved = await core.api.saveSearch({ name: 'Lithography', query: 'lithography' });
    await core.api.deleteSavedSearch({ id: saved.id });
    expect(reasons).toEqual(['saved-search-added', 'saved-search-deleted']);
  });

  it('refuses an empty name or query', async () => {
    await expect(core.api.saveSearch({ name: ' ', query: 'x' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.api.saveSearch({ name: 'x', query: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('search: query plans of the hot queries', () => {
  it('drives a text search from FTS5 and reads filters and facets from covering indexes', () => {
    const db = core.db;
    const plan = (sql: string): string =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    // The fast path: FTS5 drives, the article's filter columns come from search_articles_meta.
    const captured: string[] = [];
    const original = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      captured.push(sql);
      return original(sql);
    }) as typeof db.prepare;
    try {
      const q = { match: '"nvidia"', where: [{ kind: 'lang', code: 'fr' }] as const, rank: null, withNotes: false };
      rankSearchHits(db, { ...q, where: [...q.where] }, 'relevance', 20);
      listSearchHitIds(db, { ...q, where: [...q.where] });
      countEntityFacet(db, [1, 2], 10);
      listArticleFacetMeta(db);
    } finally {
      db.prepare = original;
    }
    const bind = (sql: string): string => sql.replace('MATCH ?', "MATCH 'x'").replaceAll('?', "'x'");
    const hitPlans = captured.filter((s) => s.includes('search_fts MATCH')).map((s) => plan(bind(s)));
    expect(hitPlans).toHaveLength(2);
    for (const p of hitPlans) {
      expect(p).toMatch(/SCAN f VIRTUAL TABLE INDEX/);
      expect(p).toMatch(/USING COVERING INDEX search_articles_meta/);
    }
    const metaSql = captured.find((s) => s.includes('AS siteName') && s.includes('search_articles_meta'))!;
    expect(plan(metaSql)).toMatch(/SCAN a USING COVERING INDEX search_articles_meta/);
    const facetPlan = plan(captured.find((s) => s.includes('FROM json_each(?) h'))!.replaceAll('?', "'[1]'"));
    expect(facetPlan).toMatch(/SEARCH m USING COVERING INDEX search_mentions_by_article_entity \(article_id=\?\)/);
    expect(facetPlan).not.toMatch(/SCAN (a|m)\b/);
  });
});
