import { describe, expect, it } from 'vitest';
import type { EntityId, EntityNetwork, NetworkEdge } from '../../../preload/api';
import { buildNetworkGraph, edgeKey, WIDE_LINKS } from './build-graph';

const colors = { person: '#111111', organisation: '#222222', place: '#333333', product: '#444444', law: '#555555' };

/** 60 nodes, every pair linked (1,770 links), weights all different and given weakest first. */
function denseNetwork(): EntityNetwork {
  const nodes = Array.from({ length: 60 }, (_, i) => ({
    id: (i + 1) as EntityId,
    name: `E${i + 1}`,
    type: 'person' as const,
    articles: 100 - i,
  }));
  const edges: NetworkEdge[] = [];
  for (let a = 1; a <= 60; a++)
    for (let b = a + 1; b <= 60; b++)
      edges.push({ source: a as EntityId, target: b as EntityId, articles: edges.length + 1 });
  return {
    nodes,
    edges,
    scopeArticles: 100,
    entitiesInScope: 60,
    nodesCapped: false,
    edgesCapped: false,
    scopeCapped: false,
  };
}

describe('buildNetworkGraph', () => {
  it('draws the strongest links as bands and the rest as one-pixel lines', () => {
    const network = denseNetwork();
    const graph = buildNetworkGraph(network, colors, '#888888');
    expect(graph.size).toBe(network.edges.length);
    const bands = graph.filterEdges((_e, a) => a.type === 'rectangle');
    expect(bands).toHaveLength(WIDE_LINKS);
    const weakestBand = Math.min(...bands.map((e) => graph.getEdgeAttribute(e, 'articles')));
    graph.forEachEdge((_e, a) => {
      if (a.type === 'line') expect(a.articles).toBeLessThan(weakestBand);
    });
    const strongest = network.edges.at(-1)!;
    expect(graph.getEdgeAttribute(edgeKey(strongest), 'type')).toBe('rectangle');
  });

  it('keeps every link a band in a small network', () => {
    const network = denseNetwork();
    const small = { ...network, edges: network.edges.slice(0, 300) };
    const graph = buildNetworkGraph(small, colors, '#888888');
    expect(graph.everyEdge((_e, a) => a.type === 'rectangle')).toBe(true);
  });
});
