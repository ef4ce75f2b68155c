import { countArticles } from '../../../db/articles';
import { listArticleIdsWithTag } from '../../../db/briefs';
import type { NetworkArticleSet } from '../../../db/entities-network';
import type { ArticleId, NetworkScope, SearchRequest, SearchResult } from '../../../preload/api';
import { DossierError } from '../../../preload/contract/errors';
import type { Db } from '../../../db/open';
import { requireString } from '../kernel/validate';

export type SearchFn = (args: SearchRequest) => Promise<SearchResult>;

const SEARCH_PAGE = 200;
/** A search's network reads its best-ranked articles up to this many (the result says when it cut). */
export const MAX_SEARCH_ARTICLES = 5000;

/** Checks a scope that arrived from outside. */
export function requireScope(value: unknown): NetworkScope {
  const scope = value as { kind?: unknown; tag?: unknown; query?: unknown } | null;
  if (typeof scope !== 'object' || scope === null)
    throw new DossierError('INVALID_INPUT', '"scope" must be { kind: "library" | "tag" | "query" }.');
  if (scope.kind === 'library') return { kind: 'library' };
  if (scope.kind === 'tag') return { kind: 'tag', tag: requireString(scope.tag, 'scope.tag', 500) };
  if (scope.kind === 'query') return { kind: 'query', query: requireString(scope.query, 'scope.query', 2000) };
  throw new DossierError('INVALID_INPUT', '"scope.kind" must be "library", "tag" or "query".');
}

/** The articles a scope covers. A query goes through the app's search, so it means what it means there. */
export async function resolveNetworkScope(
  db: Db,
  scope: NetworkScope,
  search: SearchFn,
): Promise<{ set: NetworkArticleSet; articles: number; capped: boolean }> {
  if (scope.kind === 'library') {
    return { set: { all: true }, articles: countArticles(db), capped: false };
  }
  if (scope.kind === 'tag') {
    const ids = listArticleIdsWithTag(db, scope.tag);
    return { set: { all: false, ids }, articles: ids.length, capped: false };
  }
  const ids = new Set<ArticleId>();
  let total = 0;
  for (let offset = 0; offset < MAX_SEARCH_ARTICLES; offset += SEARCH_PAGE) {
    const result = await search({ query: scope.query, limit: SEARCH_PAGE, offset, sort: 'relevance' });
    total = result.total;
    for (const hit of result.hits) ids.add(hit.id);
    if (result.hits.length < SEARCH_PAGE || ids.size >= result.total) break;
  }
  return { set: { all: false, ids: [...ids] }, articles: ids.size, capped: total > ids.size };
}
