import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertEntity } from '../../../db/entities';
import { deleteMentionsOfArticle, insertMentions, moveMentions } from '../../../db/entities-mentions';
import { countEntityFacet } from '../../../db/search-query';
import { listSearchHitIds, rankSearchHits } from '../../../db/search-hits';
import { addTagToArticle, ensureTag, removeTagFromArticle } from '../../../db/tags';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { compareCodePoints, compareNoCase } from './facet-cache';
import { ENTITY_FACET_EXACT_UP_TO, planSearch } from './run-search';
import { searchAll } from '../../test-support/search-library';
import { addTestArticle } from '../../test-support/test-article';

let dir: string;
let core: TestCore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-facet-cache-'));
  core = openTestCore(join(dir, 'library.sqlite'), { now: () => '2026-01-01T00:00:00.000Z' });
});

afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('search facets kept between queries', () => {
  it('follows tags added, removed and renamed after the first search', async () => {
    const a = addTestArticle(core, { title: 'Quarry report', text: 'The quarry expanded.', tags: ['mining'] });
    const b = addTestArticle(core, { title: 'Quarry inquiry', text: 'An inquiry into the quarry.' });
    expect((await searchAll(core, 'quarry')).facets.tags).toEqual([{ value: 'mining', count: 1 }]);

    const db = core.db;
    addTagToArticle(db, b, ensureTag(db, 'mining', '2026-01-01'));
    addTagToArticle(db, b, ensureTag(db, 'Inquiries', '2026-01-01'));
    expect((await searchAll(core, 'quarry')).facets.tags).toEqual([
      { value: 'mining', count: 2 },
      { value: 'Inquiries', count: 1 },
    ]);
    removeTagFromArticle(db, a, 'mining');
    db.prepare("UPDATE tags SET name = 'extraction' WHERE name = 'mining'").run();
    // Ties are ordered by name as SQLite's NOCASE sorts it ("extraction" before "Inquiries").
    expect((await searchAll(core, 'quarry')).facets.tags).toEqual([
      { value: 'extraction', count: 1 },
      { value: 'Inquiries', count: 1 },
    ]);
  });

  it('sees tags and confirmed entities changed by another connection', async () => {
    const a = addTestArticle(core, { title: 'Harbour dredging', text: 'Dredging the harbour begins.' });
    const entity = insertEntity(
      core.db,
      { name: 'Port Authority', type: 'organisation', description: '', status: 'suggested' },
      '2026-01-01',
    );
    insertMentions(core.db, a, [{ entityId: entity, start: 0, end: 8, alias: 'Dredging' }]);
    const before = await searchAll(core, 'harbour');
    expect(before.facets.tags).toEqual([]);
    expect(before.facets.entities).toEqual([]);

    // Another process (the CLI, a worker) writes the same library.
    const other = new Database(join(dir, 'library.sqlite'));
    try {
      other.prepare("INSERT INTO tags (name, created_at) VALUES ('ports', '2026-01-01')").run();
      other.prepare("INSERT INTO article_tags (article_id, tag_id) SELECT ?, id FROM tags WHERE name = 'ports'").run(a);
      other.prepare("UPDATE entities SET status = 'confirmed' WHERE id = ?").run(entity);
    } finally {
      other.close();
    }
    const after = await searchAll(core, 'harbour');
    expect(after.facets.tags).toEqual([{ value: 'ports', count: 1 }]);
    expect(after.facets.entities).toEqual([{ value: 'Port Authority', count: 1 }]);
  });

  it('drops an entity from the facet once it is no longer confirmed', async () => {
    const a = addTestArticle(core, { title: 'Canal tolls', text: 'Canal tolls rise again.' });
    const entity = insertEntity(
      core.db,
      { name: 'Canal Board', type: 'organisation', description: '', status: 'confirmed' },
      '2026-01-01',
    );
    insertMentions(core.db, a, [{ entityId: entity, start: 0, end: 5, alias: 'Canal' }]);
    expect((await searchAll(core, 'tolls')).facets.entities).toEqual([{ value: 'Canal Board', count: 1 }]);
    core.db.prepare("UPDATE entities SET status = 'ignored' WHERE id = ?").run(entity);
    expect((await searchAll(core, 'tolls')).facets.entities).toEqual([]);
  });
  it('follows mentions added, moved and removed after the first search', async () => {
    const db = core.db;
    const a = addTestArticle(core, { title: 'Dam inspection', text: 'The dam inspection found cracks in the dam.' });
    const b = addTestArticle(core, { title: 'Dam repairs', text: 'Repairs to the dam start in spring.' });
    const board = insertEntity(
      db,
      { name: 'Water Board', type: 'organisation', description: '', status: 'confirmed' },
      '2026-01-01',
    );
    const agency = insertEntity(
      db,
      { name: 'Dam Agency', type: 'organisation', description: '', status: 'confirmed' },
      '2026-01-01',
    );
    insertMentions(db, a, [{ entityId: board, start: 4, end: 7, alias: 'dam' }]);
    expect((await searchAll(core, 'dam')).facets.entities).toEqual([{ value: 'Water Board', count: 1 }]);

    // A new article's mentions, and more mentions of an article already counted.
    insertMentions(db, b, [{ entityId: board, start: 15, end: 18, alias: 'dam' }]);
    insertMentions(db, a, [{ entityId: agency, start: 39, end: 42, alias: 'dam' }]);
    expect((await searchAll(core, 'dam')).facets.entities).toEqual([
      { value: 'Water Board', count: 2 },
      { value: 'Dam Agency', count: 1 },
    ]);
    // A merge moves mentions to another entity; a re-scan deletes an article's mentions.
    moveMentions(db, board, agency);
    expect((await searchAll(core, 'dam')).facets.entities).toEqual([{ value: 'Dam Agency', count: 2 }]);
    deleteMentionsOfArticle(db, b);
    expect((await searchAll(core, 'dam')).facets.entities).toEqual([{ value: 'Dam Agency', count: 1 }]);
  });

  it('drops the entities of an article whose mentions were all deleted after the facet was read', async () => {
    const db = core.db;
    const a = addTestArticle(core, { title: 'Port strike', text: 'The port strike spread to the port of Antwerp.' });
    const union = insertEntity(
      db,
      { name: 'Dock Union', type: 'organisation', description: '', status: 'confirmed' },
      '2026-01-01',
    );
    insertMentions(db, a, [{ entityId: union, start: 4, end: 8, alias: 'port' }]);
    expect((await searchAll(core, 'port')).facets.entities).toEqual([{ value: 'Dock Union', count: 1 }]);
    deleteMentionsOfArticle(db, a);
    expect((await searchAll(core, 'port')).facets.entities).toEqual([]);
  });

  it('counts the entities facet as the SQL definition does: over every hit, or the best-ranked of a very large result', async () => {
    const db = core.db;
    const entities = ['Alpha', 'beta', 'Gamma', 'delta'].map((name) =>
      insertEntity(
        db,
        { name, type: 'organisation', description: '', status: name === 'delta' ? 'suggested' : 'confirmed' },
        '2026-01-01',
      ),
    );
    const addLevees = (from: number, to: number): void => {
      for (let i = from; i < to; i++) {
        // Titles with the word rank above bodies with it, so the sampled hits are a true subset.
        const id = addTestArticle(core, {
          title: i % 3 === 0 ? `Levee ${i}` : `Report ${i}`,
          text: `The levee report number ${i}.`,
        });
        const mentioned = entities.filter((_, k) => (i + k) % (k + 2) === 0);
        insertMentions(
          db,
          id,
          mentioned.flatMap((entityId) => [
            { entityId, start: 4, end: 9, alias: 'levee' },
            { entityId, start: 10, end: 16, alias: 'report' },
          ]),
        );
      }
    };
    const index = core.parts.searchIndex;
    addLevees(0, 100);
    await searchAll(core, 'levee');
    addLevees(100, 260);
    const exact = await searchAll(core, 'levee');
    expect(exact.total).toBe(260);
    expect(exact.entityFacetSample).toBeUndefined();
    const all = listSearchHitIds(db, planSearch(index, 'levee'));
    expect(exact.facets.entities).toEqual(countEntityFacet(db, all, 30));
    expect(exact.facets.entities.map((e) => [e.value, e.count])).toEqual([
      ['Alpha', 130],
      ['beta', 86],
      ['Gamma', 65],
    ]);

    db.transaction(() => addLevees(260, ENTITY_FACET_EXACT_UP_TO + 40))();
    const result = await searchAll(core, 'levee');
    expect(result.entityFacetSample).toBe(200);
    const sample = rankSearchHits(db, planSearch(index, 'levee'), 'relevance', 200).map((h) => h.id);
    const expected = countEntityFacet(db, sample, 30);
    // The best-ranked hits are the headline ones (every third article), which never mention beta.
    expect(expected.map((e) => e.value)).toEqual(['Alpha', 'Gamma']);
    expect(result.facets.entities).toEqual(expected);

    // A relevance page inside that sample is cut from it; one reaching past it is ranked further.
    const fromSample = await searchAll(core, { query: 'levee', limit: 100, offset: 100 });
    const pastSample = await searchAll(core, { query: 'levee', limit: 100, offset: 150 });
    expect(fromSample.hits.slice(50).map((h) => h.id)).toEqual(pastSample.hits.slice(0, 50).map((h) => h.id));
    expect(pastSample.hits).toHaveLength(100);
  });
});

describe('compareNoCase and compareCodePoints', () => {
  it('orders names as SQLite NOCASE does (ASCII folded, then code points)', () => {
    const names = ['b', 'A', 'a1', 'B2', '\u{1F600}', '\uFF21', 'é', 'É', 'Zoo', 'zed', '_x'];
    const sqlite = new Database(':memory:');
    try {
      const expected = sqlite
        .prepare(`SELECT value FROM json_each(?) ORDER BY value COLLATE NOCASE`)
        .pluck()
        .all(JSON.stringify(names));
      expect([...names].sort(compareNoCase)).toEqual(expected);
      const binary = sqlite.prepare(`SELECT value FROM json_each(?) ORDER BY value`).pluck().all(JSON.stringify(names));
      expect([...names].sort(compareCodePoints)).toEqual(binary);
    } finally {
      sqlite.close();
    }
  });
});
