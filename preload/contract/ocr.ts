/** OCR: scans and pictures read on the reporter's machine (issue 14). */

import type { ArticleId } from './ids';
import { listKeys } from './key-list';

/** A job's (and a page's) state: pending while waiting to be read; cancelled by the reporter. */
export type OcrStatus = 'pending' | 'done' | 'failed' | 'cancelled';

/** Mean confidence (0-100) under which a page is flagged in the reader as a low-quality scan. */
export const LOW_CONFIDENCE_THRESHOLD = 70;

/** Languages whose trained data ships with the app ("fra+eng" combines them). */
export const OCR_LANGUAGE_CODES = ['eng', 'fra', 'deu', 'chi_sim'] as const;

/** A recognised word and its box on the page image, in the image's pixels. */
export interface OcrWordBox {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One page of an OCR'd document. */
export interface OcrPage {
  page: number;
  /** 'text-layer': read from the PDF's own text; 'ocr': recognised from its image. */
  source: 'text-layer' | 'ocr';
  status: OcrStatus;
  /** Mean word confidence (0-100) of an OCR'd page; null for text-layer and unread pages. */
  confidence: number | null;
  /** True when an OCR'd page's confidence is under LOW_CONFIDENCE_THRESHOLD. */
  lowQuality: boolean;
  /** Degrees the page was turned before reading (a sideways scan), 0 if none. */
  rotation: number;
  /** Tesseract languages used ("fra+eng"). */
  language: string | null;
  /** Whether a page image can be fetched (getOcrPageImage); with its size in pixels. */
  image: { width: number; height: number } | null;
  words: OcrWordBox[];
  /** Where this page's text starts and ends in the article's `text` (null while it has none there). */
  textStart: number | null;
  textEnd: number | null;
  text: string;
  /** Why a failed page failed. */
  error: string | null;
}

/** The OCR state of one article: its job and pages. */
export interface ArticleOcr {
  articleId: ArticleId;
  kind: 'pdf' | 'image' | 'docx';
  status: OcrStatus;
  languages: string;
  /** Pages of the document, and how many of the pages to OCR are finished (done or failed). */
  pages: number;
  ocrPages: number;
  ocrPagesFinished: number;
  /** 'no-text' when OCR finished and found no words at all ("no text found"). */
  note: 'no-text' | null;
  pageList: OcrPage[];
}

/** One line of `dossier ocr status`. */
export interface OcrJobSummary {
  articleId: ArticleId;
  title: string;
  fileName: string;
  status: OcrStatus;
  languages: string;
  ocrPages: number;
  ocrPagesFinished: number;
  lowQualityPages: number[];
  note: 'no-text' | null;
}

/** The payload of `ocr:progress`: a page was read (page n of m), or a job changed state. */
export interface OcrProgress {
  articleId: ArticleId;
  status: OcrStatus;
  /** The page just finished, if any. */
  page: number | null;
  ocrPages: number;
  ocrPagesFinished: number;
}

export interface OcrApi {
  /** The OCR state of an article, or null when its text did not come from OCR. */
  getArticleOcr(args: { id: ArticleId }): Promise<ArticleOcr | null>;
  /** A page image as PNG bytes in base64 (the renderer shows it through a blob: URL). */
  getOcrPageImage(args: { id: ArticleId; page: number }): Promise<{ mime: 'image/png'; base64: string }>;
  /** OCR jobs: those pending first, then the rest, newest first. */
  listOcrJobs(args?: { status?: OcrStatus }): Promise<OcrJobSummary[]>;
  /** Reads an article's OCR pages again (failed, cancelled or all with a new language). */
  retryOcr(args: { id: ArticleId; languages?: string }): Promise<OcrJobSummary>;
  /** Stops an article's pending pages; pages already read stay. */
  cancelOcr(args: { id: ArticleId }): Promise<OcrJobSummary>;
}

export const OCR_METHODS = listKeys<OcrApi>({
  getArticleOcr: true,
  getOcrPageImage: true,
  listOcrJobs: true,
  retryOcr: true,
  cancelOcr: true,
});
