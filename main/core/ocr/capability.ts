import type { OcrApi } from '../../../preload/api';
import { insertOcrJob } from '../../../db/ocr';
import type { ArticleLifecycle } from '../kernel/article-hooks';
import type { CoreContext } from '../kernel/context';
import type { Logger } from '../kernel/dispatch';
import { createOcrHandlers } from './handlers';
import { OcrRunner, type OcrRunnerOptions } from './ocr-runner';
import { readOcrLanguagesSetting } from './ocr-settings';

export interface OcrCapability {
  api: OcrApi;
  lifecycle: ArticleLifecycle;
  runner: OcrRunner;
}

/**
 * OCR wired into the library: an article stored with an OCR plan (a scan, a picture, a Word file
 * of pictures) gets its job in the same transaction, in the import's languages or the library's;
 * the runner then reads its pages in the background. Pending jobs left by a previous session are
 * resumed as soon as the core is open.
 */
export function createOcrCapability(ctx: CoreContext, log: Logger, options: OcrRunnerOptions = {}): OcrCapability {
  const runner = new OcrRunner(ctx, options);
  const wake = (): void => {
    runner.wake().catch((err: unknown) => log('OCR stopped on an error', err));
  };
  let wakeScheduled = false;
  const lifecycle: ArticleLifecycle = {
    onArticleStored(id, article) {
      const plan = article.ocrPlan;
      if (!plan) return;
      insertOcrJob(ctx.db, {
        articleId: id,
        kind: plan.kind,
        languages: plan.languages ?? readOcrLanguagesSetting(ctx.db),
        pages: plan.pages,
        titleFromText: plan.titleFromText,
        now: ctx.now(),
      });
      // After the transaction: a rolled-back article leaves no job for the runner to find.
      if (!wakeScheduled) {
        wakeScheduled = true;
        setImmediate(() => {
          wakeScheduled = false;
          wake();
        });
      }
    },
  };
  setImmediate(wake); // resume what a previous session left pending
  return { api: createOcrHandlers(ctx, runner), lifecycle, runner };
}
