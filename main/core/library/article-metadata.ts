import {
  EDITABLE_ARTICLE_FIELDS,
  type ArticleId,
  type ArticleMetadataChanges,
  type EditableArticleField,
} from '../../../preload/api';
import { getArticleRow } from '../../../db/articles';
import { revertEditedField, setEditedField } from '../../../db/article-edits';
import { writeTransaction } from '../../../db/write-transaction';
import { DossierError } from '../../../preload/contract/errors';
import { normalizeDate } from '../import/dates';
import type { CoreContext } from '../kernel/context';

/** Longest value accepted per field, in characters: a headline, a list of authors, an outlet's name. */
export const MAX_FIELD_LENGTH: Record<Exclude<EditableArticleField, 'publishedAt' | 'language'>, number> = {
  title: 500,
  byline: 300,
  siteName: 200,
};

const LABEL: Record<EditableArticleField, string> = {
  title: 'The title',
  byline: 'The byline',
  siteName: 'The outlet',
  publishedAt: 'The date',
  language: 'The language',
};

type Validated = Map<EditableArticleField, string | null>;

function invalid(message: string): DossierError {
  return new DossierError('INVALID_INPUT', message);
}

/** Spacing collapsed; an empty value means "not known" (null), except for the title, which is required. */
function cleanText(field: 'title' | 'byline' | 'siteName', value: unknown): string | null {
  if (value === null) {
    if (field === 'title') throw invalid('The title cannot be empty.');
    return null;
  }
  if (typeof value !== 'string') throw invalid(`${LABEL[field]} must be text.`);
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') {
    if (field === 'title') throw invalid('The title cannot be empty.');
    return null;
  }
  const max = MAX_FIELD_LENGTH[field];
  if (text.length > max) throw invalid(`${LABEL[field]} is too long (${text.length} characters; at most ${max}).`);
  return text;
}

/**
 * A date as the reporter gives it: YYYY-MM-DD (kept as a day) or an ISO 8601 date-time (kept as
 * UTC), between 1900 and next year, as imported dates are.
 */
export function validateEditedDate(value: unknown, nowMs = Date.now()): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') throw invalid('The date must be text, such as 2024-05-01.');
  const s = value.trim();
  if (s === '') return null;
  const isoShape = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;
  const parts = isoShape.exec(s);
  // A time without a zone is read as UTC, never as the machine's local time.
  const iso = parts ? (parts[2] ? `${parts[1]}T${parts[2]}${parts[3] ?? 'Z'}` : parts[1]!) : null;
  const date = iso === null ? null : normalizeDate(iso, nowMs);
  // new Date() rolls 2024-02-30 over to March: the day must read back as written.
  const day = parts?.[1];
  if (date === null || day === undefined || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    throw invalid(`"${s}" is not a date Dossier can use. Write it as YYYY-MM-DD (e.g. 2024-05-01), from 1900 on.`);
  }
  return date;
}

/** A BCP 47 tag ("fr", "en-GB", "zh-Hant"), in its canonical case; empty means unknown. */
export function validateLanguageTag(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') throw invalid('The language must be a tag such as "en" or "fr-CA".');
  const s = value.trim();
  if (s === '') return null;
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(s)[0];
  } catch {
    canonical = undefined;
  }
  // A structurally valid tag whose language is an ISO 639 code (2 or 3 letters), not "english".
  if (canonical === undefined || !/^[a-z]{2,3}(-|$)/.test(canonical)) {
    throw invalid(`"${s}" is not a language tag. Use a BCP 47 tag such as "en", "fr" or "pt-BR".`);
  }
  return canonical;
}

/** Checks every change before anything is written, so a bad field leaves the article as it was. */
export function validateChanges(changes: unknown, nowMs: number): { set: Validated; revert: EditableArticleField[] } {
  if (changes === null || typeof changes !== 'object' || Array.isArray(changes)) {
    throw invalid('"changes" must be an object of fields to correct.');
  }
  const input = changes as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (key !== 'revert' && !(EDITABLE_ARTICLE_FIELDS as readonly string[]).includes(key)) {
      throw invalid(`"${key}" cannot be edited. Editable fields: ${EDITABLE_ARTICLE_FIELDS.join(', ')}.`);
    }
  }
  const set: Validated = new Map();
  for (const field of ['title', 'byline', 'siteName'] as const) {
    if (input[field] !== undefined) set.set(field, cleanText(field, input[field]));
  }
  if (input.publishedAt !== undefined) set.set('publishedAt', validateEditedDate(input.publishedAt, nowMs));
  if (input.language !== undefined) set.set('language', validateLanguageTag(input.language));

  const revert: EditableArticleField[] = [];
  if (input.revert !== undefined) {
    if (!Array.isArray(input.revert)) throw invalid('"revert" must be a list of field names.');
    for (const field of input.revert) {
      if (!(EDITABLE_ARTICLE_FIELDS as readonly unknown[]).includes(field)) {
        throw invalid(`"${String(field)}" cannot be reverted. Editable fields: ${EDITABLE_ARTICLE_FIELDS.join(', ')}.`);
      }
      if (set.has(field as EditableArticleField)) throw invalid(`"${String(field)}" cannot be both set and reverted.`);
      revert.push(field as EditableArticleField);
    }
  }
  if (set.size === 0 && revert.length === 0) throw invalid('Nothing to change: give at least one field.');
  return { set, revert };
}

/**
 * Applies a reporter's corrections in one write transaction: the old terms leave the search
 * index, the fields are written (the extracted values kept apart), then the article is indexed
 * again and the other capabilities told, so search finds the new words at once and a failure
 * anywhere leaves the article untouched.
 */
export function updateArticleMetadata(ctx: CoreContext, id: ArticleId, changes: ArticleMetadataChanges): void {
  const { set, revert } = validateChanges(changes, Date.parse(ctx.now()));
  const { db } = ctx;
  writeTransaction(db, () => {
    if (!getArticleRow(db, id)) throw new DossierError('NOT_FOUND', `There is no article ${id} in this library.`);
    ctx.articleHooks.runEditing(id);
    const now = ctx.now();
    for (const [field, value] of set) setEditedField(db, id, field, value, now);
    for (const field of revert) revertEditedField(db, id, field, now);
    ctx.articleHooks.runEdited(id, getArticleRow(db, id)!);
  });
  ctx.events.emit('library:changed', { reason: 'article-edited' });
}
