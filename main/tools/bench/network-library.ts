import { ENTITY_TYPES, type EntitySummary, type EntityType } from '../../../preload/api';
import { addBulkArticles, type BulkArticle } from '../../test-support/bulk-articles';
import { openTestCore } from '../../test-support/open-test-core';

/** The tag put on a small sample of the synthetic library: the reference network of the browser run. */
export const SAMPLE_TAG = 'network-sample';
const SAMPLE_EVERY = 1000;

const VERBS = ['met', 'criticised', 'signed a deal with', 'was compared to', 'warned', 'sued', 'praised'];
const FILLER = [
  'Officials declined to comment on the talks, which continued late into the evening.',
  'Shipments rose sharply in the third quarter, according to industry estimates.',
  'Analysts said demand would outstrip supply well into next year.',
  'The announcement came after weeks of speculation in the trade press.',
];

const SYLLABLES = ['val', 'mor', 'tek', 'lin', 'sar', 'dov', 'kel', 'bra', 'nix', 'pol', 'ter', 'qua', 'zen', 'fir'];
const SUFFIX: Record<EntityType, string> = {
  person: 'Okafor',
  organisation: 'Holdings',
  place: 'Bay',
  product: 'X1',
  law: 'Act',
};
/** Entities added to the shipped registry (about 215) so the library has well over 500 to rank. */
const EXTRA_ENTITIES = 400;

/** A deterministic pseudo-random sequence, so every run builds the same library. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Picks an entity with a Zipf-like bias (a few hubs, a long tail), as in a real newsroom's
 * archive where some names are in every other story.
 */
function pick(entities: readonly EntitySummary[], random: () => number): EntitySummary {
  return entities[Math.floor(entities.length * random() ** 2.2)]!;
}

/** One short news-like article naming 3 to 7 entities of the registry in sentences, with where it names them. */
function makeArticle(i: number, entities: readonly EntitySummary[], random: () => number): BulkArticle {
  const count = 3 + Math.floor(random() * 5);
  const named: EntitySummary[] = [];
  for (let k = 0; k < count; k++) named.push(pick(entities, random));
  let text = `Dispatch ${i}.`;
  const mentions: BulkArticle['mentions'][number][] = [];
  const name = (e: EntitySummary): void => {
    text += ' ';
    mentions.push({ entityId: e.id, start: text.length, end: text.length + e.name.length });
    text += e.name;
  };
  for (let k = 0; k + 1 < named.length; k += 2) {
    name(named[k]!);
    text += ` ${VERBS[(i + k) % VERBS.length]}`;
    name(named[k + 1]!);
    text += '.';
  }
  if (named.length % 2 === 1) {
    name(named[named.length - 1]!);
    text += ' said nothing.';
  }
  text += ` ${FILLER[i % FILLER.length]!}`;
  return {
    title: `Dispatch ${i}`,
    text,
    publishedAt: `20${String(15 + (i % 10)).padStart(2, '0')}-0${(i % 9) + 1}-1${i % 10}`,
    tags: i % SAMPLE_EVERY === 0 ? [SAMPLE_TAG] : [],
    mentions,
  };
}

/** Articles written per transaction: big enough that commits cost nothing, small enough to log progress. */
const BULK_BATCH = 2500;

/**
 * Builds a library of `size` synthetic articles at `path`, naming the shipped registry's entities
 * (and 400 more) across the whole library. Articles and their mentions are written in bulk
 * (`addBulkArticles`: the generator knows where it named each entity, so no matching is needed;
 * families are skipped), then the search index catches up, as the app would on the first search,
 * so that never competes with the measures later. Returns the time it took.
 */
export async function buildNetworkLibrary(path: string, size: number, log: (line: string) => void): Promise<number> {
  const start = performance.now();
  const random = seeded(17);
  const core = openTestCore(path);
  try {
    for (let k = 0; k < EXTRA_ENTITIES; k++) {
      const type = ENTITY_TYPES[k % ENTITY_TYPES.length]!;
      const word = (n: number) => SYLLABLES[n % SYLLABLES.length]! + SYLLABLES[(n * 7 + 3) % SYLLABLES.length]!;
      const name = `${word(k)[0]!.toUpperCase()}${word(k).slice(1)} ${word(Math.floor(k / SYLLABLES.length) + 5)} ${SUFFIX[type]}`;
      await core.api.createEntity({ name, type });
    }
    await core.parts.entityEngine.whenIdle();
    // Shuffled deterministically, so the hubs are not all the registry's first (or longest) names.
    const entities = (await core.api.listEntities({}))
      .filter((e) => e.name.length > 2)
      .map((e) => ({ e, r: random() }))
      .sort((a, b) => a.r - b.r)
      .map(({ e }) => e);
    for (let from = 0; from < size; from += BULK_BATCH) {
      const batch: BulkArticle[] = [];
      for (let i = from; i < Math.min(size, from + BULK_BATCH); i++) batch.push(makeArticle(i, entities, random));
      addBulkArticles(core, batch);
      log(`  stored ${from + batch.length} / ${size} articles (${Math.round((performance.now() - start) / 1000)} s)`);
    }
    const indexed = core.parts.searchIndex.catchUp();
    log(`  indexed ${indexed} for search (${Math.round((performance.now() - start) / 1000)} s)`);
  } finally {
    core.close();
  }
  return performance.now() - start;
}
