import type {
  Article,
  ArticleId,
  ArticleSummary,
  BriefDefinition,
  BriefId,
  Citation,
  EntitySummary,
  MetadataSource,
  NoteId,
  NoteSummary,
  Quote,
  QuoteId,
  QuoteStatus,
  SavedBrief,
  SourceInfo,
} from '../preload/api';
import type { Db } from './open';

/** One article as a brief shows it: digest fields plus its provenance. */
export type BriefArticleRow = Pick<
  ArticleSummary,
  'id' | 'title' | 'byline' | 'siteName' | 'publishedAt' | 'language' | 'excerpt' | 'tags'
> &
  Pick<Article, 'url' | 'publishedAtSource'> &
  SourceInfo;

export type BriefQuoteRow = Pick<Quote, 'id' | 'articleId' | 'exact' | 'status'> & {
  /** Whatever citation fields were stored with the quote; the article fills the gaps. */
  citation: Partial<Citation>;
};

export type BriefNoteRow = Pick<NoteSummary, 'id' | 'articleId' | 'body'>;

export type BriefEntityRow = Pick<EntitySummary, 'name' | 'type' | 'articles'>;

/** The ids of articles carrying a tag (case-insensitive), oldest publication first. */
export function listArticleIdsWithTag(db: Db, tag: string): ArticleId[] {
  const rows = db
    .prepare(
      `SELECT a.id FROM articles a
       JOIN article_tags at ON at.article_id = a.id JOIN tags t ON t.id = at.tag_id
       WHERE t.name = @tag COLLATE NOCASE
       ORDER BY a.published_at IS NULL, a.published_at, a.id`,
    )
    .all({ tag }) as { id: number }[];
  return rows.map((r) => r.id as ArticleId);
}

/** The listed articles that exist, in the order given. */
export function getBriefArticles(db: Db, ids: readonly ArticleId[]): BriefArticleRow[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.byline, a.site_name, a.published_at, a.published_at_source, a.language,
              coalesce(a.canonical_url, a.url) AS url,
              a.excerpt, s.file_name, s.sha256, s.bytes, s.imported_at,
              (SELECT json_group_array(t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id) AS tags
       FROM articles a JOIN sources s ON s.id = a.source_id
       WHERE a.id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ ids: JSON.stringify(ids) }) as {
    id: number;
    title: string;
    byline: string | null;
    site_name: string | null;
    published_at: string | null;
    published_at_source: MetadataSource | null;
    language: string | null;
    url: string | null;
    excerpt: string | null;
    file_name: string;
    sha256: string;
    bytes: number;
    imported_at: string;
    tags: string;
  }[];
  const byId = new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id as ArticleId,
        title: r.title,
        byline: r.byline,
        siteName: r.site_name,
        publishedAt: r.published_at,
        publishedAtSource: r.published_at_source,
        language: r.language,
        url: r.url,
        excerpt: r.excerpt,
        fileName: r.file_name,
        sha256: r.sha256,
        bytes: r.bytes,
        importedAt: r.imported_at,
        tags: (JSON.parse(r.tags) as string[]).sort(),
      } satisfies BriefArticleRow,
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Quotes of the listed articles fit for a brief (not marked "do not use"), in reading order. */
export function listBriefQuotes(db: Db, ids: readonly ArticleId[]): BriefQuoteRow[] {
  const rows = db
    .prepare(
      `SELECT id, article_id, exact, status, citation_json FROM quotes
       WHERE article_id IN (SELECT value FROM json_each(@ids)) AND status <> 'do_not_use'
       ORDER BY article_id, start, id`,
    )
    .all({ ids: JSON.stringify(ids) }) as {
    id: number;
    article_id: number;
    exact: string;
    status: QuoteStatus;
    citation_json: string;
  }[];
  return rows.map((r) => ({
    id: r.id as QuoteId,
    articleId: r.article_id as ArticleId,
    exact: r.exact,
    status: r.status,
    citation: JSON.parse(r.citation_json) as Partial<Citation>,
  }));
}

/** Notes attached to the listed articles, oldest first. */
export function listBriefNotes(db: Db, ids: readonly ArticleId[]): BriefNoteRow[] {
  const rows = db
    .prepare(
      `SELECT id, article_id, body FROM notes WHERE article_id IN (SELECT value FROM json_each(@ids))
       ORDER BY created_at, id`,
    )
    .all({ ids: JSON.stringify(ids) }) as { id: number; article_id: number | null; body: string }[];
  return rows.map((r) => ({ id: r.id as NoteId, articleId: r.article_id as ArticleId | null, body: r.body }));
}

export function getNoteForBrief(db: Db, id: NoteId): BriefNoteRow | undefined {
  const row = db.prepare('SELECT id, article_id, body FROM notes WHERE id = @id').get({ id }) as
    { id: number; article_id: number | null; body: string } | undefined;
  return row ? { id: row.id as NoteId, articleId: row.article_id as ArticleId | null, body: row.body } : undefined;
}

/** Confirmed entities mentioned in the listed articles, with how many of them mention each. */
export function listBriefEntities(db: Db, ids: readonly ArticleId[]): BriefEntityRow[] {
  return db
    .prepare(
      `SELECT e.name, e.type, count(DISTINCT m.article_id) AS articles
       FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.article_id IN (SELECT value FROM json_each(@ids)) AND e.status = 'confirmed'
       GROUP BY e.id ORDER BY articles DESC, e.name COLLATE NOCASE`,
    )
    .all({ ids: JSON.stringify(ids) }) as BriefEntityRow[];
}

/* ------------------------------------------------------- saved definitions */

/**
 * A saved brief's row. `definition_json` holds `{ definition, lastRunAt }`: the schema-1
 * briefs table has no column for the last run, and a JSON field avoids a migration.
 */
export type SavedBriefRow = Omit<SavedBrief, 'newArticles'>;

type StoredBriefJson = Pick<SavedBrief, 'definition' | 'lastRunAt'>;

function toSavedBrief(r: {
  id: number;
  name: string;
  definition_json: string;
  created_at: string;
  updated_at: string;
}): SavedBriefRow {
  const stored = JSON.parse(r.definition_json) as StoredBriefJson;
  return {
    id: r.id as BriefId,
    name: r.name,
    definition: stored.definition,
    lastRunAt: stored.lastRunAt ?? null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function insertBrief(db: Db, brief: { name: string; definition: BriefDefinition; now: string }): BriefId {
  const json = JSON.stringify({ definition: brief.definition, lastRunAt: null } satisfies StoredBriefJson);
  const info = db
    .prepare('INSERT INTO briefs (name, definition_json, created_at, updated_at) VALUES (@name, @json, @now, @now)')
    .run({ name: brief.name, json, now: brief.now });
  return Number(info.lastInsertRowid) as BriefId;
}

/** Updates name and definition, keeping the last run; false when there is no such brief. */
export function updateBrief(
  db: Db,
  brief: { id: BriefId; name: string; definition: BriefDefinition; now: string },
): boolean {
  const info = db
    .prepare(
      `UPDATE briefs SET name = @name, updated_at = @now,
         definition_json = json_set(definition_json, '$.definition', json(@definition))
       WHERE id = @id`,
    )
    .run({ id: brief.id, name: brief.name, definition: JSON.stringify(brief.definition), now: brief.now });
  return info.changes > 0;
}

export function markBriefRun(db: Db, id: BriefId, at: string): void {
  db.prepare(`UPDATE briefs SET definition_json = json_set(definition_json, '$.lastRunAt', @at) WHERE id = @id`).run({
    id,
    at,
  });
}

export function getBrief(db: Db, id: BriefId): SavedBriefRow | undefined {
  const row = db.prepare('SELECT * FROM briefs WHERE id = @id').get({ id }) as
    Parameters<typeof toSavedBrief>[0] | undefined;
  return row ? toSavedBrief(row) : undefined;
}

export function listBriefRows(db: Db): SavedBriefRow[] {
  return (
    db.prepare('SELECT * FROM briefs ORDER BY updated_at DESC, id DESC').all() as Parameters<typeof toSavedBrief>[0][]
  ).map(toSavedBrief);
}

export function deleteBriefRow(db: Db, id: BriefId): boolean {
  return db.prepare('DELETE FROM briefs WHERE id = @id').run({ id }).changes > 0;
}
