import type { SearchFacets } from '../../../preload/api';

export type FacetKind = keyof SearchFacets;

const FIELD: Record<FacetKind, string> = {
  tags: 'tag',
  entities: 'entity',
  sites: 'site',
  languages: 'lang',
  years: 'date',
};
const BARE = /^[\p{L}\p{N}_.-]+$/u;

/** The query clause for one facet value: `tag:"x"`, `site:"x"`, `entity:"x"`, `lang:x`, `date:2024`. */
export function facetClause(kind: FacetKind, value: string): string {
  const field = FIELD[kind];
  if ((kind === 'languages' || kind === 'years') && BARE.test(value)) return `${field}:${value}`;
  return `${field}:"${value.replace(/"/g, '')}"`;
}

/** Adds a facet filter to the query unless it is already there. */
export function addFacetToQuery(query: string, kind: FacetKind, value: string): string {
  return addClauseToQuery(query, facetClause(kind, value));
}

/** Adds a filter clause (`from:"a@b.org"`) to the query unless it is already there. */
export function addClauseToQuery(query: string, clause: string): string {
  const trimmed = query.trim();
  if (trimmed.split(/\s+/).includes(clause) || trimmed.includes(clause)) return trimmed;
  return trimmed ? `${trimmed} ${clause}` : clause;
}

/** One filter clause written in the query, e.g. `tag:"chips"` or `-lang:fr`. */
export interface ActiveFilter {
  /** The clause exactly as written, to remove it again. */
  clause: string;
  field: string;
  value: string;
  negated: boolean;
}

const CLAUSE = /(^|\s)(-?)(tag|entity|lang|format|date|site|from|to|thread):("[^"]*"?|[^\s()]+)/giu;

/** The filter clauses of a query (the fields the query language filters on), in order. */
export function listActiveFilters(query: string): ActiveFilter[] {
  return [...query.matchAll(CLAUSE)].map((m) => ({
    clause: `${m[2]}${m[3]}:${m[4]}`,
    field: (m[3] ?? '').toLowerCase(),
    value: (m[4] ?? '').replace(/^"|"$/g, ''),
    negated: m[2] === '-',
  }));
}

/** The query without the given clauses, whitespace tidied. */
export function removeFilters(query: string, clauses: readonly string[]): string {
  let next = query;
  for (const clause of clauses) next = next.replace(clause, ' ');
  return next.replace(/\s+/g, ' ').trim();
}
