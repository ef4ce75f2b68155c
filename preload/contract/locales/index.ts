/// <reference types="vite/client" />
/**
 * The translations: one JSON file per language in this folder (en.json, fr.json...). Adding a
 * language is adding its file: the bundler's glob picks it up for the window (the interface) and
 * for the core (a brief's fixed words). In the contract because both sides read them and the
 * contract is the one folder both may import.
 */

/** A resource file: nested groups of messages ("{{name}}" placeholders, i18next plural suffixes). */
export interface LocaleResource {
  [key: string]: string | LocaleResource;
}

const files = import.meta.glob<LocaleResource>('./*.json', { eager: true, import: 'default' });

/** Every language's resources, by language tag ("en", "fr"), from the file names. */
export const LOCALE_RESOURCES: Readonly<Record<string, LocaleResource>> = Object.fromEntries(
  Object.entries(files).map(([path, resource]) => [path.replace(/^\.\/(.+)\.json$/, '$1'), resource]),
);

/** The language every other one falls back to, and the one the sources are written against. */
export const FALLBACK_LANGUAGE = 'en';

/** The languages there are files for. */
export const AVAILABLE_LANGUAGES: readonly string[] = Object.keys(LOCALE_RESOURCES).sort();

/**
 * The first of the preferred tags we have a file for, matching "fr-CA" to "fr"; the fallback
 * when none matches.
 */
export function pickLanguage(preferred: readonly (string | null | undefined)[]): string {
  for (const tag of preferred) {
    if (!tag) continue;
    const lower = tag.toLowerCase();
    const exact = AVAILABLE_LANGUAGES.find((lang) => lang.toLowerCase() === lower);
    if (exact) return exact;
    const base = lower.split(/[-_]/)[0];
    const byBase = AVAILABLE_LANGUAGES.find((lang) => lang.toLowerCase() === base);
    if (byBase) return byBase;
  }
  return FALLBACK_LANGUAGE;
}
