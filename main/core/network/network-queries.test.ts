import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listNetworkEdges, listNetworkNodes, type NetworkArticleSet } from '../../../db/entities-network';
import type { Db } from '../../../db/open';
import type { EntityId, EntityType, NetworkEdge, NetworkNode, NetworkScope } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';
import { resolveNetworkScope } from './network-scope';

/*
 * The network's queries count pairs outside SQL, by scope kind, for speed at 50,000 articles. These
 * tests hold them to the straightforward SQL they replaced (kept below as the reference) on a
 * generated library, across scopes, type filters, weights and cuts.
 */

function referenceNodes(
  db: Db,
  set: NetworkArticleSet,
  types: readonly EntityType[],
  limit: number,
): { nodes: NetworkNode[]; total: number } {
  const rows = db
    .prepare(
      `SELECT e.id, e.name, e.type, count(*) AS articles, count(*) OVER () AS total
       FROM (SELECT DISTINCT entity_id, article_id FROM mentions
             WHERE @all = 1 OR article_id IN (SELECT value FROM json_each(@ids))) m
       JOIN entities e ON e.id = m.entity_id AND e.status = 'confirmed'
       WHERE @anyType = 1 OR e.type IN (SELECT value FROM json_each(@types))
       GROUP BY e.id ORDER BY articles DESC, e.id LIMIT @limit`,
    )
    .all({
      all: set.all ? 1 : 0,
      ids: set.all ? '[]' : JSON.stringify(set.ids),
      anyType: types.length === 0 ? 1 : 0,
      types: JSON.stringify(types),
      limit,
    }) as { id: EntityId; name: string; type: EntityType; articles: number; total: number }[];
  return { nodes: rows.map(({ total: _total, ...node }) => node), total: rows[0]?.total ?? 0 };
}

function referenceEdges(
  db: Db,
  set: NetworkArticleSet,
  entityIds: readonly EntityId[],
  minWeight: number,
  limit: number,
): NetworkEdge[] {
  if (entityIds.length < 2) return [];
  return db
    .prepare(
      `WITH pairs AS MATERIALIZED (
         SELECT DISTINCT entity_id, article_id FROM mentions
         WHERE entity_id IN (SELECT value FROM json_each(@entityIds))
           AND (@all = 1 OR article_id IN (SELECT value FROM json_each(@ids)))
       )
       SELECT a.entity_id AS source, b.entity_id AS target, count(*) AS articles
       FROM pairs a JOIN pairs b ON b.article_id = a.article_id AND b.entity_id > a.entity_id
       GROUP BY a.entity_id, b.entity_id HAVING articles >= @minWeight
       ORDER BY articles DESC, source, target LIMIT @limit`,
    )
    .all({
      all: set.all ? 1 : 0,
      ids: set.all ? '[]' : JSON.stringify(set.ids),
      entityIds: JSON.stringify(entityIds),
      minWeight,
      limit,
    }) as NetworkEdge[];
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

let core: TestCore;
const TAGS = ['energy', 'courts', 'nothing-here'];

beforeAll(async () => {
  core = openTestCore(':memory:');
  const random = seeded(5);
  const entities = (await core.api.listEntities({})).filter((e) => e.name.length > 3);
  // A few hubs and a long tail, names repeated within an article, some articles naming nobody.
  const pick = () => entities[Math.floor(entities.length * random() ** 2)]!.name;
  for (let i = 0; i < 240; i++) {
    const names = Array.from({ length: Math.floor(random() * 7) }, pick);
    if (random() < 0.2 && names.length > 0) names.push(names[0]!);
    addTestArticle(core, {
      text: `Report ${i}${i % 3 === 0 ? ' about grain' : ''}. ${names.map((n) => `${n} spoke.`).join(' ')}`,
      tags: TAGS.slice(0, 2).filter((_, k) => (i + k) % (k + 3) === 0),
    });
  }
  // Entities the reporter ignored or has not confirmed are never nodes.
  const mentioned = core.db.prepare('SELECT DISTINCT entity_id FROM mentions ORDER BY entity_id').pluck().all();
  const demote = core.db.prepare('UPDATE entities SET status = @status WHERE id = @id');
  demote.run({ status: 'ignored', id: mentioned[1] });
  demote.run({ status: 'suggested', id: mentioned[4] });
});
afterAll(() => core.close());

const SCOPES: NetworkScope[] = [
  { kind: 'library' },
  { kind: 'tag', tag: 'energy' },
  { kind: 'tag', tag: 'courts' },
  { kind: 'tag', tag: 'nothing-here' },
  { kind: 'query', query: 'grain' },
];
const TYPES: EntityType[][] = [[], ['person'], ['organisation', 'place']];

describe('entity network queries', () => {
  it('hold a library with links worth comparing', () => {
    const top = listNetworkNodes(core.db, { all: true }, [], 500);
    expect(top.total).toBeGreaterThan(40);
    const edges = listNetworkEdges(
      core.db,
      { all: true },
      top.nodes.map((n) => n.id),
      1,
      10_000,
    );
    expect(edges.length).toBeGreaterThan(200);
    expect(edges.some((e) => e.articles >= 3)).toBe(true);
  });

  it('give the same nodes and links as the straightforward SQL, for every scope and filter', async () => {
    let compared = 0;
    for (const scope of SCOPES) {
      const { set } = await resolveNetworkScope(core.db, scope, (args) => core.api.search(args));
      for (const types of TYPES) {
        for (const maxNodes of [2, 7, 150, 500]) {
          const nodes = listNetworkNodes(core.db, set, types, maxNodes);
          expect(nodes, `${JSON.stringify({ scope, types, maxNodes })}`).toEqual(
            referenceNodes(core.db, set, types, maxNodes),
          );
          const ids = nodes.nodes.map((n) => n.id);
          for (const minWeight of [1, 2, 3]) {
            for (const limit of [5, 5001]) {
              const where = JSON.stringify({ scope, types, maxNodes, minWeight, limit });
              expect(listNetworkEdges(core.db, set, ids, minWeight, limit), where).toEqual(
                referenceEdges(core.db, set, ids, minWeight, limit),
              );
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBe(SCOPES.length * TYPES.length * 4 * 3 * 2);
  });

  it('count the same links whatever order the entities are asked in', () => {
    const ids = listNetworkNodes(core.db, { all: true }, [], 40).nodes.map((n) => n.id);
    const reversed = [...ids].reverse();
    expect(listNetworkEdges(core.db, { all: true }, reversed, 1, 5001)).toEqual(
      referenceEdges(core.db, { all: true }, ids, 1, 5001),
    );
  });
});
