import type { BriefDefinition, BriefFormat } from '../../../preload/api';
import type { CoreContext } from '../kernel/context';
import { collectBrief, type SearchFn } from './brief-model';
import { countPdfPages, type PdfPrinterSlot } from './pdf-printer';
import { renderBriefHtml } from './render-brief-html';
import { renderBriefMarkdown } from './render-brief-markdown';

export interface BuiltBrief {
  bytes: Buffer;
  format: BriefFormat;
  mimeType: string;
  fileName: string;
  articles: number;
  quotes: number;
  pages?: number;
}

const MIME: Record<BriefFormat, string> = {
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** A file name from the title: letters and digits of any script kept, the rest folded to dashes. */
export function toBriefFileName(title: string, format: BriefFormat): string {
  const stem =
    title
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'brief';
  return `${stem}.${format}`;
}

/** Builds a brief in one format: gathers the data once, renders HTML or Markdown, prints PDFs with the shell's engine. */
export async function buildBrief(
  ctx: CoreContext,
  definition: BriefDefinition,
  format: BriefFormat,
  deps: { printer: PdfPrinterSlot; search?: SearchFn | undefined },
): Promise<BuiltBrief> {
  const model = await collectBrief(ctx.db, definition, {
    now: ctx.now(),
    ...(deps.search ? { search: deps.search } : {}),
  });
  const base = {
    format,
    mimeType: MIME[format],
    fileName: toBriefFileName(definition.title, format),
    articles: model.articles.length,
    quotes: model.footnotes.length,
  };
  if (format === 'md') return { ...base, bytes: Buffer.from(renderBriefMarkdown(model), 'utf8') };
  const html = renderBriefHtml(model);
  if (format === 'html') return { ...base, bytes: Buffer.from(html, 'utf8') };
  const printer = await deps.printer.get();
  const bytes = await printer.printHtmlToPdf(html, { title: definition.title });
  return { ...base, bytes, pages: countPdfPages(bytes) };
}
