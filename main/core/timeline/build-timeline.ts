import {
  isDocumentDateSource,
  type ArticleId,
  type Timeline,
  type TimelineEvent,
  type TimelineGrouping,
  type TimelineLane,
  type TimelineMark,
  type TimelineScope,
} from '../../../preload/api';
import type { Db } from '../../../db/open';
import { listArticleIdsWithTag } from '../../../db/briefs';
import {
  listArticleIdsMentioning,
  listDatedNotes,
  listTimelineArticles,
  type DatedNoteRow,
  type TimelineArticleRow,
} from '../../../db/timeline';
import type { SearchFn } from '../export/brief-model';
import { DossierError } from '../../../preload/contract/errors';

/** The lane of articles with no outlet (or, by tag, with no tag). A key no outlet or tag can take. */
export const NO_LANE_KEY = '\u0000none';

const SEARCH_PAGE = 200;
/** A search timeline covers at most this many hits (the best ones): beyond, a tag says the story better. */
export const MAX_SEARCH_ARTICLES = 5000;
const MAX_EVENT_LABEL = 120;

/** The article ids a scope covers, or null for the whole library. A query means what it means in search. */
export async function resolveTimelineIds(
  db: Db,
  scope: TimelineScope,
  search: SearchFn | undefined,
): Promise<ArticleId[] | null> {
  switch (scope.kind) {
    case 'library':
      return null;
    case 'tag':
      return listArticleIdsWithTag(db, scope.tag);
    case 'entity':
      return listArticleIdsMentioning(db, scope.id);
    case 'query': {
      if (!search)
        throw new DossierError('INVALID_INPUT', 'Search is not available, so this timeline cannot be built.');
      const ids: ArticleId[] = [];
      for (let offset = 0; offset < MAX_SEARCH_ARTICLES; offset += SEARCH_PAGE) {
        const result = await search({ query: scope.query, limit: SEARCH_PAGE, offset });
        ids.push(...result.hits.map((h) => h.id));
        if (result.hits.length < SEARCH_PAGE || ids.length >= result.total) break;
      }
      return [...new Set(ids)];
    }
  }
}

/** The first line of a note, as plain text: what the event's label shows. */
export function eventLabel(body: string): string {
  const firstLine =
    body
      .split('\n')
      .map((l) =>
        l
          .replace(/^\s*(#+|[-*>]|\d+\.)\s*/, '')
          .replace(/[*_`~[\]]/g, '')
          .trim(),
      )
      .find((l) => l !== '') ?? '';
  return firstLine.length > MAX_EVENT_LABEL ? `${firstLine.slice(0, MAX_EVENT_LABEL - 1)}…` : firstLine;
}

function laneKeysOf(article: TimelineArticleRow, groupBy: TimelineGrouping): string[] {
  if (groupBy === 'outlet') return [article.siteName?.trim() || NO_LANE_KEY];
  return article.tags.length ? article.tags : [NO_LANE_KEY];
}

/**
 * Shapes articles and dated notes into a timeline: marks oldest first, lanes from the busiest to
 * the quietest (ties by name, the "no outlet"/"untagged" lane last, as it says the least).
 */
export function shapeTimeline(
  scope: TimelineScope,
  groupBy: TimelineGrouping,
  articles: readonly TimelineArticleRow[],
  notes: readonly DatedNoteRow[],
): Timeline {
  const marks: TimelineMark[] = [];
  const counts = new Map<string, number>();
  let undated = 0;
  for (const a of articles) {
    if (a.publishedAt === null || Number.isNaN(Date.parse(a.publishedAt))) {
      undated += 1;
      continue;
    }
    const laneKeys = laneKeysOf(a, groupBy);
    for (const key of laneKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
    marks.push({
      articleId: a.id,
      title: a.title,
      outlet: a.siteName,
      publishedAt: a.publishedAt,
      documentDate: isDocumentDateSource(a.publishedAtSource),
      laneKeys,
    });
  }
  marks.sort((x, y) => Date.parse(x.publishedAt) - Date.parse(y.publishedAt) || x.articleId - y.articleId);
  const lanes: TimelineLane[] = [...counts]
    .map(([key, n]) => ({ key, label: key === NO_LANE_KEY ? null : key, articles: n }))
    .sort(
      (x, y) =>
        Number(x.label === null) - Number(y.label === null) || y.articles - x.articles || x.key.localeCompare(y.key),
    );
  const events: TimelineEvent[] = notes.map((n) => ({
    noteId: n.id,
    date: n.eventDate,
    label: eventLabel(n.body),
    articleId: n.articleId,
  }));
  return { scope, groupBy, lanes, marks, events, undated };
}

/** The timeline of a scope, read from the library. */
export async function buildTimeline(
  db: Db,
  scope: TimelineScope,
  groupBy: TimelineGrouping,
  search: SearchFn | undefined,
): Promise<Timeline> {
  const ids = await resolveTimelineIds(db, scope, search);
  const articles = listTimelineArticles(db, ids);
  const notes = listDatedNotes(db, ids === null ? null : articles.map((a) => a.id), scope.kind === 'library');
  return shapeTimeline(scope, groupBy, articles, notes);
}
