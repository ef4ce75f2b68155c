import { createRequire } from 'node:module';
import type { EntityType } from '../../../preload/api';
import type { SuggestionTyper } from './suggestion-typer';
import { detachedCopy } from '../kernel/detached-string';

/** A tagged document: sentences of terms, each with the tags the tagger gave it. */
interface CompromiseDoc {
  document: { tags: Set<string> }[][];
}
type Compromise = (text: string) => CompromiseDoc;

let compromise: Compromise | undefined;

// Loaded on the first English suggestion, not at start-up: it costs about 300 ms and 30-45 MB of
// heap, which a library without English articles never pays.
function loadCompromise(): Compromise {
  compromise ??= createRequire(import.meta.url)('compromise') as Compromise;
  return compromise;
}

/**
 * What `people()`, `places()` and `organizations()` would find, read from the terms' tags: those
 * views only match runs of #Person, #Place or #Address, #Organization terms, and building them cost
 * about a third of typing a name. The type test keeps the two ways in step.
 */
export function typeFromTags(doc: CompromiseDoc): EntityType | null {
  let place = false;
  let organisation = false;
  for (const sentence of doc.document) {
    for (const { tags } of sentence) {
      if (tags.has('Person')) return 'person';
      if (tags.has('Place') || tags.has('Address')) place = true;
      if (tags.has('Organization')) organisation = true;
    }
  }
  return place ? 'place' : organisation ? 'organisation' : null;
}

/** Names typed per process; suggestions repeat across articles, and tagging is the costly step. */
const CACHE_LIMIT = 20_000;

/**
 * Types an English name with `compromise` (an offline tagger whose lexicon ships in the npm
 * package: first names, countries, cities, well-known companies). It reads the name alone, not
 * its sentence: the bench found that as accurate and five to ten times cheaper.
 */
export function createEnglishNameTyper(): SuggestionTyper {
  const cache = new Map<string, EntityType | null>();
  return {
    typeName(name) {
      const known = cache.get(name);
      if (known !== undefined) return known;
      const type = typeFromTags(loadCompromise()(name));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      // The cache outlives the article: its own copy of the name, never a slice of the text.
      cache.set(detachedCopy(name), type);
      return type;
    },
  };
}
