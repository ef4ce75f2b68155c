import type { ArticleId, DossierApi, EntityAlias, EntityDetail, EntityId } from '../../../preload/api';
import {
  deleteAlias,
  deleteAliases,
  deleteEntityRow,
  findAliasOwners,
  findEntityByNameAndType,
  getEntityDetail,
  insertAliases,
  insertEntity,
  listAliases,
  updateEntityRow,
} from '../../../db/entities';
import { listMentionsOfArticle, moveMentions } from '../../../db/entities-mentions';
import { DossierError } from '../../../preload/contract/errors';
import type { Db } from '../../../db/open';
import type { CoreContext } from '../kernel/context';
import { optionalInt, requireId } from '../kernel/validate';
import { optionalAliases, optionalDescription, requireEntityType, requireName } from './entity-input';
import type { EntityEngine } from './entity-engine';
import { buildEntityPage } from './entity-page';
import { isShortAcronym } from './registry/types';
import { writeTransaction } from '../../../db/write-transaction';

type RegistryHandlers = Pick<
  DossierApi,
  'getEntity' | 'createEntity' | 'updateEntity' | 'mergeEntities' | 'splitAlias' | 'deleteEntity' | 'getArticleMentions'
>;

/** Reading and editing the registry. Every change that alters what matches triggers a library re-scan. */
export function createRegistryHandlers(ctx: CoreContext, engine: EntityEngine): RegistryHandlers {
  const { db } = ctx;

  /** Runs a registry change in one transaction, then re-scans the library in the background. */
  const change = <T>(work: () => T, rescan = true): T => {
    const result = writeTransaction(db, () => {
      const value = work();
      if (rescan) engine.markRegistryChanged();
      return value;
    });
    if (rescan) engine.requestRescan();
    ctx.events.emit('library:changed', { reason: 'entities-changed' });
    return result;
  };

  return {
    async getEntity(args) {
      const id = requireId<EntityId>(args?.id, 'id');
      const limit = optionalInt(args?.limit, 'limit', { min: 1, max: 5000 }) ?? 200;
      return buildEntityPage(db, id, limit);
    },

    async createEntity(args) {
      const name = requireName(args?.name);
      const type = requireEntityType(args?.type);
      const description = optionalDescription(args?.description) ?? '';
      const aliases = withName(name, optionalAliases(args?.aliases) ?? []);
      return change(() => {
        const clash = findEntityByNameAndType(db, name, type);
        if (clash !== undefined) {
          // A suggestion or an ignored name gives way to the entity the reporter creates deliberately.
          if (requireDetail(db, clash).status === 'confirmed')
            throw new DossierError('DUPLICATE', `There is already a ${type} called "${name}".`);
          deleteEntityRow(db, clash);
        }
        checkAliasesFree(db, aliases, null);
        const id = insertEntity(db, { name, type, description, status: 'confirmed' }, ctx.now());
        insertAliases(db, id, aliases);
        return requireDetail(db, id);
      });
    },

    async updateEntity(args) {
      const id = requireId<EntityId>(args?.id, 'id');
      const current = requireDetail(db, id);
      const name = args.name === undefined ? current.name : requireName(args.name);
      const type = args.type === undefined ? current.type : requireEntityType(args.type);
      const description = optionalDescription(args.description) ?? current.description;
      const given = optionalAliases(args.aliases);
      const renamed = name !== current.name;
      const aliasesChange = given !== undefined || renamed;
      return change(
        () => {
          const clash = findEntityByNameAndType(db, name, type);
          if (clash !== undefined && clash !== id)
            throw new DossierError('DUPLICATE', `There is already a ${type} called "${name}". Merge the two instead.`);
          updateEntityRow(db, id, { name, type, description, status: current.status });
          if (given !== undefined) {
            checkAliasesFree(db, given, id);
            deleteAliases(db, id);
            insertAliases(db, id, given);
          }
          // A new name must find the entity in articles too; the old name stays an alias unless removed.
          if (renamed && !listAliases(db, id).some((a) => a.alias === name)) insertAliases(db, id, withName(name, []));
          return requireDetail(db, id);
        },
        aliasesChange && current.status === 'confirmed',
      );
    },

    async mergeEntities(args) {
      const sourceId = requireId<EntityId>(args?.sourceId, 'sourceId');
      const targetId = requireId<EntityId>(args?.targetId, 'targetId');
      if (sourceId === targetId) throw new DossierError('INVALID_INPUT', 'An entity cannot be merged into itself.');
      const source = requireDetail(db, sourceId);
      const target = requireDetail(db, targetId);
      return change(() => {
        const targetAliases = new Set(target.aliases.map((a) => a.alias));
        const moved: EntityAlias[] = source.aliases.filter((a) => !targetAliases.has(a.alias));
        if (!targetAliases.has(source.name) && !moved.some((a) => a.alias === source.name))
          moved.push(...withName(source.name, []));
        moveMentions(db, sourceId, targetId);
        deleteEntityRow(db, sourceId);
        insertAliases(db, targetId, moved);
        if (!target.description && source.description) {
          updateEntityRow(db, targetId, {
            name: target.name,
            type: target.type,
            description: source.description,
            status: target.status,
          });
        }
        return requireDetail(db, targetId);
      });
    },

    async splitAlias(args) {
      const id = requireId<EntityId>(args?.id, 'id');
      const alias = requireName(args?.alias, 'alias');
      const current = requireDetail(db, id);
      const type = args.type === undefined ? current.type : requireEntityType(args.type);
      const original = current.aliases.find((a) => a.alias === alias);
      if (!original) throw new DossierError('NOT_FOUND', `"${current.name}" has no alias "${alias}".`);
      if (alias === current.name)
        throw new DossierError('INVALID_INPUT', `"${alias}" is the entity's name; rename it before splitting it off.`);
      return change(() => {
        if (findEntityByNameAndType(db, alias, type) !== undefined)
          throw new DossierError('DUPLICATE', `There is already a ${type} called "${alias}".`);
        deleteAlias(db, id, alias);
        const newId = insertEntity(db, { name: alias, type, description: '', status: 'confirmed' }, ctx.now());
        insertAliases(db, newId, [original]);
        return requireDetail(db, newId);
      });
    },

    async deleteEntity(args) {
      const id = requireId<EntityId>(args?.id, 'id');
      change(() => {
        if (!deleteEntityRow(db, id)) throw new DossierError('NOT_FOUND', `There is no entity ${id} in this library.`);
      });
    },

    async getArticleMentions(args) {
      const id = requireId<ArticleId>(args?.id, 'id');
      return listMentionsOfArticle(db, id);
    },
  };
}

export function requireDetail(db: Db, id: EntityId): EntityDetail {
  const detail = getEntityDetail(db, id);
  if (!detail) throw new DossierError('NOT_FOUND', `There is no entity ${id} in this library.`);
  return detail;
}

/** The alias list with the entity's own name in it. */
function withName(name: string, aliases: EntityAlias[]): EntityAlias[] {
  if (aliases.some((a) => a.alias === name)) return aliases;
  return [{ alias: name, language: null, caseSensitive: isShortAcronym(name) }, ...aliases];
}

/** One alias, one entity: an alias another entity already uses would make matches ambiguous. */
function checkAliasesFree(db: Db, aliases: readonly EntityAlias[], ownerId: EntityId | null): void {
  for (const a of aliases) {
    const owners = findAliasOwners(db, a.alias, ownerId);
    if (owners.length > 0) {
      throw new DossierError(
        'DUPLICATE',
        `"${a.alias}" is already an alias of "${owners[0]!.name}". Merge the two entities, or remove the alias there first.`,
      );
    }
  }
}
