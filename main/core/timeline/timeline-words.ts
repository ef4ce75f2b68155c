import {
  FALLBACK_LANGUAGE,
  LOCALE_RESOURCES,
  pickLanguage,
  type LocaleResource,
} from '../../../preload/contract/locales';

/** The words a timeline picture shows, from the interface's files (group `timeline.picture`). */
export type TimelineWordKey = 'title' | 'noOutlet' | 'untagged' | 'keyDates' | 'empty';

export interface TimelineWords {
  language: string;
  word(key: TimelineWordKey): string;
}

function pictureWords(language: string): LocaleResource {
  const group = LOCALE_RESOURCES[language]?.timeline;
  const picture = typeof group === 'object' ? group.picture : undefined;
  return typeof picture === 'object' ? picture : {};
}

/** The picture's words in `language` ("fr", "fr-CA"...); English for a language without a file. */
export function timelineWords(language: string | undefined): TimelineWords {
  const chosen = pickLanguage([language]);
  const own = pictureWords(chosen);
  const fallback = pictureWords(FALLBACK_LANGUAGE);
  return {
    language: chosen,
    word(key) {
      const text = own[key] ?? fallback[key];
      return typeof text === 'string' ? text : key;
    },
  };
}
