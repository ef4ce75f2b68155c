import Graph from 'graphology';
import type { EntityNetwork, EntityType, NetworkEdge, NetworkNode } from '../../../preload/api';

/** What the canvas draws for a node; sigma reads x, y, size, color and label. */
export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  type?: never;
  entityType: EntityType;
  articles: number;
}

export interface EdgeAttributes {
  /** sigma's edge program: `rectangle` (a band as wide as `size`) or `line` (one pixel, much cheaper). */
  type: 'rectangle' | 'line';
  size: number;
  color: string;
  articles: number;
}

export type NetworkGraph = Graph<NodeAttributes, EdgeAttributes>;

export type TypeColors = Record<EntityType, string>;

/** The key of a link, the same whichever end is named first. */
export function edgeKey(edge: Pick<NetworkEdge, 'source' | 'target'>): string {
  const [a, b] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
  return `${a}-${b}`;
}

/**
 * Links beyond the strongest WIDE_LINKS are drawn as one-pixel lines. A band costs its whole area in
 * software WebGL (SwiftShader): 5,000 bands took about 350 ms of GPU time per frame, and the first
 * frame waited for the last frame of the previous graph. The strongest links keep their width (and
 * stay easy to click); the weak ones were half a pixel to a pixel wide anyway.
 */
export const WIDE_LINKS = 1000;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Builds the graph the canvas and the layout share. Nodes start on a sunflower spiral, the most
 * mentioned in the middle, so the first frame is already readable before the force layout (in a
 * worker) moves them. Sizes and link widths grow with the square root of the article counts, so
 * one dominant entity does not dwarf the rest.
 */
export function buildNetworkGraph(network: EntityNetwork, colors: TypeColors, edgeColor: string): NetworkGraph {
  const graph: NetworkGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const maxArticles = Math.max(1, ...network.nodes.map((n) => n.articles));
  const maxWeight = Math.max(1, ...network.edges.map((e) => e.articles));
  network.nodes.forEach((node: NetworkNode, i) => {
    const r = Math.sqrt(i + 1) * 10;
    graph.addNode(String(node.id), {
      x: r * Math.cos(i * GOLDEN_ANGLE),
      y: r * Math.sin(i * GOLDEN_ANGLE),
      size: 4 + 14 * Math.sqrt(node.articles / maxArticles),
      color: colors[node.type],
      label: node.name,
      entityType: node.type,
      articles: node.articles,
    });
  });
  // The contract sorts links strongest first; the sort here only makes that a property of the graph.
  const edges = [...network.edges].sort((a, b) => b.articles - a.articles);
  for (const edge of edges) {
    const [s, t] = [String(edge.source), String(edge.target)];
    if (!graph.hasNode(s) || !graph.hasNode(t)) continue;
    graph.addUndirectedEdgeWithKey(edgeKey(edge), s, t, {
      type: graph.size < WIDE_LINKS ? 'rectangle' : 'line',
      size: 0.5 + 5 * Math.sqrt(edge.articles / maxWeight),
      color: edgeColor,
      articles: edge.articles,
    });
  }
  return graph;
}
