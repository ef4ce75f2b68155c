import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../preload/api';
import type { TestCore } from '../../test-support/open-test-core';
import { whereSql } from '../../../db/search-query';
import { listNotedHits, listSearchHitIds, rankSearchHits, type HitOrder, type HitRow } from '../../../db/search-hits';
import { scoreOneTermHits, topHits } from './one-term-ranking';
import { planSearch } from './run-search';
import { openTestLibrary, searchAll } from '../../test-support/search-library';
import { addTestArticle } from '../../test-support/test-article';

/**
 * rankSearchHits asks SQLite only for the best `limit` hits and merges the articles found
 * through notes into them. These tests hold it to the plain definition: every hit of the query
 * (as the WHERE predicates define it, notes included), scored as its own bm25 plus half its
 * best note's, sorted whole.
 */

let core: TestCore;
let other: TestCore | undefined;
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'harbour', 'ministry', 'export', 'licence'];
const FILLER = [
  'river',
  'market',
  'court',
  'bridge',
  'letter',
  'school',
  'train',
  'garden',
  'winter',
  'copper',
  'music',
  'island',
];

beforeAll(async () => {
  core = openTestLibrary();
  let seed = 11;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n;
  };
  const ids: ArticleId[] = [];
  for (let i = 0; i < 90; i++) {
    const pool = [...WORDS, ...FILLER];
    const words = Array.from({ length: 4 + next(12) }, () => pool[next(pool.length)]!);
    ids.push(
      addTestArticle(core, {
        title: `${WORDS[next(WORDS.length)]} report ${i}`,
        text: `${words.join(' ')} number ${i}.`,
        language: i % 7 === 0 ? 'fr' : 'en',
        // Several articles share a day, and some have none: date order falls back on relevance.
        publishedAt: i % 5 === 0 ? null : `2024-0${1 + (i % 4)}-1${i % 3}`,
        tags: i % 3 === 0 ? ['red'] : [],
      }),
    );
  }
  // Notes on articles that have the word and on some that do not, and one free note.
  for (let i = 0; i < 12; i++)
    await core.api.createNote({
      articleId: ids[i * 7]!,
      body: `Check the ${WORDS[i % WORDS.length]} angle with ${WORDS[(i * 3) % WORDS.length]}.`,
    });
  await core.api.createNote({ body: 'alpha gamma free note' });
});
afterAll(() => {
  core.close();
  other?.close();
});

/** Every hit of a query, scored and sorted from scratch. */
function allHitsByDefinition(query: string, order: HitOrder, library: TestCore = core): HitRow[] {
  const db = library.db;
  const plan = planSearch(library.parts.searchIndex, query);
  const w = whereSql(plan.match === null ? plan.where : [...plan.where, { kind: 'match', expr: plan.match }]);
  const hits = db
    .prepare(
      `SELECT a.id, a.published_at AS publishedAt FROM articles a WHERE a.id IN (SELECT article_id FROM search_docs) AND ${w.sql}`,
    )
    .all(...w.params) as { id: number; publishedAt: string | null }[];
  const text = plan.match ?? plan.rank;
  const own = new Map<number, number>(
    text === null
      ? []
      : (db
          .prepare('SELECT rowid, bm25(search_fts, 10.0, 3.0, 1.0) FROM search_fts WHERE search_fts MATCH ?')
          .raw()
          .all(text) as [number, number][]),
  );
  const notes = new Map<number, number>();
  if (plan.match !== null) {
    const rows = db
      .prepare(
        `SELECT n.article_id, bm25(search_notes_fts, 0.0, 0.0, 1.0) FROM search_notes_fts JOIN notes n ON n.id = search_notes_fts.rowid
         WHERE search_notes_fts MATCH ? AND n.article_id IS NOT NULL`,
      )
      .raw()
      .all(plan.match) as [number, number][];
    for (const [id, score] of rows) notes.set(id, Math.min(notes.get(id) ?? 0, score * 0.5));
  }
  const scored = hits.map((h) => ({ ...h, score: (own.get(h.id) ?? 0) + (notes.get(h.id) ?? 0) }));
  scored.sort((x, y) => {
    if (order === 'date') {
      if ((x.publishedAt === null) !== (y.publishedAt === null)) return x.publishedAt === null ? 1 : -1;
      if (x.publishedAt !== y.publishedAt) return x.publishedAt! < y.publishedAt! ? 1 : -1;
    }
    return x.score - y.score || y.id - x.id;
  });
  return scored.map((h) => ({ id: h.id, score: h.score }));
}

const QUERIES = [
  'alpha',
  'alpha beta',
  '"gamma delta"',
  'alpha -gamma',
  'alpha OR licence',
  'export*',
  'harbor~1',
  'tag:red',
  'tag:red ministry',
  'alpha lang:fr',
  'date:2024-02..2024-04 beta',
  '-alpha',
  'harbour',
];

describe('search: ranking the hits', () => {
  it.each(QUERIES)('ranks %s as the whole sorted hit list would, at every page size and in both orders', (query) => {
    const db = core.db;
    const plan = planSearch(core.parts.searchIndex, query);
    for (const order of ['relevance', 'date'] as const) {
      const expected = allHitsByDefinition(query, order);
      expect(expected.length).toBeGreaterThan(0);
      for (const limit of [1, 4, 17, expected.length, 500]) {
        const ranked = rankSearchHits(db, plan, order, limit);
        expect(ranked.map((h) => h.id)).toEqual(expected.slice(0, limit).map((h) => h.id));
        ranked.forEach((h, i) => expect(h.score).toBeCloseTo(expected[i]!.score, 9));
      }
      expect(new Set(listSearchHitIds(db, plan))).toEqual(new Set(expected.map((h) => h.id)));
    }
  });

  it('counts and pages every hit when there are more than the ranked sample', async () => {
    const all = allHitsByDefinition('number', 'relevance');
    expect(all.length).toBe(90);
    const first = await searchAll(core, { query: 'number', limit: 30 });
    const deep = await searchAll(core, { query: 'number', limit: 30, offset: 75 });
    const byDate = await searchAll(core, { query: 'number', limit: 30, offset: 60, sort: 'date' });
    expect(first.total).toBe(90);
    expect(first.hits.map((h) => h.id)).toEqual(all.slice(0, 30).map((h) => h.id));
    expect(deep.hits.map((h) => h.id)).toEqual(all.slice(75).map((h) => h.id));
    expect(byDate.hits.map((h) => h.id)).toEqual(
      allHitsByDefinition('number', 'date')
        .slice(60)
        .map((h) => h.id),
    );
    expect(first.facets.languages.reduce((n, f) => n + f.count, 0)).toBe(90);
  });
});

/** A one-term query's hits as scored in memory (null: left to FTS5). */
function scoreInMemory(library: TestCore, query: string): HitRow[] | null {
  const index = library.parts.searchIndex;
  const plan = planSearch(index, query);
  expect(plan.match).toMatch(/^"[a-z0-9]+"$/u);
  return library.db.transaction(() =>
    scoreOneTermHits(library.db, plan.match!.slice(1, -1), index.docLengths, listNotedHits(library.db, plan)),
  )();
}

function expectSameRanking(scored: HitRow[], expected: HitRow[]): void {
  expect(new Set(scored.map((h) => h.id))).toEqual(new Set(expected.map((h) => h.id)));
  for (const limit of [1, 4, 17, expected.length]) {
    const top = topHits(scored, limit);
    expect(top.map((h) => h.id)).toEqual(expected.slice(0, limit).map((h) => h.id));
    top.forEach((h, i) => expect(h.score).toBeCloseTo(expected[i]!.score, 12));
  }
}

describe('search: one-term hits scored in memory', () => {
  it.each(['alpha', 'harbour', 'report', 'court', 'export', 'licence'])(
    'scores %s as FTS5 bm25() does, notes merged in',
    (query) => {
      const scored = scoreInMemory(core, query);
      expect(scored).not.toBeNull();
      expectSameRanking(scored!, allHitsByDefinition(query, 'relevance'));
    },
  );

  it('stays exact as articles are added and deleted, and when a deleted article id is taken again', async () => {
    other = openTestLibrary();
    const library = other;
    const ids = [0, 1, 2, 3, 4].map((i) =>
      addTestArticle(library, { title: `Harbour report ${i}`, text: `The harbour ${'crane '.repeat(i)}stood idle.` }),
    );
    expectSameRanking(scoreInMemory(library, 'harbour')!, allHitsByDefinition('harbour', 'relevance', library));
    addTestArticle(library, {
      title: 'Dock strike',
      text: 'The harbour workers and the harbour pilots walked out of the harbour.',
    });
    expectSameRanking(scoreInMemory(library, 'harbour')!, allHitsByDefinition('harbour', 'relevance', library));
    await library.api.deleteArticle({ id: ids[1]! });
    expectSameRanking(scoreInMemory(library, 'harbour')!, allHitsByDefinition('harbour', 'relevance', library));
    // The newest article deleted: SQLite gives its rowid to the next one, a document of another length.
    const newest = addTestArticle(library, { title: 'Short', text: 'harbour' });
    await library.api.deleteArticle({ id: newest });
    const reused = addTestArticle(library, {
      title: 'Harbour dredging plan',
      text: `Dredging the harbour ${'silt '.repeat(40)}will take a year.`,
    });
    expect(reused).toBe(newest);
    expectSameRanking(scoreInMemory(library, 'harbour')!, allHitsByDefinition('harbour', 'relevance', library));
    // And searching goes the same way end to end.
    const result = await searchAll(library, 'harbour');
    expect(result.hits.map((h) => h.id)).toEqual(allHitsByDefinition('harbour', 'relevance', library).map((h) => h.id));
  });

  it('leaves to FTS5 a term its tokenizer would split or fold', () => {
    const index = core.parts.searchIndex;
    for (const term of ['u.s', 'Alpha', 'caf\u00e9'])
      expect(scoreOneTermHits(core.db, term, index.docLengths, [])).toBeNull();
  });
});
