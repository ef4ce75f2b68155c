import type { ArticleId, OcrStatus, OcrWordBox } from '../../../preload/api';
import { getArticleRow } from '../../../db/articles';
import { listArticleEdits } from '../../../db/article-edits';
import {
  countOcrPages,
  getOcrJob,
  getOcrPageStatus,
  listFinishedPageTexts,
  replaceArticleBody,
  saveOcrPageResult,
  setOcrJobState,
} from '../../../db/ocr';
import { writeTransaction } from '../../../db/write-transaction';
import { chooseLanguage } from '../import/language';
import type { CoreContext } from '../kernel/context';
import { normalizedTextHash } from '../library/text-hash';
import { articleBody, firstStrongLine } from './article-body';
import { joinCjkSpacing } from './cjk-spacing';

export interface PageReading {
  articleId: ArticleId;
  page: number;
  status: 'done' | 'failed';
  /** The job's languages when the page was read: a reading made for languages since changed is dropped. */
  language: string;
  /** The languages the text was read in: the job's, plus one for a script they do not read (stored with the page). */
  readLanguages: string;
  confidence: number | null;
  rotation: number;
  words: OcrWordBox[];
  text: string;
  error: string | null;
}

/**
 * Stores one page's reading and makes it searchable, in one transaction: the page's row, the
 * article's body rebuilt from its finished pages (in page order), its title when it was a
 * stand-in, and every capability told (search, entities, families) through the article hooks.
 * Returns the job's state after this page, or null when the article was deleted meanwhile, the
 * page cancelled (a cancelled page stays cancelled) or the job's languages changed.
 */
export function applyOcrPage(
  ctx: CoreContext,
  reading: PageReading,
): { status: OcrStatus; ocrPages: number; finished: number } | null {
  const { db } = ctx;
  const { articleId } = reading;
  return writeTransaction(db, () => {
    const job = getOcrJob(db, articleId);
    const article = getArticleRow(db, articleId);
    if (!job || !article) return null;
    const now = ctx.now();
    if (getOcrPageStatus(db, articleId, reading.page) !== 'pending') return null;
    // Read in languages the reporter has since changed (retryOcr while the page was in flight):
    // the page stays pending, to be read again in the new ones.
    if (reading.language !== job.languages) return null;
    const edited = new Set(listArticleEdits(db, articleId).map((e) => e.field));
    // Stored, indexed and quoted as Chinese is written, without OCR's spaces between characters.
    saveOcrPageResult(db, {
      ...reading,
      language: reading.readLanguages,
      text: joinCjkSpacing(reading.text),
      now,
    });
    const pages = listFinishedPageTexts(db, articleId);
    const body = articleBody(pages);
    const title = job.titleFromText && !edited.has('title') ? (firstStrongLine(body.text) ?? undefined) : undefined;
    const language =
      article.language === null && !edited.has('language') && body.wordCount >= 20
        ? chooseLanguage(null, body.text)
        : undefined;
    ctx.articleHooks.runTextReplacing(articleId);
    replaceArticleBody(db, {
      id: articleId,
      ...body,
      ...(title !== undefined ? { title } : {}),
      ...(language !== undefined ? { language } : {}),
      textHash: body.text.trim() === '' ? `ocr-pending:${article.source.sha256}` : normalizedTextHash(body.text),
      now,
    });
    ctx.articleHooks.runTextReplaced(articleId, getArticleRow(db, articleId)!);
    const counts = countOcrPages(db, articleId);
    let status: OcrStatus = job.status;
    if (counts.finished >= counts.ocr) {
      const failedAll = counts.failed === counts.ocr;
      status = failedAll ? 'failed' : 'done';
      setOcrJobState(db, { articleId, status, note: counts.words === 0 && !failedAll ? 'no-text' : null, now });
    }
    return { status, ocrPages: counts.ocr, finished: counts.finished };
  });
}
