import {
  isDocumentDateSource,
  type ArticleId,
  type BriefDefinition,
  type BriefSection,
  type MetadataSource,
  type SearchRequest,
  type SearchResult,
} from '../../../preload/api';
import {
  getBriefArticles,
  getNoteForBrief,
  listArticleIdsWithTag,
  listBriefEntities,
  listBriefNotes,
  listBriefQuotes,
  type BriefArticleRow,
  type BriefEntityRow,
  type BriefNoteRow,
} from '../../../db/briefs';
import { listDatedNotes, type DatedNoteRow } from '../../../db/timeline';
import { DossierError } from '../../../preload/contract/errors';
import type { Db } from '../../../db/open';
import {
  describePublications,
  familyCitationOf,
  type FamilyCitation,
  type Publication,
} from '../families/family-citation';

/** One numbered citation, shared by the HTML and Markdown renderings so their footnotes match. */
export interface BriefFootnote {
  n: number;
  quote: string;
  articleId: number;
  outlet: string | null;
  author: string | null;
  headline: string;
  publishedAt: string | null;
  /** Where the date came from: a PDF's or Word file's own date is cited as "document date". */
  publishedAtSource: MetadataSource | null;
  url: string | null;
  collectedAt: string;
  /** When the quoted article has near copies: its original (if it is a copy) and who else published it. */
  family: FamilyCitation | null;
}

/** Everything a rendering needs, gathered once. */
export interface BriefModel {
  definition: BriefDefinition;
  generatedAt: string;
  scopeLabel: string;
  articles: BriefArticleRow[];
  /** The digest's articles: one per family of near copies (its origin when in scope), by date. */
  digestArticles: BriefArticleRow[];
  /** For a digest article standing for a family: the family's other members. */
  copiesByArticle: Map<number, Publication[]>;
  footnotes: BriefFootnote[];
  summary: BriefNoteRow | null;
  notesByArticle: Map<number, string[]>;
  entities: BriefEntityRow[];
  /** The reporter's key dates (dated notes) on the brief's articles, for the timeline figure. */
  datedNotes: DatedNoteRow[];
}

export type SearchFn = (args: SearchRequest) => Promise<SearchResult>;

const SEARCH_PAGE = 200;
const MAX_SEARCH_ARTICLES = 2000;

/** The ids a scope covers. A query goes through the app's search, so it means what it means there. */
export async function resolveScopeIds(
  db: Db,
  definition: BriefDefinition,
  search: SearchFn | undefined,
): Promise<ArticleId[]> {
  const { scope } = definition;
  if (scope.kind === 'tag') return listArticleIdsWithTag(db, scope.tag);
  if (scope.kind === 'ids') return [...new Set(scope.ids)];
  if (!search)
    throw new DossierError('INVALID_INPUT', 'Search is not available, so a brief cannot be built from a query.');
  const ids: ArticleId[] = [];
  for (let offset = 0; offset < MAX_SEARCH_ARTICLES; offset += SEARCH_PAGE) {
    const result = await search({ query: scope.query, limit: SEARCH_PAGE, offset, sort: 'date' });
    ids.push(...result.hits.map((h) => h.id));
    if (result.hits.length < SEARCH_PAGE || ids.length >= result.total) break;
  }
  return [...new Set(ids)];
}

function describeScope(definition: BriefDefinition, count: number): string {
  const { scope } = definition;
  const what =
    scope.kind === 'tag'
      ? `tag "${scope.tag}"`
      : scope.kind === 'query'
        ? `search "${scope.query}"`
        : 'selected articles';
  const since = definition.importedAfter ? `, collected after ${definition.importedAfter.slice(0, 10)}` : '';
  return `${count} article${count === 1 ? '' : 's'} — ${what}${since}`;
}

/** Orders by publication date (undated last), so the digest and the timeline read in time order. */
function byPublication(a: BriefArticleRow, b: BriefArticleRow): number {
  if (a.publishedAt === b.publishedAt) return a.id - b.id;
  if (a.publishedAt === null) return 1;
  if (b.publishedAt === null) return -1;
  return a.publishedAt < b.publishedAt ? -1 : 1;
}

/** Gathers what the brief shows: the articles in scope, their quotes as numbered footnotes, notes, entities. */
export async function collectBrief(
  db: Db,
  definition: BriefDefinition,
  options: { search?: SearchFn; now: string },
): Promise<BriefModel> {
  const ids = await resolveScopeIds(db, definition, options.search);
  let articles = getBriefArticles(db, ids);
  if (definition.importedAfter) {
    const after = Date.parse(definition.importedAfter);
    articles = articles.filter((a) => Date.parse(a.importedAt) > after);
  }
  articles.sort(byPublication);
  const articleIds = articles.map((a) => a.id);
  const byId = new Map(articles.map((a) => [a.id as number, a]));
  const order = new Map(articleIds.map((id, i) => [id as number, i]));

  const quotes = listBriefQuotes(db, articleIds).sort(
    (a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0),
  );
  const footnotes = quotes.map((q, i): BriefFootnote => {
    const article = byId.get(q.articleId)!;
    const c = q.citation;
    return {
      n: i + 1,
      quote: q.exact,
      articleId: q.articleId,
      outlet: c.outlet ?? article.siteName,
      author: c.author ?? article.byline,
      headline: c.headline || article.title,
      publishedAt: c.publishedAt ?? article.publishedAt,
      // Quotes taken before provenance was recorded have no source: the article's is the same date's.
      publishedAtSource:
        c.publishedAtSource ??
        (c.publishedAt == null || c.publishedAt === article.publishedAt ? article.publishedAtSource : null),
      url: c.url ?? article.url,
      collectedAt: c.importedAt ?? article.importedAt,
      family: familyCitationOf(db, q.articleId as ArticleId),
    };
  });

  // The digest lists a story once: the first in-scope member of each family stands for it (the
  // origin when it is in scope), with the others named under it.
  const digestArticles: BriefArticleRow[] = [];
  const copiesByArticle = new Map<number, Publication[]>();
  const seenFamilies = new Map<number, BriefArticleRow>();
  for (const a of articles) {
    const family = familyCitationOf(db, a.id as ArticleId);
    if (!family) {
      digestArticles.push(a);
      continue;
    }
    const shown = seenFamilies.get(family.familyId);
    if (shown && !(a.id === family.originId)) continue;
    if (shown) digestArticles.splice(digestArticles.indexOf(shown), 1, a);
    else digestArticles.push(a);
    seenFamilies.set(family.familyId, a);
    copiesByArticle.set(a.id, [...(family.original ? [family.original] : []), ...family.alsoPublishedBy]);
    if (shown) copiesByArticle.delete(shown.id);
  }

  const notesByArticle = new Map<number, string[]>();
  for (const note of listBriefNotes(db, articleIds)) {
    const list = notesByArticle.get(note.articleId!) ?? [];
    list.push(note.body);
    notesByArticle.set(note.articleId!, list);
  }
  let summary: BriefNoteRow | null = null;
  if (definition.summaryNoteId !== undefined) {
    summary = getNoteForBrief(db, definition.summaryNoteId) ?? null;
    if (!summary) throw new DossierError('NOT_FOUND', 'The note chosen as the summary no longer exists.');
  }
  return {
    definition,
    generatedAt: options.now,
    scopeLabel: describeScope(definition, articles.length),
    articles,
    digestArticles,
    copiesByArticle,
    footnotes,
    summary,
    notesByArticle,
    entities: listBriefEntities(db, articleIds),
    datedNotes: listDatedNotes(db, articleIds, false),
  };
}

/**
 * Whether a section has anything to show. Empty ones are left out of every format: a heading over
 * "No summary note was chosen." costs the reader a page and tells them nothing.
 */
export function sectionHasContent(m: BriefModel, section: BriefSection): boolean {
  switch (section) {
    case 'title':
      return true;
    case 'summary':
      return m.summary !== null;
    case 'quotes':
      return m.footnotes.length > 0;
    case 'entities':
      return m.entities.length > 0;
    case 'digest':
    case 'timeline':
    case 'sources':
      return m.articles.length > 0;
  }
}

/** The sections to render: those chosen, in the chosen order, that have something in them. */
export function sectionsToRender(m: BriefModel): BriefSection[] {
  return m.definition.sections.filter((s) => sectionHasContent(m, s));
}

/** A citation in three parts, so HTML can make the URL a link: who/what/when, the URL, when collected. */
export function splitCitation(f: BriefFootnote): { lead: string; url: string | null; collected: string } {
  const parts = [f.author, `“${f.headline}”`, f.outlet].filter((p): p is string => Boolean(p));
  const day = f.publishedAt?.slice(0, 10);
  const published = !day
    ? ', publication date unknown'
    : isDocumentDateSource(f.publishedAtSource)
      ? `, document date ${day}`
      : `, published ${day}`;
  const original = f.family?.original;
  const originalText = original
    ? ` Original: ${[`“${original.headline}”`, original.outlet].filter(Boolean).join(', ')}, ${original.publishedAt ? `published ${original.publishedAt.slice(0, 10)}` : 'publication date unknown'}.`
    : '';
  const also = f.family?.alsoPublishedBy.length
    ? ` Also published by ${describePublications(f.family.alsoPublishedBy)}.`
    : '';
  return {
    lead: `${parts.join(', ')}${published}.${originalText}${also}`,
    url: f.url,
    collected: `(collected ${f.collectedAt.slice(0, 10)}).`,
  };
}

/** "Author, “Headline”, Outlet, published 2025-01-02 (or "document date 2025-01-02"). URL (collected 2025-02-03)." as plain text. */
export function formatCitationText(f: BriefFootnote): string {
  const { lead, url, collected } = splitCitation(f);
  return [lead, url, collected].filter(Boolean).join(' ');
}

/** An article's date as the digest and timeline show it: a file's own date is marked "(document date)". */
export function articleDateLabel(a: Pick<BriefArticleRow, 'publishedAt' | 'publishedAtSource'>): string {
  const day = a.publishedAt?.slice(0, 10);
  if (!day) return 'undated';
  return isDocumentDateSource(a.publishedAtSource) ? `${day} (document date)` : day;
}
