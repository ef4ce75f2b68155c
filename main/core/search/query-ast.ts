/** Fields a text term or phrase can be restricted to (FTS5 columns). */
export type TextField = 'title' | 'byline';
/** Filters that select articles by metadata rather than by text. */
export type FilterName = 'tag' | 'entity' | 'lang' | 'format' | 'date' | 'site' | 'from' | 'to' | 'thread';

/** The parsed query: a boolean tree of text terms, phrases and filters. */
export type QueryNode =
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'term'; text: string; field?: TextField; prefix?: boolean; fuzzy?: number }
  | { kind: 'phrase'; text: string; field?: TextField }
  | { kind: 'filter'; name: FilterName; value: string };

export interface ParsedQuery {
  /** null when nothing searchable is left (empty input, or only operators). */
  root: QueryNode | null;
  /** Human notes on what was repaired or ignored. */
  warnings: string[];
}

export const TEXT_FIELDS: readonly TextField[] = ['title', 'byline'];
export const FILTER_NAMES: readonly FilterName[] = [
  'tag',
  'entity',
  'lang',
  'format',
  'date',
  'site',
  'from',
  'to',
  'thread',
];
