import { matchArticleText, type ArticleMatches } from './match-article';
import { EntityMatcher, type MatchableAlias } from './matcher';

/**
 * The registry as a parse worker needs it to match an article before it reaches the main thread:
 * every matchable alias of one registry version. Sent to a worker once per version.
 */
export interface EntityRegistrySnapshot {
  version: number;
  aliases: MatchableAlias[];
}

/**
 * An article's matches computed off the main thread, with the registry version they were computed
 * with. The entity engine uses them only if that version is still current when the article is
 * stored; otherwise it matches again, so a registry change during an import is never missed.
 */
export interface PrecomputedEntityMatches {
  registryVersion: number;
  matches: ArticleMatches;
}

/**
 * The matcher a parse worker holds: built once per registry version from the snapshot the pool
 * sent, then used for every article parsed until the next version arrives.
 */
export class PrematchState {
  private current: { version: number; matcher: EntityMatcher } | undefined;

  load(snapshot: EntityRegistrySnapshot): void {
    this.current = undefined;
    this.current = { version: snapshot.version, matcher: new EntityMatcher(snapshot.aliases) };
  }

  clear(): void {
    this.current = undefined;
  }

  /** Matches `text` with registry `version`, or undefined when this worker does not hold that version. */
  match(version: number, text: string, language: string | null): PrecomputedEntityMatches | undefined {
    if (this.current?.version !== version) return undefined;
    return { registryVersion: version, matches: matchArticleText(this.current.matcher, text, language) };
  }
}
