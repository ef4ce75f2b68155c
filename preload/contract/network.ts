/** The entity network: entities as nodes, co-occurrence in the same articles as weighted links. */

import type { EntityType } from './entities';
import type { ArticleId, EntityId } from './ids';
import { listKeys } from './key-list';

/** Which articles the network is drawn from: the whole library, a tag, or a search (the app's query language). */
export type NetworkScope = { kind: 'library' } | { kind: 'tag'; tag: string } | { kind: 'query'; query: string };

/** The most nodes a network may ask for: beyond this a force layout stops being readable (and smooth). */
export const NETWORK_MAX_NODES = 500;
/** The most links returned, strongest first: a dense library would otherwise send hundreds of thousands. */
export const NETWORK_MAX_EDGES = 5000;

export interface NetworkRequest {
  scope: NetworkScope;
  /** Entity types to keep; all when omitted or empty. */
  types?: EntityType[];
  /** Keep links between entities that share at least this many articles (default 1). */
  minWeight?: number;
  /** Keep the entities in the most articles of the scope (default 150, at most NETWORK_MAX_NODES). */
  maxNodes?: number;
}

/** One entity of the network. */
export interface NetworkNode {
  id: EntityId;
  name: string;
  type: EntityType;
  /** Articles of the scope that mention it. */
  articles: number;
}

/** Two entities mentioned together; `source` has the smaller id. */
export interface NetworkEdge {
  source: EntityId;
  target: EntityId;
  /** Articles of the scope that mention both. */
  articles: number;
}

export interface EntityNetwork {
  /** Only entities with at least one link left after the filters, by articles (most first). */
  nodes: NetworkNode[];
  /** Strongest first. */
  edges: NetworkEdge[];
  /** Articles in the scope (for a search: those the network was drawn from, see `scopeCapped`). */
  scopeArticles: number;
  /** Confirmed entities of the kept types mentioned in the scope, before the top-N cut. */
  entitiesInScope: number;
  /** True when the top-N cut left entities out. */
  nodesCapped: boolean;
  /** True when more links passed the filters than NETWORK_MAX_EDGES. */
  edgesCapped: boolean;
  /** True when a search matched more articles than the network reads (the best-ranked are kept). */
  scopeCapped: boolean;
}

/** An article that mentions both ends of a link. */
export interface NetworkEdgeArticle {
  id: ArticleId;
  title: string;
  publishedAt: string | null;
  siteName: string | null;
}

export interface NetworkApi {
  /** The co-occurrence network of the scope's entities. */
  getEntityNetwork(args: NetworkRequest): Promise<EntityNetwork>;
  /** The articles of the scope that mention both entities, newest first (undated last). */
  listEdgeArticles(args: {
    scope: NetworkScope;
    source: EntityId;
    target: EntityId;
    limit?: number;
  }): Promise<{ total: number; articles: NetworkEdgeArticle[] }>;
}

export const NETWORK_METHODS = listKeys<NetworkApi>({
  getEntityNetwork: true,
  listEdgeArticles: true,
});
