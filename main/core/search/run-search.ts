import type {
  ArticleFamilyRef,
  ArticleId,
  FacetCount,
  FamilyCopy,
  MailFacets,
  SearchFacets,
  SearchHit,
  SearchResult,
} from '../../../preload/api';
import { getFamilyCopies, getFamilyRefs } from '../../../db/family-groups';
import { countSearchMatchesAfter, listMentionRanges } from '../../../db/search-query';
import {
  getHitArticles,
  listNotedHits,
  listSearchHitIds,
  rankSearchHits,
  type HitRow,
  type NotedHit,
} from '../../../db/search-hits';
import type { Db } from '../../../db/open';
import { countMailFacets } from '../../../db/mail';
import type { ArticleMetaCache } from './article-meta-cache';
import { toSearchLanguage } from './languages';
import type { SearchPlan } from './plan';
import { compileQuery } from './query-compiler';
import { parseQuery } from './query-parser';
import type { SearchIndex } from './search-index';
import { buildSnippet, findMatches, type TextMatches } from './snippets';
import { buildNoteSnippets, findNoteHits } from './note-hits';
import { catchUpNotes } from './note-index';
import type { DocLengths } from './doc-lengths';
import { scoreOneTermHits, topHits } from './one-term-ranking';
import { countRows, foldRankedHits, toFamilyRuns, type FamilyMembership, type FoldedHit } from './family-folding';

export interface SearchOptions {
  query: string;
  limit: number;
  offset: number;
  sort: 'relevance' | 'date';
  /** One row per family of near copies (see SearchRequest.groupFamilies). */
  groupFamilies?: boolean;
}

const FACET_LIMIT = 30;
/**
 * The entities facet counts every hit up to this many; beyond, only the ENTITY_FACET_SAMPLE
 * best-ranked (see countEntityFacet in db/search-query.ts). Counting is a loop over the facet
 * cache's entities of each hit: for a common word's tens of thousands of hits it would cost more
 * than the search itself.
 */
export const ENTITY_FACET_EXACT_UP_TO = 2000;
const ENTITY_FACET_SAMPLE = 200;
const MAX_HIGHLIGHT_TERMS = 200;

/** Parses and compiles a query against the library's languages and vocabulary. */
export function planSearch(index: SearchIndex, query: string): SearchPlan {
  index.catchUp();
  const withNotes = catchUpNotes(index);
  const parsed = parseQuery(query);
  const plan = compileQuery(parsed.root, index.compileContext(), parsed.warnings);
  plan.withNotes = withNotes;
  if (plan.empty && parsed.root !== null)
    plan.warnings.push('The query only has words too common to search for (like "the" or "de").');
  return plan;
}

/** Runs a search: every match counted and faceted, one page of hits with highlighted snippets. */
export function runSearch(index: SearchIndex, options: SearchOptions): SearchResult {
  const started = performance.now();
  const { db } = index.ctx;
  const plan = planSearch(index, options.query);
  const warning = plan.warnings.length > 0 ? plan.warnings.join(' ') : undefined;
  if (plan.empty) {
    return {
      total: 0,
      tookMs: elapsed(started),
      hits: [],
      facets: emptyFacets(),
      ...(warning ? { warning } : {}),
      highlightTerms: [],
    };
  }
  const result = db.transaction(() => {
    // Articles found through a note: read once, for the ranking, the hit list and the date order.
    const noted = listNotedHits(db, plan);
    const { hitIds, ranked, sampleEntities } = collectHits(db, plan, options, noted, index.docLengths);
    // Another process (a CLI import or edit beside the app) may have changed outlets, languages,
    // dates or families.
    if (hitIds.length > 0 && index.facets.sync()) {
      index.meta.invalidate();
      index.families.invalidate();
    }
    const grouped = options.groupFamilies === true;
    const folded = grouped ? foldPage(db, plan, options, noted, hitIds, ranked, index.families) : null;
    const page: HitRow[] = folded
      ? folded.map((f) => f.hit)
      : options.sort === 'relevance'
        ? ranked.slice(options.offset, options.offset + options.limit)
        : rankSearchHits(db, plan, 'date', options.offset + options.limit, noted).slice(options.offset);
    let facets = emptyFacets();
    let mailFacets: MailFacets | null = null;
    if (hitIds.length > 0) {
      // Another process (a CLI import or edit beside the app) may have changed outlets, languages or dates.
      if (index.facets.sync()) index.meta.invalidate();
      // Grouped, a family counts once per value its matching members have (a tag on two copies counts one).
      const runs = grouped ? toFamilyRuns(hitIds, index.families) : null;
      const sample = sampleEntities ? ranked.slice(0, ENTITY_FACET_SAMPLE).map((h) => h.id) : null;
      const entityRuns = sample && grouped ? toFamilyRuns(sample, index.families) : sample ? null : runs;
      const entities = index.facets.countEntities(
        entityRuns?.ids ?? sample ?? hitIds,
        FACET_LIMIT,
        entityRuns?.families,
      );
      const ids = runs?.ids ?? hitIds;
      facets = buildFacets(
        index.facets.countTags(ids, FACET_LIMIT, runs?.families),
        entities,
        index.meta.count(ids, runs?.families),
      );
      // Over the same hits as the entities facet (the best-ranked ones in a very large result).
      mailFacets = countMailFacets(db, sample ?? hitIds, FACET_LIMIT);
    }
    const ids = page.map((h) => h.id);
    const families = familiesOfPage(db, ids, folded, index.families);
    const articles = getHitArticles(db, ids);
    const rows = page.flatMap((h) => {
      const article = articles.get(h.id);
      return article ? [{ ...article, score: h.score }] : [];
    });
    const mentionRanges = listMentionRanges(db, ids, [...plan.highlight.entityIds]);
    const total = grouped ? countRows(hitIds, index.families) : hitIds.length;
    return { total, rows, facets, mailFacets, mentionRanges, sampleEntities, families };
  })();

  const matchedWords = new Set<string>();
  const matchesById = new Map<number, TextMatches>();
  for (const row of result.rows) {
    const matches = findMatches(
      row.text,
      toSearchLanguage(row.language),
      plan.highlight,
      index.analyzer,
      result.mentionRanges.get(row.id),
    );
    for (const w of matches.words) matchedWords.add(w);
    matchesById.set(row.id, matches);
  }
  // Hits found through a note show the note's matching passage instead of an unmarked lead.
  const noteSnippets = buildNoteSnippets(
    index,
    plan,
    result.rows.filter((r) => matchesById.get(r.id)!.ranges.length === 0).map((r) => r.id),
  );
  const hits: SearchHit[] = result.rows.map((row) => {
    const note = noteSnippets.get(row.id);
    return {
      id: row.id as ArticleId,
      title: row.title,
      score: Math.round(-row.score * 1000) / 1000,
      snippet: note ? note.snippet : buildSnippet(row.text, matchesById.get(row.id)!),
      publishedAt: row.publishedAt,
      siteName: row.siteName,
      ...(note ? { snippetNoteId: note.noteId } : {}),
      ...result.families(row.id),
    };
  });
  const noteHits = options.offset === 0 ? findNoteHits(index, plan) : [];
  const highlightTerms = [
    ...new Set([...matchedWords, ...plan.highlight.terms, ...plan.highlight.prefixes, ...plan.highlight.cjk]),
  ].slice(0, MAX_HIGHLIGHT_TERMS);
  const sampled = result.sampleEntities ? { entityFacetSample: ENTITY_FACET_SAMPLE } : {};
  return {
    total: result.total,
    tookMs: elapsed(started),
    hits,
    facets: result.facets,
    ...sampled,
    ...(warning ? { warning } : {}),
    highlightTerms,
    ...(noteHits.length > 0 ? { noteHits } : {}),
    ...(result.mailFacets ? { mailFacets: result.mailFacets } : {}),
  };
}

/**
 * The page of a grouped search: its rows' best hits in the chosen order, each with its family's
 * other matching hits. The hits ranked for the ungrouped page may fold into fewer rows than the
 * page needs; then enough are ranked to fill it (at most the page plus every hit that folds).
 */
function foldPage(
  db: Db,
  plan: SearchPlan,
  options: SearchOptions,
  noted: readonly NotedHit[],
  hitIds: readonly number[],
  ranked: readonly HitRow[],
  membership: FamilyMembership,
): FoldedHit[] {
  const { offset, limit, sort } = options;
  const inOrder = sort === 'relevance' ? ranked : rankSearchHits(db, plan, 'date', offset + limit, noted);
  const folded = foldRankedHits(inOrder, hitIds, membership, offset, limit);
  if (folded) return folded;
  const wider = offset + limit + (hitIds.length - countRows(hitIds, membership));
  return foldRankedHits(rankSearchHits(db, plan, sort, wider, noted), hitIds, membership, offset, limit) ?? [];
}

/** For each hit of the page: its family (when it has near copies) and, grouped, the copies folded under it. */
function familiesOfPage(
  db: Db,
  ids: readonly number[],
  folded: readonly FoldedHit[] | null,
  membership: FamilyMembership,
): (id: number) => { family?: ArticleFamilyRef; copies?: FamilyCopy[] } {
  if (!ids.some((id) => membership.of(id) !== 0)) return () => ({});
  const refs = getFamilyRefs(db, ids);
  const copyIds = new Map((folded ?? []).filter((f) => f.copies.length > 0).map((f) => [f.hit.id, f.copies]));
  const copies = getFamilyCopies(db, [...copyIds.values()].flat());
  return (id) => {
    const family = refs.get(id);
    const own = copyIds.get(id)?.flatMap((c) => copies.get(c) ?? []) ?? [];
    return { ...(family ? { family } : {}), ...(own.length > 0 ? { copies: own } : {}) };
  };
}

/** A query for one index term: FTS5 lists its hits for a small part of what ranking them costs. */
const SINGLE_TERM_RE = /^"[^"\s]+"$/u;

/**
 * Every hit's id, and the best-ranked hits a search needs: its relevance page, and the entities
 * facet's sample when the result set is too large to count its entities in full. bm25 costs per
 * hit and a larger LIMIT costs the sorter, so the cheaper order is chosen by the query's shape.
 */
function collectHits(
  db: Db,
  plan: SearchPlan,
  options: SearchOptions,
  noted: readonly NotedHit[],
  lengths: DocLengths,
): { hitIds: number[]; ranked: HitRow[]; sampleEntities: boolean } {
  const shown = options.sort === 'relevance' ? options.offset + options.limit : 0;
  const toRankOf = (hits: number): number =>
    hits > ENTITY_FACET_EXACT_UP_TO ? Math.max(ENTITY_FACET_SAMPLE, shown) : shown;
  if (plan.match !== null && SINGLE_TERM_RE.test(plan.match)) {
    // One term, no filter: scored in memory when the term is not too common (see one-term-ranking.ts).
    const scored = plan.where.length === 0 ? scoreOneTermHits(db, plan.match.slice(1, -1), lengths, noted) : null;
    if (scored) {
      return {
        hitIds: scored.map((h) => h.id),
        ranked: topHits(scored, toRankOf(scored.length)),
        sampleEntities: scored.length > ENTITY_FACET_EXACT_UP_TO,
      };
    }
    // One term: list every hit first, then rank only what is shown.
    const hitIds = listSearchHitIds(db, plan, noted);
    const sampleEntities = hitIds.length > ENTITY_FACET_EXACT_UP_TO;
    const toRank = toRankOf(hitIds.length);
    const ranked = toRank > 0 && hitIds.length > 0 ? rankSearchHits(db, plan, 'relevance', toRank, noted) : [];
    return { hitIds, ranked, sampleEntities };
  }
  // Phrases, several terms, filters alone: matching is the cost, so the hits are ranked first, with
  // room for the sample. Fewer than asked for means they are all the hits, and nothing else is
  // read; otherwise every hit is listed too, bare (no bm25).
  const wanted = Math.max(ENTITY_FACET_SAMPLE, shown);
  const ranked = rankSearchHits(db, plan, 'relevance', wanted, noted);
  const hitIds = ranked.length < wanted ? ranked.map((h) => h.id) : listSearchHitIds(db, plan, noted);
  return { hitIds, ranked, sampleEntities: hitIds.length > ENTITY_FACET_EXACT_UP_TO };
}

/** How many articles above `afterId` a query matches (0 for a query that matches nothing). */
export function countNewMatches(index: SearchIndex, query: string, afterId: number): number {
  const plan = planSearch(index, query);
  if (plan.empty) return 0;
  return countSearchMatchesAfter(index.ctx.db, plan, afterId);
}

function buildFacets(
  tags: FacetCount[],
  entities: FacetCount[],
  meta: ReturnType<ArticleMetaCache['count']>,
): SearchFacets {
  const byCount = (m: Map<string, number>): FacetCount[] =>
    [...m]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, FACET_LIMIT);
  return {
    tags,
    entities,
    sites: byCount(meta.sites),
    languages: byCount(meta.languages),
    years: [...meta.years].map(([value, count]) => ({ value, count })).sort((a, b) => b.value.localeCompare(a.value)),
  };
}

function emptyFacets(): SearchFacets {
  return { tags: [], entities: [], sites: [], languages: [], years: [] };
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
