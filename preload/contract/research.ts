/** The research layer: tags, notes and quotes the reporter adds to articles. */

import type { ArticleId, NoteId, QuoteId, TagId } from './ids';
import { listKeys } from './key-list';
import type { MetadataSource } from './library';

/* ------------------------------------------------------------------ tags */

export interface TagSummary {
  id: TagId;
  name: string;
  color: string | null;
  articles: number;
}

/** A tag that was deleted, with what is needed to put it back (the Undo of a delete). */
export interface DeletedTag {
  name: string;
  color: string | null;
  articleIds: ArticleId[];
}

/** The tags of one article after a tagging change (the JSON shape of `dossier tag`). */
export interface ArticleTags {
  id: ArticleId;
  tags: string[];
}

/* ----------------------------------------------------------------- notes */

export interface NoteSummary {
  id: NoteId;
  articleId: ArticleId | null;
  body: string;
  createdAt: string;
  updatedAt: string;
  /**
   * The day the note records (`YYYY-MM-DD`), when the reporter gave it one: a key date of the story,
   * shown as an event on the timeline. Null for an ordinary note.
   */
  eventDate: string | null;
  /** Title of the note's article, null for a free-standing note. */
  articleTitle: string | null;
}

/* ---------------------------------------------------------------- quotes */

export const QUOTE_STATUSES = ['to_verify', 'verified', 'do_not_use'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
/** 'orphaned' when the exact passage can no longer be found in the article's text. */
export type AnchorStatus = 'ok' | 'orphaned';

/** Where a quote comes from, frozen when the quote is taken. */
export interface Citation {
  outlet: string | null;
  author: string | null;
  headline: string;
  publishedAt: string | null;
  /** Where the date came from ("pdf-metadata": the file's date, cited as "document date"). Absent in older quotes. */
  publishedAtSource?: MetadataSource | null;
  url: string | null;
  importedAt: string;
  sha256: string;
  fileName: string;
  /** For a passage of an OCR'd page: its page number, cited as "OCR text, page n". */
  ocrPage?: number;
}

/** An exact passage of an article with its anchor (W3C text-quote selector spirit) and citation. */
export interface Quote {
  id: QuoteId;
  articleId: ArticleId;
  exact: string;
  /** Up to 32 characters of the article text just before the passage. */
  prefix: string;
  /** Up to 32 characters just after it. */
  suffix: string;
  /** Offsets in the article's plain `text` (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  status: QuoteStatus;
  anchorStatus: AnchorStatus;
  citation: Citation;
  /** Ready-made citations: plain text, and a Markdown quote with its footnote. */
  formatted: { plain: string; markdown: string };
  createdAt: string;
  updatedAt: string;
}

/** What createQuote answers: the quote, and whether this call stored it or found it already there. */
export interface CreatedQuote extends Quote {
  /** True when the article already had a quote of this very passage (same place, same text): nothing was added. */
  alreadyQuoted: boolean;
}

export interface ListQuotesQuery {
  articleId?: ArticleId;
  /** Quotes from articles carrying this tag. */
  tag?: string;
  /** Quotes whose passage mentions this entity (by name). */
  entity?: string;
  status?: QuoteStatus;
}

/* ------------------------------------------------------------------- API */

export interface ResearchApi {
  listTags(): Promise<TagSummary[]>;
  /** Tags: names are trimmed, nested with "/" (e.g. "story/bytedance"), compared case-insensitively. */
  createTag(args: { name: string; color?: string | null }): Promise<TagSummary>;
  /** Renames a tag and the tags nested under it. */
  renameTag(args: { id: TagId; name: string }): Promise<TagSummary>;
  recolourTag(args: { id: TagId; color: string | null }): Promise<TagSummary>;
  /** Moves every article of the source tags to the target tag, then deletes the sources. */
  mergeTags(args: { sourceIds: TagId[]; targetId: TagId }): Promise<TagSummary>;
  /** Deletes a tag; the result is what restoreTag needs to undo it. */
  deleteTag(args: { id: TagId }): Promise<DeletedTag>;
  restoreTag(args: DeletedTag): Promise<TagSummary>;
  /** Adds tags (created when new) to every listed article. */
  tagArticles(args: { ids: ArticleId[]; tags: string[] }): Promise<ArticleTags[]>;
  untagArticles(args: { ids: ArticleId[]; tags: string[] }): Promise<ArticleTags[]>;

  listNotes(args: { articleId?: ArticleId }): Promise<NoteSummary[]>;
  /** Notes: Markdown, on an article or free-standing (articleId null or absent). */
  createNote(args: { articleId?: ArticleId | null; body: string; eventDate?: string | null }): Promise<NoteSummary>;
  updateNote(args: { id: NoteId; body: string }): Promise<NoteSummary>;
  /** Gives a note the day it records (`YYYY-MM-DD`, a key date on the timeline), or clears it with null. */
  setNoteEventDate(args: { id: NoteId; eventDate: string | null }): Promise<NoteSummary>;
  deleteNote(args: { id: NoteId }): Promise<void>;

  /**
   * Quotes: `exact` is the selected passage (whitespace may differ from the stored text);
   * `start`/`end` are optional offsets in the article's plain text that pick among repeats.
   * Quoting a passage that already has a quote (the same place in the same article) adds nothing and
   * answers the existing quote with `alreadyQuoted: true`.
   * Fails with NOT_FOUND when the passage is not in the article.
   */
  createQuote(args: { articleId: ArticleId; exact: string; start?: number; end?: number }): Promise<CreatedQuote>;
  listQuotes(args: ListQuotesQuery): Promise<Quote[]>;
  updateQuoteStatus(args: { id: QuoteId; status: QuoteStatus }): Promise<Quote>;
  deleteQuote(args: { id: QuoteId }): Promise<void>;
  /** Re-finds every quote of an article in its current text: new offsets, or flagged orphaned. */
  resolveQuoteAnchors(args: { articleId: ArticleId }): Promise<Quote[]>;
}

export const RESEARCH_METHODS = listKeys<ResearchApi>({
  listTags: true,
  createTag: true,
  renameTag: true,
  recolourTag: true,
  mergeTags: true,
  deleteTag: true,
  restoreTag: true,
  tagArticles: true,
  untagArticles: true,
  listNotes: true,
  createNote: true,
  updateNote: true,
  setNoteEventDate: true,
  deleteNote: true,
  createQuote: true,
  listQuotes: true,
  updateQuoteStatus: true,
  deleteQuote: true,
  resolveQuoteAnchors: true,
});
