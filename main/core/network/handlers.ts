import { listArticlesMentioningBoth, listNetworkEdges, listNetworkNodes } from '../../../db/entities-network';
import {
  ENTITY_TYPES,
  NETWORK_MAX_EDGES,
  NETWORK_MAX_NODES,
  type EntityId,
  type EntityNetwork,
  type EntityType,
  type NetworkApi,
} from '../../../preload/api';
import { DossierError } from '../../../preload/contract/errors';
import type { CoreContext } from '../kernel/context';
import { optionalInt, requireId } from '../kernel/validate';
import { requireScope, resolveNetworkScope, type SearchFn } from './network-scope';

const DEFAULT_NODES = 150;

function requireTypes(value: unknown): EntityType[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((t) => (ENTITY_TYPES as readonly unknown[]).includes(t)))
    throw new DossierError('INVALID_INPUT', `"types" must be a list of entity types (${ENTITY_TYPES.join(', ')}).`);
  return [...new Set(value as EntityType[])];
}

/**
 * The entity network: the scope's most-mentioned entities (top N) and the links between them,
 * computed by SQL over the mentions. Entities left without a link by the filters are dropped,
 * since a network shows connections.
 */
export function createNetworkHandlers(ctx: CoreContext, deps: { search: SearchFn }): NetworkApi {
  return {
    async getEntityNetwork(args) {
      const scope = requireScope(args?.scope);
      const types = requireTypes(args.types);
      const minWeight = optionalInt(args.minWeight, 'minWeight', { min: 1, max: 1_000_000 }) ?? 1;
      const maxNodes = optionalInt(args.maxNodes, 'maxNodes', { min: 2, max: NETWORK_MAX_NODES }) ?? DEFAULT_NODES;
      const resolved = await resolveNetworkScope(ctx.db, scope, deps.search);
      const empty = !resolved.set.all && resolved.set.ids.length === 0;
      const top = empty ? { nodes: [], total: 0 } : listNetworkNodes(ctx.db, resolved.set, types, maxNodes);
      const read = listNetworkEdges(
        ctx.db,
        resolved.set,
        top.nodes.map((n) => n.id),
        minWeight,
        NETWORK_MAX_EDGES + 1,
      );
      const edges = read.slice(0, NETWORK_MAX_EDGES);
      const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
      return {
        nodes: top.nodes.filter((n) => linked.has(n.id)),
        edges,
        scopeArticles: resolved.articles,
        entitiesInScope: top.total,
        nodesCapped: top.total > top.nodes.length,
        edgesCapped: read.length > NETWORK_MAX_EDGES,
        scopeCapped: resolved.capped,
      } satisfies EntityNetwork;
    },

    async listEdgeArticles(args) {
      const scope = requireScope(args?.scope);
      const source = requireId<EntityId>(args.source, 'source');
      const target = requireId<EntityId>(args.target, 'target');
      const limit = optionalInt(args.limit, 'limit', { min: 1, max: 1000 }) ?? 200;
      const resolved = await resolveNetworkScope(ctx.db, scope, deps.search);
      return listArticlesMentioningBoth(ctx.db, resolved.set, source, target, limit);
    },
  };
}
