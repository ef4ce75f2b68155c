import { createRequire } from 'node:module';
import type { EntityType } from '../../../preload/api';
import type { SuggestionTyper } from './suggestion-typer';

interface CompromiseView {
  found: boolean;
}
interface CompromiseDoc {
  people(): CompromiseView;
  places(): CompromiseView;
  organizations(): CompromiseView;
}
type Compromise = (text: string) => CompromiseDoc;

let compromise: Compromise | undefined;

// Loaded on the first English suggestion, not at start-up: it costs about 300 ms and 30-45 MB of
// heap, which a library without English articles never pays.
function loadCompromise(): Compromise {
  compromise ??= createRequire(import.meta.url)('compromise') as Compromise;
  return compromise;
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
      const doc = loadCompromise()(name);
      const type: EntityType | null = doc.people().found
        ? 'person'
        : doc.places().found
          ? 'place'
          : doc.organizations().found
            ? 'organisation'
            : null;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(name, type);
      return type;
    },
  };
}
