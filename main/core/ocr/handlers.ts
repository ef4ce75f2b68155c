import {
  DossierError,
  LOW_CONFIDENCE_THRESHOLD,
  type ArticleId,
  type ArticleOcr,
  type OcrApi,
  type OcrJobSummary,
  type OcrStatus,
} from '../../../preload/api';
import {
  cancelPendingOcrPages,
  getOcrJob,
  getOcrPageImage,
  listOcrJobSummaries,
  listOcrPages,
  requeueOcrPages,
  setOcrJobState,
} from '../../../db/ocr';
import { writeTransaction } from '../../../db/write-transaction';
import type { CoreContext } from '../kernel/context';
import { optionalString, requireId } from '../kernel/validate';
import { pageOffsets } from './article-body';
import type { OcrRunner } from './ocr-runner';
import { readOcrLanguages } from './read-languages';

const STATUSES: readonly OcrStatus[] = ['pending', 'done', 'failed', 'cancelled'];

function notOcr(id: ArticleId): DossierError {
  return new DossierError('NOT_FOUND', `Article ${id} has no OCR'd pages (its text did not come from a scan).`);
}

/** The OCR state of an article, with each page's place in the article's text. */
export function readArticleOcr(ctx: CoreContext, id: ArticleId): ArticleOcr | null {
  const job = getOcrJob(ctx.db, id);
  if (!job) return null;
  const pages = listOcrPages(ctx.db, id);
  const offsets = new Map(
    pageOffsets(pages.filter((p) => p.status === 'done' && p.text !== '')).map((p) => [p.page, p] as const),
  );
  const ocrPages = pages.filter((p) => p.source === 'ocr');
  return {
    articleId: id,
    kind: job.kind,
    status: job.status,
    languages: job.languages,
    pages: job.pages,
    ocrPages: ocrPages.length,
    ocrPagesFinished: ocrPages.filter((p) => p.status === 'done' || p.status === 'failed').length,
    note: job.note,
    pageList: pages.map((p) => ({
      page: p.page,
      source: p.source,
      status: p.status,
      confidence: p.confidence,
      lowQuality:
        p.source === 'ocr' &&
        p.status === 'done' &&
        p.words.length > 0 &&
        (p.confidence ?? 0) < LOW_CONFIDENCE_THRESHOLD,
      rotation: p.rotation,
      language: p.language,
      image: p.hasImage && p.width !== null && p.height !== null ? { width: p.width, height: p.height } : null,
      words: p.words,
      textStart: offsets.get(p.page)?.start ?? null,
      textEnd: offsets.get(p.page)?.end ?? null,
      text: p.text,
      error: p.error,
    })),
  };
}

function summaryOf(ctx: CoreContext, id: ArticleId): OcrJobSummary {
  const summary = listOcrJobSummaries(ctx.db, undefined, LOW_CONFIDENCE_THRESHOLD).find((j) => j.articleId === id);
  if (!summary) throw notOcr(id);
  return summary;
}

/** The OCR API: an article's pages and their images, the list of jobs, retry and cancel. */
export function createOcrHandlers(ctx: CoreContext, runner: OcrRunner): OcrApi {
  const { db } = ctx;
  return {
    getArticleOcr(args) {
      return Promise.resolve(readArticleOcr(ctx, requireId<ArticleId>(args?.id, 'id')));
    },

    async getOcrPageImage(args) {
      const id = requireId<ArticleId>(args?.id, 'id');
      const page = requireId<number>(args?.page, 'page');
      const image = getOcrPageImage(db, id, page);
      if (!image) throw new DossierError('NOT_FOUND', `Page ${page} of article ${id} has no image yet.`);
      return { mime: 'image/png', base64: image.toString('base64') };
    },

    async listOcrJobs(args) {
      const status = optionalString(args?.status, 'status', 20);
      if (status !== undefined && !(STATUSES as readonly string[]).includes(status))
        throw new DossierError('INVALID_INPUT', `"status" must be one of ${STATUSES.join(', ')}.`);
      return listOcrJobSummaries(db, status as OcrStatus | undefined, LOW_CONFIDENCE_THRESHOLD);
    },

    async retryOcr(args) {
      const id = requireId<ArticleId>(args?.id, 'id');
      const languages = readOcrLanguages(args?.languages, 'languages');
      const job = getOcrJob(db, id);
      if (!job) throw notOcr(id);
      writeTransaction(db, () => {
        const now = ctx.now();
        // A new language reads every page again; otherwise the pages that failed or were cancelled
        // (or, when there are none, every page: the reporter asked for another reading).
        const requeued = requeueOcrPages(db, id, languages !== undefined, now);
        if (requeued === 0) requeueOcrPages(db, id, true, now);
        setOcrJobState(db, { articleId: id, status: 'pending', ...(languages ? { languages } : {}), now });
      });
      runner.clearCancelled(id);
      runner.announce(id);
      runner.wake().catch((err: unknown) => console.error('[dossier] OCR failed', err));
      return summaryOf(ctx, id);
    },

    async cancelOcr(args) {
      const id = requireId<ArticleId>(args?.id, 'id');
      const job = getOcrJob(db, id);
      if (!job) throw notOcr(id);
      writeTransaction(db, () => {
        if (cancelPendingOcrPages(db, id, ctx.now()) > 0 || job.status === 'pending')
          setOcrJobState(db, { articleId: id, status: 'cancelled', note: job.note, now: ctx.now() });
      });
      runner.markCancelled(id);
      runner.announce(id);
      return summaryOf(ctx, id);
    },
  };
}
