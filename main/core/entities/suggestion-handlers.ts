import type { DossierApi, EntityId } from '../../../preload/api';
import {
  deleteOrphanSuggestions,
  findEntityByNameAndType,
  insertAliases,
  listSuggestionRows,
  updateEntityRow,
} from '../../../db/entities';
import { deleteMentionsOfEntity } from '../../../db/entities-mentions';
import { DossierError } from '../../../preload/contract/errors';
import type { CoreContext } from '../kernel/context';
import { optionalInt, requireId } from '../kernel/validate';
import { requireEntityType } from './entity-input';
import type { EntityEngine } from './entity-engine';
import { requireDetail } from './registry-handlers';
import { isShortAcronym } from './registry/types';
import { writeTransaction } from '../../../db/write-transaction';

type SuggestionHandlers = Pick<DossierApi, 'listSuggestions' | 'confirmSuggestion' | 'ignoreSuggestion'>;

/**
 * The finder's suggestions. Confirming makes the name a registry entity (and an alias, so every
 * article is re-scanned for it); ignoring hides it library-wide and for good. Merging a
 * suggestion into an existing entity is `mergeEntities`.
 */
export function createSuggestionHandlers(ctx: CoreContext, engine: EntityEngine): SuggestionHandlers {
  const { db } = ctx;

  const requireSuggestion = (value: unknown) => {
    const id = requireId<EntityId>(value, 'id');
    const detail = requireDetail(db, id);
    if (detail.status !== 'suggested')
      throw new DossierError('INVALID_INPUT', `"${detail.name}" is not a suggestion (it is ${detail.status}).`);
    return detail;
  };

  const finish = (): void => {
    engine.requestRescan();
    ctx.events.emit('library:changed', { reason: 'entities-changed' });
  };

  return {
    async listSuggestions(args) {
      const limit = optionalInt(args?.limit, 'limit', { min: 1, max: 10_000 }) ?? 200;
      if (deleteOrphanSuggestions(db) > 0) engine.invalidate();
      return listSuggestionRows(db, limit);
    },

    async confirmSuggestion(args) {
      const suggestion = requireSuggestion(args?.id);
      const type = requireEntityType(args?.type);
      const detail = writeTransaction(db, () => {
        const clash = findEntityByNameAndType(db, suggestion.name, type);
        if (clash !== undefined && clash !== suggestion.id) {
          throw new DossierError(
            'DUPLICATE',
            `There is already a ${type} called "${suggestion.name}". Merge the suggestion into it instead.`,
          );
        }
        updateEntityRow(db, suggestion.id, {
          name: suggestion.name,
          type,
          description: suggestion.description,
          status: 'confirmed',
        });
        insertAliases(db, suggestion.id, [
          { alias: suggestion.name, language: null, caseSensitive: isShortAcronym(suggestion.name) },
        ]);
        engine.markRegistryChanged();
        return requireDetail(db, suggestion.id);
      });
      finish();
      return detail;
    },

    async ignoreSuggestion(args) {
      const suggestion = requireSuggestion(args?.id);
      writeTransaction(db, () => {
        updateEntityRow(db, suggestion.id, {
          name: suggestion.name,
          type: suggestion.type,
          description: suggestion.description,
          status: 'ignored',
        });
        deleteMentionsOfEntity(db, suggestion.id);
      });
      // Nothing else matches differently, so no re-scan: the finder just must not propose it again.
      engine.invalidate();
      ctx.events.emit('library:changed', { reason: 'entities-changed' });
    },
  };
}
