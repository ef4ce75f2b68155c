import type { DossierApi, SavedSearchId, SavedSearchSummary } from '../../../preload/api';
import {
  deleteSavedSearchRow,
  getSavedSearch,
  insertSavedSearch,
  listSavedSearchesWithSeen,
  markSavedSearchSeen,
  type SavedSearchRow,
} from '../../../db/search-saved';
import { DossierError } from '../../../preload/contract/errors';
import type { CoreContext } from '../kernel/context';
import { optionalBoolean, optionalInt, optionalString, requireId, requireString } from '../kernel/validate';
import { countNewMatches, runSearch } from './run-search';
import type { SearchIndex } from './search-index';

type SearchHandlers = Pick<
  DossierApi,
  'search' | 'listSavedSearches' | 'saveSearch' | 'deleteSavedSearch' | 'openSavedSearch'
>;

/** Full-text search and saved searches over the library's search index. */
export function createSearchHandlers(ctx: CoreContext, index: SearchIndex): SearchHandlers {
  const { db } = ctx;
  return {
    async search(args) {
      const query = optionalString(args?.query, 'query', 2000) ?? '';
      const limit = optionalInt(args?.limit, 'limit', { min: 1, max: 500 }) ?? 20;
      const offset = optionalInt(args?.offset, 'offset', { min: 0 }) ?? 0;
      const sort = args?.sort ?? 'relevance';
      if (sort !== 'relevance' && sort !== 'date')
        throw new DossierError('INVALID_INPUT', '"sort" must be "relevance" or "date".');
      const groupFamilies = optionalBoolean(args?.groupFamilies, 'groupFamilies') ?? false;
      return runSearch(index, { query, limit, offset, sort, groupFamilies });
    },
    async listSavedSearches() {
      return listSavedSearchesWithSeen(db).map((row) => summarize(index, row));
    },
    async saveSearch(args) {
      const name = requireString(args?.name, 'name', 200).trim();
      const query = requireString(args?.query, 'query', 2000).trim();
      if (!name) throw new DossierError('INVALID_INPUT', 'Give the saved search a name.');
      if (!query) throw new DossierError('INVALID_INPUT', 'There is no query to save.');
      const id = insertSavedSearch(db, { name, query, now: ctx.now() });
      ctx.events.emit('library:changed', { reason: 'saved-search-added' });
      return summarize(index, getSavedSearch(db, id)!);
    },
    async deleteSavedSearch(args) {
      const id = requireId<SavedSearchId>(args?.id, 'id');
      if (!deleteSavedSearchRow(db, id)) throw new DossierError('NOT_FOUND', `There is no saved search ${id}.`);
      ctx.events.emit('library:changed', { reason: 'saved-search-deleted' });
    },
    async openSavedSearch(args) {
      const id = requireId<SavedSearchId>(args?.id, 'id');
      if (!markSavedSearchSeen(db, id, ctx.now()))
        throw new DossierError('NOT_FOUND', `There is no saved search ${id}.`);
      return summarize(index, getSavedSearch(db, id)!);
    },
  };
}

function summarize(index: SearchIndex, row: SavedSearchRow): SavedSearchSummary {
  return {
    id: row.id,
    name: row.name,
    query: row.query,
    newMatches: countNewMatches(index, row.query, row.seenMaxArticleId),
  };
}
