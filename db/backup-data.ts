import type {
  ArticleId,
  ArticleMention,
  EntityDetail,
  MetadataSource,
  NoteSummary,
  Quote,
  SourceInfo,
} from '../preload/api';
import { listArticleEdits, type ArticleEditRow } from './article-edits';
import type { ArticleContent } from './articles';
import type { Db } from './open';

/**
 * Reads and writes for the data export (JSON, CSV) and its re-import. Only schema-1 tables:
 * derived data (the search index) is rebuilt by the importing library itself.
 */

export type ExportedSource = SourceInfo & {
  /** The original file, base64. */
  base64: string;
};

export type ExportedMention = Pick<ArticleMention, 'type' | 'start' | 'end'> & {
  /** The entity's name: ids are not kept across libraries. */
  entity: string;
  alias: string;
};

/** `eventDate` (a key date on the story timeline) is missing in exports made before key dates. */
export type ExportedNote = Pick<NoteSummary, 'body' | 'createdAt' | 'updatedAt'> & { eventDate?: string | null };

export type ExportedQuote = Pick<
  Quote,
  'exact' | 'prefix' | 'suffix' | 'start' | 'end' | 'status' | 'anchorStatus' | 'createdAt' | 'updatedAt'
> & {
  /** As stored: read back from a file, so not trusted to have every Citation field. */
  citation: Record<string, unknown>;
};

export type ExportedArticle = ArticleContent & {
  /** The id in the library it came from; the importing library assigns its own. */
  id: number;
  metadata: Record<string, unknown>;
  /** Missing in exports made before metadata provenance. */
  publishedAtSource?: MetadataSource | null;
  /** The reporter's corrections (the article's fields hold the corrected values); missing in older exports. */
  edits?: ArticleEditRow[];
  source: ExportedSource;
  tags: string[];
  mentions: ExportedMention[];
  notes: ExportedNote[];
  quotes: ExportedQuote[];
};

export type ExportedEntity = Pick<EntityDetail, 'name' | 'type' | 'description' | 'status' | 'aliases'>;

/** All article ids, oldest first (so a re-import keeps the original order of ids). */
export function listAllArticleIds(db: Db): ArticleId[] {
  return (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map((r) => r.id as ArticleId);
}

/** One article with everything attached to it, as the JSON export writes it. */
export function readExportedArticle(db: Db, id: ArticleId): ExportedArticle | undefined {
  const a = db
    .prepare(
      `SELECT a.*, s.file_name, s.sha256, s.bytes, s.imported_at, s.content FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = @id`,
    )
    .get({ id }) as Record<string, unknown> | undefined;
  if (!a) return undefined;
  const tags = (
    db
      .prepare(
        'SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = @id ORDER BY t.name',
      )
      .all({ id }) as { name: string }[]
  ).map((r) => r.name);
  const mentions = db
    .prepare(
      'SELECT e.name AS entity, e.type, m.start, m.end, m.alias FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = @id ORDER BY m.start, m.id',
    )
    .all({ id }) as ExportedMention[];
  const notes = db
    .prepare(
      'SELECT body, created_at AS createdAt, updated_at AS updatedAt, event_date AS eventDate FROM notes WHERE article_id = @id ORDER BY id',
    )
    .all({ id }) as ExportedNote[];
  const quotes = (
    db
      .prepare(
        `SELECT exact, prefix, suffix, start, end, status, anchor_status AS anchorStatus, citation_json, created_at AS createdAt, updated_at AS updatedAt
         FROM quotes WHERE article_id = @id ORDER BY id`,
      )
      .all({ id }) as (Omit<ExportedQuote, 'citation'> & { citation_json: string })[]
  ).map(({ citation_json, ...q }) => ({ ...q, citation: JSON.parse(citation_json) as Record<string, unknown> }));
  return {
    id: a.id as number,
    title: a.title as string,
    byline: a.byline as string | null,
    siteName: a.site_name as string | null,
    publishedAt: a.published_at as string | null,
    publishedAtSource: a.published_at_source as MetadataSource | null,
    edits: listArticleEdits(db, id),
    language: a.language as string | null,
    url: a.url as string | null,
    canonicalUrl: a.canonical_url as string | null,
    excerpt: a.excerpt as string | null,
    html: a.html as string,
    text: a.text as string,
    wordCount: a.word_count as number,
    format: a.format as ExportedArticle['format'],
    metadata: JSON.parse(a.metadata_json as string) as Record<string, unknown>,
    source: {
      fileName: a.file_name as string,
      sha256: a.sha256 as string,
      bytes: a.bytes as number,
      importedAt: a.imported_at as string,
      base64: (a.content as Buffer).toString('base64'),
    },
    tags,
    mentions,
    notes,
    quotes,
  };
}

export function listExportedTags(db: Db): { name: string; color: string | null }[] {
  return db.prepare('SELECT name, color FROM tags ORDER BY name COLLATE NOCASE').all() as {
    name: string;
    color: string | null;
  }[];
}

export function listExportedEntities(db: Db): ExportedEntity[] {
  const rows = db
    .prepare(
      `SELECT e.name, e.type, e.description, e.status,
              (SELECT json_group_array(json_object('alias', alias, 'language', language, 'caseSensitive', json(CASE case_sensitive WHEN 1 THEN 'true' ELSE 'false' END)))
               FROM entity_aliases WHERE entity_id = e.id) AS aliases
       FROM entities e ORDER BY e.id`,
    )
    .all() as (Omit<ExportedEntity, 'aliases'> & { aliases: string })[];
  return rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as ExportedEntity['aliases'] }));
}

export function listFreeNotes(db: Db): ExportedNote[] {
  return db
    .prepare(
      'SELECT body, created_at AS createdAt, updated_at AS updatedAt, event_date AS eventDate FROM notes WHERE article_id IS NULL ORDER BY id',
    )
    .all() as ExportedNote[];
}

/* ------------------------------------------------------------- re-import */

/** Creates the tag with its colour if it is new; an existing tag keeps its colour. */
export function upsertImportedTag(db: Db, tag: { name: string; color: string | null }, now: string): void {
  db.prepare(
    'INSERT INTO tags (name, color, created_at) VALUES (@name, @color, @now) ON CONFLICT(name) DO NOTHING',
  ).run({ ...tag, now });
}

/** Creates the entity (and its aliases) if new; returns its id either way. */
export function upsertImportedEntity(db: Db, entity: ExportedEntity, now: string): number {
  db.prepare(
    `INSERT INTO entities (name, type, description, status, created_at) VALUES (@name, @type, @description, @status, @now)
     ON CONFLICT(name, type) DO NOTHING`,
  ).run({ name: entity.name, type: entity.type, description: entity.description, status: entity.status, now });
  const id = (db.prepare('SELECT id FROM entities WHERE name = @name AND type = @type').get(entity) as { id: number })
    .id;
  const insertAlias = db.prepare(
    'INSERT OR IGNORE INTO entity_aliases (entity_id, alias, language, case_sensitive) VALUES (@id, @alias, @language, @caseSensitive)',
  );
  for (const a of entity.aliases)
    insertAlias.run({ id, alias: a.alias, language: a.language, caseSensitive: a.caseSensitive ? 1 : 0 });
  return id;
}

/** Keeps the original collection time: provenance is when the reporter collected it, not when it was re-imported. */
/** Records a correction read back from an export: the article already holds the corrected value. */
export function insertImportedEdit(db: Db, articleId: ArticleId, edit: ArticleEditRow): void {
  db.prepare(
    `INSERT OR IGNORE INTO article_edits (article_id, field, extracted_value, extracted_source, edited_at)
     VALUES (@articleId, @field, @extractedValue, @extractedSource, @editedAt)`,
  ).run({ articleId, ...edit });
}

export function setSourceImportedAt(db: Db, articleId: ArticleId, importedAt: string): void {
  db.prepare(
    'UPDATE sources SET imported_at = @importedAt WHERE id = (SELECT source_id FROM articles WHERE id = @articleId)',
  ).run({ articleId, importedAt });
}

export function countMentionsOfArticle(db: Db, articleId: ArticleId): number {
  return (
    db.prepare('SELECT count(*) AS n FROM mentions WHERE article_id = @articleId').get({ articleId }) as { n: number }
  ).n;
}

export function insertImportedMention(db: Db, articleId: ArticleId, m: ExportedMention): void {
  db.prepare(
    `INSERT INTO mentions (article_id, entity_id, start, end, alias)
     SELECT @articleId, id, @start, @end, @alias FROM entities WHERE name = @entity AND type = @type`,
  ).run({ articleId, ...m });
}

/** Inserts a note; a free note identical to one already here (same text, same creation time) is skipped. */
export function insertImportedNote(db: Db, articleId: ArticleId | null, note: ExportedNote): void {
  db.prepare(
    `INSERT INTO notes (article_id, body, created_at, updated_at, event_date)
     SELECT @articleId, @body, @createdAt, @updatedAt, @eventDate
     WHERE @articleId IS NOT NULL OR NOT EXISTS
       (SELECT 1 FROM notes WHERE article_id IS NULL AND body = @body AND created_at = @createdAt)`,
  ).run({
    articleId,
    body: note.body,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
    eventDate: note.eventDate ?? null,
  });
}

export function insertImportedQuote(db: Db, articleId: ArticleId, q: ExportedQuote): void {
  db.prepare(
    `INSERT INTO quotes (article_id, exact, prefix, suffix, start, end, status, anchor_status, citation_json, created_at, updated_at)
     VALUES (@articleId, @exact, @prefix, @suffix, @start, @end, @status, @anchorStatus, @citationJson, @createdAt, @updatedAt)`,
  ).run({
    articleId,
    exact: q.exact,
    prefix: q.prefix,
    suffix: q.suffix,
    start: q.start,
    end: q.end,
    status: q.status,
    anchorStatus: q.anchorStatus,
    citationJson: JSON.stringify(q.citation),
    createdAt: q.createdAt,
    updatedAt: q.updatedAt,
  });
}
