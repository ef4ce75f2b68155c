import {
  FALLBACK_LANGUAGE,
  LOCALE_RESOURCES,
  pickLanguage,
  type LocaleResource,
} from '../../../preload/contract/locales';

/** The brief document's fixed words, read from the same per-language files as the interface. */
export type BriefWordKey =
  | 'summary'
  | 'quotes'
  | 'digest'
  | 'entities'
  | 'timeline'
  | 'sources'
  | 'preparedBy'
  | 'collected'
  | 'pageOf'
  | 'entity'
  | 'type'
  | 'articles'
  | 'date'
  | 'headline'
  | 'outlet'
  | 'undated';

export interface BriefWords {
  /** The language actually used (a tag we have a file for). */
  language: string;
  /** The message with its {{placeholders}} filled (values are inserted as given: escape them first). */
  word(key: BriefWordKey, values?: Record<string, string>): string;
}

function wordsOf(language: string): LocaleResource {
  const group = LOCALE_RESOURCES[language]?.briefDocument;
  return typeof group === 'object' ? group : {};
}

/** The words for a brief in `language` (e.g. "fr", "fr-CA"); English for a language without a file. */
export function briefWords(language: string | undefined): BriefWords {
  const chosen = pickLanguage([language]);
  const own = wordsOf(chosen);
  const fallback = wordsOf(FALLBACK_LANGUAGE);
  return {
    language: chosen,
    word(key, values = {}) {
      const template = own[key] ?? fallback[key];
      const text = typeof template === 'string' ? template : key;
      return text.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => values[name] ?? '');
    },
  };
}
