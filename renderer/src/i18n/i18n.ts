import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, LOCALE_RESOURCES } from '../../../preload/contract/locales';

/**
 * The window's one i18next instance. i18next because it is the most used and maintained of the
 * three (with react-i18next for hooks), needs no compile step or Babel macro (Lingui) and no
 * ICU parser at run time (FormatJS), reads plain JSON files (one per language), does plurals
 * through Intl.PluralRules, and never evaluates code (the CSP forbids eval).
 */
export const i18n: I18n = i18next.createInstance();

// Resources are inline and initAsync is off, so the instance is ready when this module returns.
i18n
  .use(initReactI18next)
  .init({
    resources: Object.fromEntries(
      Object.entries(LOCALE_RESOURCES).map(([language, resource]) => [language, { translation: resource }]),
    ),
    lng: FALLBACK_LANGUAGE,
    fallbackLng: FALLBACK_LANGUAGE,
    // React escapes what it renders; escaping here too would show "&amp;" in titles.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  })
  .catch(logI18nFailure);

/** The language the interface currently speaks, for Intl formatters. */
export function currentLocale(): string {
  return i18n.resolvedLanguage ?? i18n.language ?? FALLBACK_LANGUAGE;
}

/** Resources are bundled, so this only fires on a programming error; the interface then shows keys. */
export function logI18nFailure(err: unknown): void {
  console.error('[dossier] translations failed to load', err);
}

/** Switches the interface language (synchronous in effect: every language's file is bundled). */
export function switchLanguage(language: string): void {
  if (i18n.language !== language) i18n.changeLanguage(language).catch(logI18nFailure);
}
