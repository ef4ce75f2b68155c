import type { ArticleId } from '../../../preload/api';
import type { EntityMatcher, FoundMention } from './matcher';
import { findCandidates, type Candidate } from './suggestion-finder';
import { findSuggestionTyper } from './suggestion-typer';

/**
 * What matching one article's text finds, before anything touches the database: registry
 * mentions, and capitalised phrases outside them that may become suggestions. Plain data, so a
 * worker thread can compute it and post it back to the thread that owns the connection.
 */
export interface ArticleMatches {
  mentions: FoundMention[];
  candidates: Candidate[];
}

/** One article sent for matching during a library re-scan. */
export interface ArticleToMatch {
  id: ArticleId;
  text: string;
  /** The article's language: English suggestions are pre-typed by a tagger. */
  language: string | null;
}

/** An article's matches, tagged with its id. */
export interface MatchedArticle extends ArticleMatches {
  id: ArticleId;
}

/** Finds registry mentions in `text`, then suggestion candidates in the spans no mention covers. */
export function matchArticleText(matcher: EntityMatcher, text: string, language: string | null = null): ArticleMatches {
  const mentions = matcher.findMentions(text);
  const covered = new Uint8Array(text.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const candidates = findCandidates(text, (s, e) => covered.subarray(s, e).includes(1), findSuggestionTyper(language));
  return { mentions, candidates };
}

/** Matches a batch of articles (what the re-scan worker does with each message). */
export function matchArticles(matcher: EntityMatcher, articles: readonly ArticleToMatch[]): MatchedArticle[] {
  return articles.map((a) => ({ id: a.id, ...matchArticleText(matcher, a.text, a.language) }));
}
