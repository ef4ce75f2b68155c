import type { ArticleId, EntityId, WatchlistSummary } from '../../../preload/api';
import {
  countWatchlistMatches,
  listArticlesForWatch,
  listEntityIdsOfArticle,
  listWatchlistRows,
  type WatchlistRow,
} from '../../../db/entities-watchlists';
import type { Db } from '../../../db/open';
import { addTagToArticle } from '../../../db/tags';
import { foldForMatching } from './text-fold';
import { WatchQuery } from './watch-query';

/** True when the article mentions one of the list's entities or matches one of its queries. */
export function matchesWatchlist(row: WatchlistRow, mentioned: ReadonlySet<EntityId>, foldedText: string): boolean {
  if (row.entityIds.some((id) => mentioned.has(id))) return true;
  return row.queries.some((q) => new WatchQuery(q).matches(foldedText));
}

/** Tags one article with every watch list it matches. Runs inside the article's transaction, after its mentions are stored. */
export function applyWatchlistsToArticle(db: Db, id: ArticleId, title: string, text: string): void {
  const rows = listWatchlistRows(db).filter((r) => r.tagId !== null);
  if (rows.length === 0) return;
  const mentioned = listEntityIdsOfArticle(db, id);
  const folded = foldForMatching(`${title}\n${text}`);
  for (const row of rows) if (matchesWatchlist(row, mentioned, folded)) addTagToArticle(db, id, row.tagId!);
}

/** Tags every article of the library that matches one list (when a list is created or changed). */
export function applyWatchlistToLibrary(db: Db, row: WatchlistRow): void {
  if (row.tagId === null) return;
  for (let after = 0; ;) {
    const batch = listArticlesForWatch(db, after, 500);
    if (batch.length === 0) return;
    for (const a of batch) {
      if (matchesWatchlist(row, listEntityIdsOfArticle(db, a.id), foldForMatching(`${a.title}\n${a.text}`)))
        addTagToArticle(db, a.id, row.tagId);
    }
    after = batch[batch.length - 1]!.id;
  }
}

/** The list as the contract shows it, with its counts. */
export function summarizeWatchlist(
  db: Db,
  row: WatchlistRow,
  entityNames: ReadonlyMap<EntityId, string>,
): WatchlistSummary {
  const { matches, fresh } = countWatchlistMatches(db, row.tagId, row.lastSeenAt);
  return {
    id: row.id,
    name: row.name,
    tag: row.tag,
    entities: row.entityIds.filter((id) => entityNames.has(id)).map((id) => ({ id, name: entityNames.get(id)! })),
    queries: row.queries,
    matches,
    newSinceLastSeen: fresh,
  };
}
