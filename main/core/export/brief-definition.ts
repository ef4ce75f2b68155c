import {
  BRIEF_SECTIONS,
  type ArticleId,
  type BriefDefinition,
  type BriefFormat,
  type BriefScope,
  type BriefSection,
  type NoteId,
} from '../../../preload/api';
import { DossierError } from '../../../preload/contract/errors';
import { optionalString, requireId, requireString } from '../kernel/validate';

/** What a brief has when the user has not chosen: every section, in the usual reading order. */
export const DEFAULT_SECTIONS: readonly BriefSection[] = BRIEF_SECTIONS;
const FORMATS: readonly BriefFormat[] = ['pdf', 'md', 'html'];
const MAX_IDS = 5000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkBriefScope(value: unknown): BriefScope {
  if (!isRecord(value))
    throw new DossierError('INVALID_INPUT', 'A brief needs a scope: a tag, a search query or a list of articles.');
  switch (value.kind) {
    case 'tag':
      return { kind: 'tag', tag: requireString(value.tag, 'scope.tag', 200).trim() };
    case 'query':
      return { kind: 'query', query: requireString(value.query, 'scope.query', 2000) };
    case 'ids': {
      if (!Array.isArray(value.ids) || value.ids.length === 0 || value.ids.length > MAX_IDS) {
        throw new DossierError('INVALID_INPUT', `"scope.ids" must list between 1 and ${MAX_IDS} article ids.`);
      }
      return { kind: 'ids', ids: value.ids.map((id) => requireId<ArticleId>(id, 'scope.ids')) };
    }
    default:
      throw new DossierError('INVALID_INPUT', 'The brief\'s scope must be of kind "tag", "query" or "ids".');
  }
}

function checkSections(value: unknown): BriefSection[] {
  if (value === undefined) return [...DEFAULT_SECTIONS];
  if (
    !Array.isArray(value) ||
    !value.every((s): s is BriefSection => (BRIEF_SECTIONS as readonly unknown[]).includes(s))
  ) {
    throw new DossierError('INVALID_INPUT', `"sections" must list some of: ${BRIEF_SECTIONS.join(', ')}.`);
  }
  return [...new Set(value)];
}

/** Checks a brief definition that arrived from outside and returns it normalized. */
export function checkBriefDefinition(value: unknown): BriefDefinition {
  if (!isRecord(value)) throw new DossierError('INVALID_INPUT', 'A brief definition must be an object.');
  const title = requireString(value.title, 'title', 300).trim();
  if (!title) throw new DossierError('INVALID_INPUT', 'The brief needs a title.');
  const author = optionalString(value.author, 'author', 300)?.trim();
  const pageSize = value.pageSize ?? 'A4';
  if (pageSize !== 'A4' && pageSize !== 'Letter')
    throw new DossierError('INVALID_INPUT', '"pageSize" must be "A4" or "Letter".');
  const importedAfter = optionalString(value.importedAfter, 'importedAfter', 40);
  const language = optionalString(value.language, 'language', 35);
  if (language !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) {
    throw new DossierError('INVALID_INPUT', '"language" must be a language tag such as "en" or "fr".');
  }
  if (importedAfter !== undefined && Number.isNaN(Date.parse(importedAfter))) {
    throw new DossierError('INVALID_INPUT', '"importedAfter" must be an ISO 8601 date or time.');
  }
  const summaryNoteId =
    value.summaryNoteId === undefined || value.summaryNoteId === null
      ? undefined
      : requireId<NoteId>(value.summaryNoteId, 'summaryNoteId');
  return {
    title,
    ...(author ? { author } : {}),
    scope: checkBriefScope(value.scope),
    sections: checkSections(value.sections),
    ...(summaryNoteId !== undefined ? { summaryNoteId } : {}),
    pageSize,
    ...(importedAfter ? { importedAfter } : {}),
    ...(language ? { language } : {}),
  };
}

export function checkBriefFormat(value: unknown): BriefFormat {
  if (!(FORMATS as readonly unknown[]).includes(value))
    throw new DossierError('INVALID_INPUT', `"format" must be one of ${FORMATS.join(', ')}.`);
  return value as BriefFormat;
}
