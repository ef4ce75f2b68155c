/** The story timeline: articles by publication date, in lanes, with the reporter's key dates. */

import type { ArticleId, EntityId, NoteId } from './ids';
import { listKeys } from './key-list';

/** What a timeline covers: the whole library, a tag, an entity's articles, or a search (the app's query language). */
export type TimelineScope =
  | { kind: 'library' }
  | { kind: 'tag'; tag: string }
  | { kind: 'entity'; id: EntityId }
  | { kind: 'query'; query: string };

/** How marks are split into lanes: by the outlet that published them, or by tag. */
export type TimelineGrouping = 'outlet' | 'tag';

export const TIMELINE_GROUPINGS: readonly TimelineGrouping[] = ['outlet', 'tag'];

/** One lane. `label` is null for the lane of articles with no outlet (or no tag). */
export interface TimelineLane {
  key: string;
  label: string | null;
  /** Articles drawn in this lane. */
  articles: number;
}

/** One dated article. With lanes by tag, an article with two tags is drawn in both lanes. */
export interface TimelineMark {
  articleId: ArticleId;
  title: string;
  outlet: string | null;
  /** The publication date as stored (ISO 8601). */
  publishedAt: string;
  /** Whether the date is the file's own (a PDF's or Word file's), not a publication date. */
  documentDate: boolean;
  /** Keys of the lanes the article is drawn in (at least one). */
  laneKeys: string[];
}

/** A key date: a note the reporter gave a day. */
export interface TimelineEvent {
  noteId: NoteId;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The note's first line, plain text, at most 120 characters. */
  label: string;
  articleId: ArticleId | null;
}

export interface Timeline {
  scope: TimelineScope;
  groupBy: TimelineGrouping;
  lanes: TimelineLane[];
  /** Oldest first. */
  marks: TimelineMark[];
  /** Oldest first. */
  events: TimelineEvent[];
  /** Articles in scope with no publication date (not drawn; the view says how many). */
  undated: number;
}

export type TimelineImageFormat = 'svg' | 'png';

export interface TimelineExportRequest {
  scope: TimelineScope;
  groupBy: TimelineGrouping;
  format: TimelineImageFormat;
  /** The shown range (ISO 8601 instants); default: every mark and event. */
  range?: { start: string; end: string };
  /** The language of the picture's words and dates; default English. */
  language?: string;
}

/** A picture of a timeline as a file (bytes in base64, offered to the user as a download). */
export interface TimelineImageFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export interface TimelineApi {
  /**
   * The timeline of a scope: dated articles as marks in lanes, and key dates (dated notes) as
   * events: the notes on the scope's articles, and for the whole library also the free-standing ones.
   */
  getTimeline(args: { scope: TimelineScope; groupBy: TimelineGrouping }): Promise<Timeline>;
  /** The timeline drawn as a picture (SVG, or PNG at twice its size), self-contained and offline. */
  exportTimeline(args: TimelineExportRequest): Promise<TimelineImageFile>;
}

export const TIMELINE_METHODS = listKeys<TimelineApi>({
  getTimeline: true,
  exportTimeline: true,
});
