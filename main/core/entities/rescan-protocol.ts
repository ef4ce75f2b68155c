import type { ArticleToMatch, MatchedArticle } from './match-article';
import type { MatchableAlias } from './matcher';

/**
 * Messages between the entity engine and the re-scan worker (out/main/entities-worker.js).
 * Messages arrive in the order they were posted, so every `match` after a `load` uses that
 * registry version's automaton.
 */
export type RescanRequest =
  /** Builds the automaton, once per registry version, from every matchable alias. */
  { kind: 'load'; aliases: MatchableAlias[] } | { kind: 'match'; id: number; articles: ArticleToMatch[] };

export type RescanReply =
  { id: number; ok: true; results: MatchedArticle[] } | { id: number; ok: false; message: string };
