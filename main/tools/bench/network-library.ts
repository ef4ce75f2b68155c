import { ENTITY_TYPES, type EntitySummary, type EntityType } from '../../../preload/api';
import type { TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';

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

/** One short news-like article naming 3 to 7 entities of the registry in sentences. */
function makeArticle(i: number, entities: readonly EntitySummary[], random: () => number): string {
  const count = 3 + Math.floor(random() * 5);
  const named: string[] = [];
  for (let k = 0; k < count; k++) named.push(pick(entities, random).name);
  const sentences = [`Dispatch ${i}.`];
  for (let k = 0; k + 1 < named.length; k += 2)
    sentences.push(`${named[k]} ${VERBS[(i + k) % VERBS.length]} ${named[k + 1]}.`);
  if (named.length % 2 === 1) sentences.push(`${named[named.length - 1]} said nothing.`);
  sentences.push(FILLER[i % FILLER.length]!);
  return sentences.join(' ');
}

/**
 * Fills the library with `size` synthetic articles through the real import path (storeArticle:
 * entity matching, search index, families), naming the shipped registry's entities across the
 * whole library. Returns the time it took.
 */
export async function buildNetworkLibrary(core: TestCore, size: number, log: (line: string) => void): Promise<number> {
  // The registry's names, longest first would favour multi-word names; shuffle deterministically instead.
  const random = seeded(17);
  // Registered before any article, so no re-scan has anything to read.
  for (let k = 0; k < EXTRA_ENTITIES; k++) {
    const type = ENTITY_TYPES[k % ENTITY_TYPES.length]!;
    const word = (n: number) => SYLLABLES[n % SYLLABLES.length]! + SYLLABLES[(n * 7 + 3) % SYLLABLES.length]!;
    const name = `${word(k)[0]!.toUpperCase()}${word(k).slice(1)} ${word(Math.floor(k / SYLLABLES.length) + 5)} ${SUFFIX[type]}`;
    await core.api.createEntity({ name, type });
  }
  await core.parts.entityEngine.whenIdle();
  const entities = (await core.api.listEntities({}))
    .filter((e) => e.name.length > 2)
    .map((e) => ({ e, r: random() }))
    .sort((a, b) => a.r - b.r)
    .map(({ e }) => e);
  const start = performance.now();
  for (let i = 0; i < size; i++) {
    addTestArticle(core, {
      text: makeArticle(i, entities, random),
      title: `Dispatch ${i}`,
      publishedAt: `20${String(15 + (i % 10)).padStart(2, '0')}-0${(i % 9) + 1}-1${i % 10}`,
      tags: i % SAMPLE_EVERY === 0 ? [SAMPLE_TAG] : [],
    });
    if ((i + 1) % 5000 === 0) log(`  stored ${i + 1} / ${size} articles`);
  }
  await core.parts.entityEngine.whenIdle();
  return performance.now() - start;
}
