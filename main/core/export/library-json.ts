import { EDITABLE_ARTICLE_FIELDS, METADATA_SOURCES, type ArticleId, type MetadataSource } from '../../../preload/api';
import type { ArticleEditRow } from '../../../db/article-edits';
import {
  countMentionsOfArticle,
  insertImportedEdit,
  insertImportedMention,
  insertImportedNote,
  insertImportedQuote,
  listExportedEntities,
  listExportedTags,
  listFreeNotes,
  readExportedArticle,
  setSourceImportedAt,
  upsertImportedEntity,
  upsertImportedTag,
  type ExportedArticle,
  type ExportedEntity,
  type ExportedNote,
} from '../../../db/backup-data';
import { DossierError } from '../../../preload/contract/errors';
import type { Db } from '../../../db/open';
import type { CoreContext } from '../kernel/context';
import { markupToStoreFromFile } from '../library/article-markup';
import { storeArticle } from '../library/store-article';
import { sha256Hex } from '../library/text-hash';
import { writeTransaction } from '../../../db/write-transaction';
import { optionalEventDate } from '../research/note-handlers';

/**
 * The JSON export, version 1: everything a library holds, re-importable into another library
 * with `importLibraryJson`. Original files travel as base64 with their sha256, so provenance
 * survives the trip. Documented in main/core/export/README.md.
 */
export interface LibraryJson {
  format: 'dossier-library';
  version: 1;
  exportedAt: string;
  appVersion: string;
  tags: { name: string; color: string | null }[];
  entities: ExportedEntity[];
  articles: ExportedArticle[];
  /** Notes not attached to an article. */
  notes: ExportedNote[];
}

/** Builds the JSON export of the listed articles (with every tag, entity and free note of the library). */
export function buildLibraryJson(ctx: CoreContext, ids: readonly ArticleId[]): LibraryJson {
  const { db } = ctx;
  return {
    format: 'dossier-library',
    version: 1,
    exportedAt: ctx.now(),
    appVersion: ctx.appVersion,
    tags: listExportedTags(db),
    entities: listExportedEntities(db),
    articles: ids.flatMap((id) => readExportedArticle(db, id) ?? []),
    notes: listFreeNotes(db),
  };
}

export interface LibraryImportOutcome {
  imported: number;
  duplicates: number;
}

function checkShape(value: unknown): LibraryJson {
  const v = value as Partial<LibraryJson> | null;
  if (!v || typeof v !== 'object' || v.format !== 'dossier-library') {
    throw new DossierError('UNSUPPORTED_FORMAT', 'This JSON file is not a Dossier library export.');
  }
  if (v.version !== 1)
    throw new DossierError(
      'DB_NEWER_THAN_APP',
      `This export is version ${String(v.version)}; this Dossier reads version 1.`,
    );
  if (!Array.isArray(v.articles) || !Array.isArray(v.tags) || !Array.isArray(v.entities) || !Array.isArray(v.notes)) {
    throw new DossierError('CORRUPT_FILE', 'This Dossier export is incomplete (a list is missing).');
  }
  return v as LibraryJson;
}

function isMetadataSource(value: unknown): value is MetadataSource {
  return (METADATA_SOURCES as readonly unknown[]).includes(value);
}

/** An edit read back from a file is trusted only when its shape is right (the table's checks would abort the import). */
function isValidEdit(edit: unknown): edit is ArticleEditRow {
  const e = edit as Partial<Record<keyof ArticleEditRow, unknown>> | null;
  return (
    e !== null &&
    typeof e === 'object' &&
    (EDITABLE_ARTICLE_FIELDS as readonly unknown[]).includes(e.field) &&
    (e.extractedValue === null || typeof e.extractedValue === 'string') &&
    (e.extractedSource === null || isMetadataSource(e.extractedSource)) &&
    typeof e.editedAt === 'string'
  );
}

/** A note read back from a file keeps its key date only when it is a real day (the table's check would abort the import). */
function trustedNote(note: ExportedNote): ExportedNote {
  let eventDate: string | null;
  try {
    eventDate = optionalEventDate(note.eventDate);
  } catch {
    eventDate = null;
  }
  return { ...note, eventDate };
}

function importArticle(ctx: CoreContext, a: ExportedArticle): { status: 'imported' | 'duplicate' } {
  const content = Buffer.from(a.source.base64, 'base64');
  if (sha256Hex(content) !== a.source.sha256) {
    throw new DossierError(
      'CORRUPT_FILE',
      `The source file of "${a.title}" does not match its sha256; the export is damaged.`,
    );
  }
  const outcome = storeArticle(ctx, {
    article: {
      title: a.title,
      byline: a.byline,
      siteName: a.siteName,
      publishedAt: a.publishedAt,
      publishedAtSource: isMetadataSource(a.publishedAtSource) ? a.publishedAtSource : null,
      language: a.language,
      url: a.url,
      canonicalUrl: a.canonicalUrl,
      excerpt: a.excerpt,
      html: markupToStoreFromFile(a.format, a.html),
      text: a.text,
      wordCount: a.wordCount,
      format: a.format,
      metadata: a.metadata,
    },
    source: { fileName: a.source.fileName, content },
    tags: a.tags,
  });
  // An article already here keeps what it has: importing twice must not double notes or quotes.
  if (outcome.status === 'duplicate') return { status: 'duplicate' };
  const { db } = ctx;
  setSourceImportedAt(db, outcome.id, a.source.importedAt);
  // Entity matching may already have found mentions while storing; keep those rather than doubling.
  if (countMentionsOfArticle(db, outcome.id) === 0)
    for (const m of a.mentions) insertImportedMention(db, outcome.id, m);
  for (const edit of a.edits ?? []) if (isValidEdit(edit)) insertImportedEdit(db, outcome.id, edit);
  for (const n of a.notes) insertImportedNote(db, outcome.id, trustedNote(n));
  for (const q of a.quotes) insertImportedQuote(db, outcome.id, q);
  return { status: 'imported' };
}

/**
 * Loads a JSON export into this library: tags and entities first (so matching finds them),
 * then each article through storeArticle (dedup, indexing), with its notes, quotes and mentions.
 * Everything happens in one transaction: a damaged export imports nothing.
 */
export function importLibraryJson(ctx: CoreContext, json: unknown): LibraryImportOutcome {
  const data = checkShape(json);
  const db: Db = ctx.db;
  return writeTransaction(db, (): LibraryImportOutcome => {
    const now = ctx.now();
    for (const tag of data.tags) upsertImportedTag(db, tag, now);
    for (const entity of data.entities) upsertImportedEntity(db, entity, now);
    let imported = 0;
    let duplicates = 0;
    for (const article of data.articles) {
      if (importArticle(ctx, article).status === 'imported') imported++;
      else duplicates++;
    }
    for (const note of data.notes) insertImportedNote(db, null, trustedNote(note));
    return { imported, duplicates };
  });
}
