import type { SearchFacets } from '../../../preload/api';

export type FacetKind = keyof SearchFacets;

const FIELD: Record<FacetKind, string> = { tags: 'tag', entities: 'entity', sites: 'site', languages: 'lang', years: 'date' };
const BARE = /^[\p{L}\p{N}_.-]+$/u;

/** The query clause for one facet value: `tag:"x"`, `site:"x"`, `entity:"x"`, `lang:x`, `date:2024`. */
export function facetClause(kind: FacetKind, value: string): string {
  const field = FIELD[kind];
  if ((kind === 'languages' || kind === 'years') && BARE.test(value)) return `${field}:${value}`;
  return `${field}:"${value.replace(/"/g, '')}"`;
}

/** Adds a facet filter to the query unless it is already there. */
export function addFacetToQuery(query: string, kind: FacetKind, value: string): string {
  const clause = facetClause(kind, value);
  const trimmed = query.trim();
  if (trimmed.split(/\s+/).includes(clause) || trimmed.includes(clause)) return trimmed;
  return trimmed ? `${trimmed} ${clause}` : clause;
}
