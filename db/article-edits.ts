import type { ArticleId, EditableArticleField, MetadataSource } from '../preload/api';
import type { Db } from './open';

/** The column each editable field is stored in. */
const COLUMN: Record<EditableArticleField, string> = {
  title: 'title',
  byline: 'byline',
  siteName: 'site_name',
  publishedAt: 'published_at',
  language: 'language',
};

/** A field the reporter corrected, with what the import had extracted. */
export interface ArticleEditRow {
  field: EditableArticleField;
  extractedValue: string | null;
  /** For the date only: where the extracted date came from. */
  extractedSource: MetadataSource | null;
  editedAt: string;
}

export function listArticleEdits(db: Db, id: ArticleId): ArticleEditRow[] {
  return db
    .prepare(
      `SELECT field, extracted_value AS extractedValue, extracted_source AS extractedSource, edited_at AS editedAt
       FROM article_edits WHERE article_id = @id ORDER BY field`,
    )
    .all({ id }) as ArticleEditRow[];
}

/**
 * Sets one field to the reporter's value. The first edit of a field keeps the value in force
 * (the extracted one) in article_edits; later edits keep that first one. A corrected date's
 * source is 'user'. The caller owns the transaction.
 */
export function setEditedField(
  db: Db,
  id: ArticleId,
  field: EditableArticleField,
  value: string | null,
  now: string,
): void {
  const column = COLUMN[field];
  db.prepare(
    `INSERT INTO article_edits (article_id, field, extracted_value, extracted_source, edited_at)
     SELECT id, @field, ${column}, CASE WHEN @field = 'publishedAt' THEN published_at_source END, @now
     FROM articles WHERE id = @id
     ON CONFLICT (article_id, field) DO UPDATE SET edited_at = excluded.edited_at`,
  ).run({ id, field, now });
  const source =
    field === 'publishedAt' ? ", published_at_source = CASE WHEN @value IS NULL THEN NULL ELSE 'user' END" : '';
  db.prepare(`UPDATE articles SET ${column} = @value${source}, updated_at = @now WHERE id = @id`).run({
    id,
    value,
    now,
  });
}

/** Puts the extracted value of one field back and forgets the edit; false when it was not edited. */
export function revertEditedField(db: Db, id: ArticleId, field: EditableArticleField, now: string): boolean {
  const edit = db
    .prepare(
      'SELECT extracted_value AS value, extracted_source AS source FROM article_edits WHERE article_id = @id AND field = @field',
    )
    .get({ id, field }) as { value: string | null; source: MetadataSource | null } | undefined;
  if (!edit) return false;
  const source = field === 'publishedAt' ? ', published_at_source = @source' : '';
  db.prepare(`UPDATE articles SET ${COLUMN[field]} = @value${source}, updated_at = @now WHERE id = @id`).run({
    id,
    value: edit.value,
    source: edit.source,
    now,
  });
  db.prepare('DELETE FROM article_edits WHERE article_id = @id AND field = @field').run({ id, field });
  return true;
}
