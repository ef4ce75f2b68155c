import type { EntityAlias, EntityType } from '../../../../preload/api';

/** One entity of the shipped registry, as written by hand in the files next to this one. */
export interface RegistryEntry {
  name: string;
  type: EntityType;
  description: string;
  aliases: EntityAlias[];
}

/** An alias spec in the data files: a bare string is a language-neutral alias (exact case only for short acronyms). */
export type AliasSpec = string | EntityAlias;

/** An alias in a given language, matched case-insensitively unless it is a short acronym. */
export function inLang(language: string, alias: string): EntityAlias {
  return { alias, language, caseSensitive: isShortAcronym(alias) };
}

export const en = (alias: string): EntityAlias => inLang('en', alias);
export const fr = (alias: string): EntityAlias => inLang('fr', alias);
/** Chinese aliases: case does not apply, and they match without word boundaries. */
export const zh = (alias: string): EntityAlias => inLang('zh', alias);

/**
 * An alias that matches only in exact case: short acronyms ("US", "BIS", "AMD") and names that
 * are also common words ("Hopper", "Ampere", "China" vs "china").
 */
export function exact(alias: string, language: string | null = null): EntityAlias {
  return { alias, language, caseSensitive: true };
}

/** Builds a registry entry; the canonical name is always an alias too (exact case when it is all capitals of ≤ 5 letters). */
export function entity(type: EntityType, name: string, description: string, aliases: AliasSpec[] = []): RegistryEntry {
  const list: EntityAlias[] = aliases.map((a) =>
    typeof a === 'string' ? { alias: a, language: null, caseSensitive: isShortAcronym(a) } : a,
  );
  if (!list.some((a) => a.alias === name)) {
    list.unshift({ alias: name, language: null, caseSensitive: isShortAcronym(name) });
  }
  return { name, type, description, aliases: list };
}

/** "US", "BIS", "SMIC": short all-capital tokens collide with words in other languages or cases. */
export function isShortAcronym(alias: string): boolean {
  return /^[A-Z0-9.&-]{1,5}$/.test(alias) && /[A-Z]/.test(alias);
}
