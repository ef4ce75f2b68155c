/**
 * Checks that the translation files agree: every message exists in every language, and every
 * plural message has each form its language needs (Intl.PluralRules: "one"/"other" in English,
 * "one"/"many"/"other" in French).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

type Resource = { [key: string]: string | Resource };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(resource: Resource, prefix = ''): string[] {
  return Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

/** The language files in `dir`, by language tag. */
export function readLocales(dir: string): Record<string, Resource> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, name), 'utf8')) as Resource]),
  );
}

/** One line per problem, e.g. `fr.json: missing "import.button" (present in en.json)`; empty when they agree. */
export function compareLocales(locales: Record<string, Resource>): string[] {
  const keys = Object.fromEntries(
    Object.entries(locales).map(([lang, resource]) => [lang, new Set(flatten(resource))]),
  );
  const problems: string[] = [];
  const baseKeys = new Map<string, string>();
  const pluralBases = new Set<string>();
  for (const [lang, set] of Object.entries(keys)) {
    for (const key of set) {
      const base = key.replace(PLURAL_SUFFIX, '');
      if (base !== key) pluralBases.add(base);
      if (!baseKeys.has(base)) baseKeys.set(base, lang);
    }
  }
  for (const [lang, set] of Object.entries(keys)) {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [base, seenIn] of baseKeys) {
      if (pluralBases.has(base)) {
        for (const category of categories) {
          // "zero"/"two"/"few" forms only where the language has them; "one" and "other" everywhere.
          if (!set.has(`${base}_${category}`))
            problems.push(
              `${lang}.json: missing plural form "${base}_${category}" (${lang} uses ${categories.join(', ')})`,
            );
        }
        if (set.has(base)) problems.push(`${lang}.json: "${base}" is plural elsewhere; use its _one/_other forms`);
      } else if (!set.has(base)) {
        problems.push(`${lang}.json: missing "${base}" (present in ${seenIn}.json)`);
      }
    }
  }
  return problems;
}
