import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityId, EntityNetwork } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';

let core: TestCore;

beforeEach(() => {
  core = openTestCore(':memory:');
});
afterEach(() => core.close());

function idOf(network: EntityNetwork, name: string): EntityId {
  const node = network.nodes.find((n) => n.name === name);
  if (!node) throw new Error(`${name} is not in the network: ${network.nodes.map((n) => n.name).join(', ')}`);
  return node.id;
}

function weightBetween(network: EntityNetwork, a: string, b: string): number | undefined {
  const [x, y] = [idOf(network, a), idOf(network, b)];
  return network.edges.find((e) => (e.source === x && e.target === y) || (e.source === y && e.target === x))?.articles;
}

function addStories(): void {
  addTestArticle(core, { text: 'NVIDIA and Huawei compete for AI chips in China.', tags: ['chips'] });
  addTestArticle(core, { text: 'Huawei said its Ascend chips rival NVIDIA hardware.', tags: ['chips'] });
  addTestArticle(core, { text: 'TSMC makes chips for NVIDIA. NVIDIA again.', publishedAt: '2024-03-01' });
  addTestArticle(core, { text: 'Reuters reported that Huawei opened a lab.' });
}

describe('entity network', () => {
  it('links entities mentioned in the same articles, weighted by the articles they share', async () => {
    addStories();
    const network = await core.api.getEntityNetwork({ scope: { kind: 'library' } });
    expect(weightBetween(network, 'NVIDIA', 'Huawei')).toBe(2);
    // Two mentions in one article still count that article once.
    expect(weightBetween(network, 'NVIDIA', 'TSMC')).toBe(1);
    expect(network.nodes.find((n) => n.name === 'NVIDIA')?.articles).toBe(3);
    expect(network.scopeArticles).toBe(4);
    // Every link goes from the smaller id to the larger, between nodes the answer holds.
    const ids = new Set(network.nodes.map((n) => n.id));
    for (const e of network.edges) {
      expect(e.source).toBeLessThan(e.target);
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
  });

  it('filters by minimum weight and drops entities left without a link', async () => {
    addStories();
    const network = await core.api.getEntityNetwork({ scope: { kind: 'library' }, minWeight: 2 });
    expect(network.nodes.map((n) => n.name).sort()).toEqual(['Huawei', 'NVIDIA']);
    expect(network.edges).toHaveLength(1);
  });

  it('filters by entity type', async () => {
    addStories();
    const all = await core.api.getEntityNetwork({ scope: { kind: 'library' } });
    expect(all.nodes.some((n) => n.type === 'place')).toBe(true);
    const orgs = await core.api.getEntityNetwork({ scope: { kind: 'library' }, types: ['organisation'] });
    expect(orgs.nodes.length).toBeGreaterThan(0);
    expect(orgs.nodes.every((n) => n.type === 'organisation')).toBe(true);
  });

  it('draws a tag or a search from its own articles only', async () => {
    addStories();
    const tag = await core.api.getEntityNetwork({ scope: { kind: 'tag', tag: 'chips' } });
    expect(tag.scopeArticles).toBe(2);
    expect(tag.nodes.map((n) => n.name)).not.toContain('TSMC');
    expect(weightBetween(tag, 'NVIDIA', 'Huawei')).toBe(2);
    const query = await core.api.getEntityNetwork({ scope: { kind: 'query', query: 'TSMC' } });
    expect(query.scopeArticles).toBe(1);
    expect(query.nodes.map((n) => n.name).sort()).toEqual(['NVIDIA', 'TSMC']);
    const none = await core.api.getEntityNetwork({ scope: { kind: 'tag', tag: 'no such tag' } });
    expect(none).toMatchObject({ nodes: [], edges: [], scopeArticles: 0 });
  });

  it('keeps the entities in the most articles when the library has more than asked for', async () => {
    addStories();
    const network = await core.api.getEntityNetwork({ scope: { kind: 'library' }, maxNodes: 2 });
    expect(network.nodesCapped).toBe(true);
    expect(network.entitiesInScope).toBeGreaterThan(2);
    expect(network.nodes.map((n) => n.name).sort()).toEqual(['Huawei', 'NVIDIA']);
  });

  it('lists the articles behind a link, newest first, within the scope', async () => {
    addStories();
    const network = await core.api.getEntityNetwork({ scope: { kind: 'library' } });
    const [source, target] = [idOf(network, 'NVIDIA'), idOf(network, 'Huawei')];
    const linked = await core.api.listEdgeArticles({ scope: { kind: 'library' }, source, target });
    expect(linked.total).toBe(2);
    expect(linked.articles.map((a) => a.title).sort()).toEqual([
      'Huawei said its Ascend chips rival NVIDIA hardware.',
      'NVIDIA and Huawei compete for AI chips in China.',
    ]);
    const elsewhere = await core.api.listEdgeArticles({ scope: { kind: 'query', query: 'TSMC' }, source, target });
    expect(elsewhere).toEqual({ total: 0, articles: [] });
  });

  it('refuses a malformed request with a clear error', async () => {
    await expect(core.api.getEntityNetwork({ scope: { kind: 'everything' } as never })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(
      core.api.getEntityNetwork({ scope: { kind: 'library' }, types: ['planet'] as never }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.api.getEntityNetwork({ scope: { kind: 'library' }, maxNodes: 5000 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
