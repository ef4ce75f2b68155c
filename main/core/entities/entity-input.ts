import { ENTITY_TYPES, type EntityAlias, type EntityType } from '../../../preload/api';
import { DossierError } from '../../../preload/contract/errors';
import { isShortAcronym } from './registry/types';

/** Checks an entity type that arrived from outside. */
export function requireEntityType(value: unknown, name = 'type'): EntityType {
  if (typeof value !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(value)) {
    throw new DossierError('INVALID_INPUT', `"${name}" must be one of: ${ENTITY_TYPES.join(', ')}.`);
  }
  return value as EntityType;
}

/** A trimmed, non-empty name of at most 200 characters. */
export function requireName(value: unknown, name = 'name'): string {
  if (typeof value !== 'string' || value.trim().length === 0)
    throw new DossierError('INVALID_INPUT', `"${name}" must be a non-empty text.`);
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (trimmed.length > 200) throw new DossierError('INVALID_INPUT', `"${name}" is too long (at most 200 characters).`);
  return trimmed;
}

export function optionalDescription(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > 2000)
    throw new DossierError('INVALID_INPUT', '"description" must be text of at most 2,000 characters.');
  return value.trim();
}

/** Checks an alias list; aliases without a case rule get the default (exact case for short acronyms). */
export function optionalAliases(value: unknown): EntityAlias[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length > 500)
    throw new DossierError('INVALID_INPUT', '"aliases" must be a list of at most 500 aliases.');
  const seen = new Set<string>();
  const out: EntityAlias[] = [];
  for (const item of value as unknown[]) {
    const raw = typeof item === 'string' ? { alias: item } : item;
    if (typeof raw !== 'object' || raw === null)
      throw new DossierError('INVALID_INPUT', 'Each alias must be text or { alias, language, caseSensitive }.');
    const { alias, language, caseSensitive } = raw as Record<string, unknown>;
    const text = requireName(alias, 'alias');
    if (
      language !== undefined &&
      language !== null &&
      (typeof language !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(language))
    ) {
      throw new DossierError(
        'INVALID_INPUT',
        `The language of alias "${text}" must be a language tag such as "en", "fr" or "zh".`,
      );
    }
    if (caseSensitive !== undefined && typeof caseSensitive !== 'boolean')
      throw new DossierError('INVALID_INPUT', '"caseSensitive" must be true or false.');
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({
      alias: text,
      language: (language as string | null | undefined) ?? null,
      caseSensitive: (caseSensitive as boolean | undefined) ?? isShortAcronym(text),
    });
  }
  return out;
}
