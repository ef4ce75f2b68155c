import type { EntityType } from '../../../preload/api';
import { createEnglishNameTyper } from './english-name-typer';

/**
 * Pre-types a suggestion from its name. Null means "no opinion": the finder's own guess stands.
 * Only the suggestion path uses it; registry mentions keep their registry type.
 */
export interface SuggestionTyper {
  typeName(name: string): EntityType | null;
}

let english: SuggestionTyper | undefined;

/**
 * The typer for an article's language, if one earns its cost there. Only English has one: the
 * `suggestion typing` section of `npm run bench -- entities` measured it (type accuracy of
 * suggestions 45% → 84% for about 1.5 ms per article); French and Chinese keep the heuristic.
 */
export function findSuggestionTyper(language: string | null | undefined): SuggestionTyper | undefined {
  if (language !== 'en' && !language?.startsWith('en-')) return undefined;
  english ??= createEnglishNameTyper();
  return english;
}
