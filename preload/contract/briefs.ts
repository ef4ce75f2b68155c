/** Briefs: the export of a story's articles, quotes and notes as one document. */

import type { ArticleId, BriefId, NoteId } from './ids';
import { listKeys } from './key-list';

/** The sections a brief can have; a definition lists the ones it wants, in its order. */
export const BRIEF_SECTIONS = ['title', 'summary', 'quotes', 'digest', 'entities', 'timeline', 'sources'] as const;
export type BriefSection = (typeof BRIEF_SECTIONS)[number];

/** Which articles a brief covers: a tag, a search query (the app's query language), or a selection. */
export type BriefScope =
  { kind: 'tag'; tag: string } | { kind: 'query'; query: string } | { kind: 'ids'; ids: ArticleId[] };

export type BriefFormat = 'pdf' | 'md' | 'html';

/** Everything needed to build (and re-build) a brief. */
export interface BriefDefinition {
  title: string;
  author?: string;
  scope: BriefScope;
  /** Sections to include, in the order they appear. */
  sections: BriefSection[];
  /** The note shown as the summary section. */
  summaryNoteId?: NoteId;
  pageSize?: 'A4' | 'Letter';
  /** Only articles imported after this ISO 8601 time ("the same brief, with what came in since"). */
  importedAfter?: string;
  /** The language of the brief's fixed words (section titles, "Page n of m"); default English. */
  language?: string;
}

/** The brief as one self-contained HTML document (all user text escaped, no scripts, nothing remote). */
export interface BriefPreview {
  html: string;
  articles: number;
  quotes: number;
}

/** A rendered brief as a file: bytes in base64 (the renderer offers it as a download). */
export interface BriefFile {
  fileName: string;
  mimeType: string;
  format: BriefFormat;
  base64: string;
  articles: number;
  /** PDF only. */
  pages?: number;
}

export interface SavedBrief {
  id: BriefId;
  name: string;
  definition: BriefDefinition;
  createdAt: string;
  updatedAt: string;
  /** When it was last exported, or null. */
  lastRunAt: string | null;
  /** Articles in its scope imported since the last export. */
  newArticles: number;
}

export interface BriefsApi {
  /** Briefs: the live preview (HTML), an export as a file, and saved definitions to re-run. */
  previewBrief(args: { definition: BriefDefinition }): Promise<BriefPreview>;
  /** With `savedBriefId`, also records the export as that saved brief's last run. */
  exportBrief(args: { definition: BriefDefinition; format: BriefFormat; savedBriefId?: BriefId }): Promise<BriefFile>;
  saveBrief(args: { id?: BriefId; name: string; definition: BriefDefinition }): Promise<SavedBrief>;
  listBriefs(): Promise<SavedBrief[]>;
  deleteBrief(args: { id: BriefId }): Promise<void>;
}

export const BRIEFS_METHODS = listKeys<BriefsApi>({
  previewBrief: true,
  exportBrief: true,
  saveBrief: true,
  listBriefs: true,
  deleteBrief: true,
});
