// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { EntityId, EntityNetwork } from '../../../preload/api';
import { buildNetworkGraph } from './build-graph';
import { networkToSvg } from './network-export';

const network: EntityNetwork = {
  nodes: [
    { id: 1 as EntityId, name: 'NVIDIA', type: 'organisation', articles: 9 },
    { id: 2 as EntityId, name: '<script>alert(1)</script> & Co', type: 'organisation', articles: 8 },
    { id: 3 as EntityId, name: 'Taiwan', type: 'place', articles: 1 },
  ],
  edges: [
    { source: 1 as EntityId, target: 2 as EntityId, articles: 4 },
    { source: 1 as EntityId, target: 3 as EntityId, articles: 1 },
  ],
  scopeArticles: 10,
  entitiesInScope: 3,
  nodesCapped: false,
  edgesCapped: false,
  scopeCapped: false,
};
const colors = { person: '#111111', organisation: '#222222', place: '#333333', product: '#444444', law: '#555555' };

describe('network picture export', () => {
  it('draws every node and link, with names as text that cannot become markup', () => {
    const graph = buildNetworkGraph(network, colors, '#888888');
    const svg = networkToSvg(graph, { background: '#fff', label: '#000', edge: '#888', title: 'Network: "tag" <x>' });
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg).toContain('NVIDIA');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; Co');
    // A parser reads it back as one SVG document.
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.nodeName).toBe('svg');
  });

  it('sizes nodes by their articles: the most mentioned is the largest', () => {
    const graph = buildNetworkGraph(network, colors, '#888888');
    expect(graph.getNodeAttribute('1', 'size')).toBeGreaterThan(graph.getNodeAttribute('3', 'size'));
    expect(graph.getEdgeAttribute('1-2', 'size')).toBeGreaterThan(graph.getEdgeAttribute('1-3', 'size'));
  });
});
