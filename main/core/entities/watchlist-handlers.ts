import type { DossierApi, EntityId, WatchlistId } from '../../../preload/api';
import { getEntityDetail } from '../../../db/entities';
import {
  deleteWatchlistRow,
  findWatchlistByName,
  getWatchlistRow,
  insertWatchlist,
  listWatchlistRows,
  markWatchlistSeenAt,
  updateWatchlist,
  type WatchlistRow,
} from '../../../db/entities-watchlists';
import { DossierError } from '../../../preload/contract/errors';
import type { Db } from '../../../db/open';
import { ensureTag } from '../../../db/tags';
import type { CoreContext } from '../kernel/context';
import { optionalString, requireId } from '../kernel/validate';
import { requireName } from './entity-input';
import { applyWatchlistToLibrary, summarizeWatchlist } from './watchlists';
import { writeTransaction } from '../../../db/write-transaction';

type WatchlistHandlers = Pick<DossierApi, 'listWatchlists' | 'saveWatchlist' | 'deleteWatchlist' | 'markWatchlistSeen'>;

/** Watch lists: named sets of entities and queries that tag matching articles as they arrive. */
export function createWatchlistHandlers(ctx: CoreContext): WatchlistHandlers {
  const { db } = ctx;

  const summarize = (row: WatchlistRow) => summarizeWatchlist(db, row, entityNames(db, row.entityIds));
  const requireRow = (value: unknown): WatchlistRow => {
    const id = requireId<WatchlistId>(value, 'id');
    const row = getWatchlistRow(db, id);
    if (!row) throw new DossierError('NOT_FOUND', `There is no watch list ${id}.`);
    return row;
  };

  return {
    async listWatchlists() {
      return listWatchlistRows(db).map(summarize);
    },

    async saveWatchlist(args) {
      const name = requireName(args?.name);
      const entityIds = requireIdList(args?.entityIds);
      const queries = requireQueries(args?.queries);
      if (entityIds.length === 0 && queries.length === 0)
        throw new DossierError('INVALID_INPUT', 'A watch list needs at least one entity or one query.');
      for (const id of entityIds)
        if (!getEntityDetail(db, id)) throw new DossierError('NOT_FOUND', `There is no entity ${id} in this library.`);
      const tagName = optionalString(args?.tag, 'tag', 200)?.trim() || `watch/${name}`;
      const existingId = args?.id === undefined ? undefined : requireRow(args.id).id;
      const row = writeTransaction(db, (): WatchlistRow => {
        const clash = findWatchlistByName(db, name);
        if (clash !== undefined && clash !== existingId)
          throw new DossierError('DUPLICATE', `There is already a watch list called "${name}".`);
        const tagId = ensureTag(db, tagName, ctx.now());
        const fields = { name, tagId, entityIds, queries };
        let id = existingId;
        if (id === undefined) id = insertWatchlist(db, fields, ctx.now());
        else updateWatchlist(db, id, fields);
        const saved = getWatchlistRow(db, id)!;
        applyWatchlistToLibrary(db, saved);
        return saved;
      });
      ctx.events.emit('library:changed', { reason: 'watchlists-changed' });
      return summarize(row);
    },

    async deleteWatchlist(args) {
      const row = requireRow(args?.id);
      deleteWatchlistRow(db, row.id);
      ctx.events.emit('library:changed', { reason: 'watchlists-changed' });
    },

    async markWatchlistSeen(args) {
      const row = requireRow(args?.id);
      markWatchlistSeenAt(db, row.id, ctx.now());
      return summarize(getWatchlistRow(db, row.id)!);
    },
  };
}

function entityNames(db: Db, ids: readonly EntityId[]): Map<EntityId, string> {
  const names = new Map<EntityId, string>();
  for (const id of ids) {
    const detail = getEntityDetail(db, id);
    if (detail) names.set(id, detail.name);
  }
  return names;
}

function requireIdList(value: unknown): EntityId[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new DossierError('INVALID_INPUT', '"entityIds" must be a list of entity ids.');
  return [...new Set(value.map((v) => requireId<EntityId>(v, 'entityIds')))];
}

function requireQueries(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((q) => typeof q === 'string' && q.length <= 500)) {
    throw new DossierError('INVALID_INPUT', '"queries" must be a list of texts of at most 500 characters.');
  }
  return [...new Set((value as string[]).map((q) => q.trim()).filter((q) => q.length > 0))];
}
