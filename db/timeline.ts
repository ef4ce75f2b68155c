import type { ArticleId, EntityId, MetadataSource, NoteId } from '../preload/api';
import type { Db } from './open';

/** One article as the timeline needs it. */
export interface TimelineArticleRow {
  id: ArticleId;
  title: string;
  siteName: string | null;
  publishedAt: string | null;
  publishedAtSource: MetadataSource | null;
  tags: string[];
}

/** A note the reporter gave a day. */
export interface DatedNoteRow {
  id: NoteId;
  articleId: ArticleId | null;
  eventDate: string;
  body: string;
}

interface ArticleRow {
  id: number;
  title: string;
  site_name: string | null;
  published_at: string | null;
  published_at_source: MetadataSource | null;
  tags: string;
}

const ARTICLE_COLUMNS = `a.id, a.title, a.site_name, a.published_at, a.published_at_source,
  (SELECT json_group_array(t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id) AS tags
  FROM articles a`;

function toArticle(r: ArticleRow): TimelineArticleRow {
  return {
    id: r.id as ArticleId,
    title: r.title,
    siteName: r.site_name,
    publishedAt: r.published_at,
    publishedAtSource: r.published_at_source,
    tags: (JSON.parse(r.tags) as string[]).sort((x, y) => x.localeCompare(y)),
  };
}

/** The listed articles (or every article when `ids` is null), oldest publication first, undated last. */
export function listTimelineArticles(db: Db, ids: readonly ArticleId[] | null): TimelineArticleRow[] {
  const order = 'ORDER BY a.published_at IS NULL, a.published_at, a.id';
  const rows =
    ids === null
      ? db.prepare(`SELECT ${ARTICLE_COLUMNS} ${order}`).all()
      : db
          .prepare(`SELECT ${ARTICLE_COLUMNS} WHERE a.id IN (SELECT value FROM json_each(@ids)) ${order}`)
          .all({ ids: JSON.stringify(ids) });
  return (rows as ArticleRow[]).map(toArticle);
}

/** The ids of the articles that mention an entity. */
export function listArticleIdsMentioning(db: Db, entityId: EntityId): ArticleId[] {
  return db
    .prepare('SELECT DISTINCT article_id FROM mentions WHERE entity_id = @entityId')
    .pluck()
    .all({ entityId }) as ArticleId[];
}

/**
 * Dated notes, oldest day first: those on the listed articles, plus the free-standing ones when
 * `withFreeNotes` (the whole library's timeline). `ids` null means every article's notes.
 */
export function listDatedNotes(db: Db, ids: readonly ArticleId[] | null, withFreeNotes: boolean): DatedNoteRow[] {
  const rows = db
    .prepare(
      `SELECT id, article_id, event_date, body FROM notes
       WHERE event_date IS NOT NULL
         AND ((article_id IS NULL AND @withFreeNotes = 1)
              OR (article_id IS NOT NULL AND (@all = 1 OR article_id IN (SELECT value FROM json_each(@ids)))))
       ORDER BY event_date, id`,
    )
    .all({ ids: JSON.stringify(ids ?? []), all: ids === null ? 1 : 0, withFreeNotes: withFreeNotes ? 1 : 0 }) as {
    id: number;
    article_id: number | null;
    event_date: string;
    body: string;
  }[];
  return rows.map((r) => ({
    id: r.id as NoteId,
    articleId: r.article_id as ArticleId | null,
    eventDate: r.event_date,
    body: r.body,
  }));
}
