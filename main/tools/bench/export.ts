import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BriefDefinition, BriefFormat } from '../../../preload/api';
import { openTestCore } from '../../test-support/open-test-core';
import { buildBrief } from '../../core/export/build-brief';
import { PdfPrinterSlot } from '../../core/export/pdf-printer';
import { addTestArticle, chipsStory } from '../../test-support/test-article';
import type { Benchmark } from './benchmark';

interface ExportReport {
  articles: number;
  quotes: number;
  runs: number;
  /** Median milliseconds per format; PDF includes launching Chromium. */
  medianMs: Record<BriefFormat, number>;
  pages: number;
  pdfBytes: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Time to export a 50-article brief (with 25 quotes and notes) as PDF, Markdown and HTML. */
export const exportBenchmark: Benchmark = {
  async run(args, log) {
    const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-export-'));
    const core = openTestCore(join(dir, 'library.sqlite'));
    const printer = new PdfPrinterSlot();
    try {
      log('Building a library of 50 tagged articles with 25 quotes and 10 notes…');
      for (let n = 1; n <= 50; n++) {
        const text = `${'Background paragraph about supply chains and licences. '.repeat(20)} Unique statement number ${n} from the ministry.`;
        const id = addTestArticle(core, { ...chipsStory(n, text), tags: ['bench'] });
        if (n % 2 === 0)
          await core.api.createQuote({ articleId: id, exact: `Unique statement number ${n} from the ministry.` });
        if (n % 5 === 0) await core.api.createNote({ articleId: id, body: `Follow up on statement ${n}.` });
      }
      const definition: BriefDefinition = {
        title: 'Benchmark brief',
        scope: { kind: 'tag', tag: 'bench' },
        sections: ['title', 'summary', 'quotes', 'digest', 'entities', 'timeline', 'sources'],
      };
      const medianMs = {} as Record<BriefFormat, number>;
      let pages = 0;
      let pdfBytes = 0;
      for (const format of ['md', 'html', 'pdf'] as const) {
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          const built = await buildBrief(core.context, definition, format, { printer });
          times.push(performance.now() - start);
          if (format === 'pdf') {
            pages = built.pages ?? 0;
            pdfBytes = built.bytes.length;
          }
        }
        medianMs[format] = Math.round(median(times));
        log(`${format}: median ${medianMs[format]} ms over ${runs} runs`);
      }
      return { articles: 50, quotes: 25, runs, medianMs, pages, pdfBytes } satisfies ExportReport;
    } finally {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
  format(report) {
    const r = report as ExportReport;
    return [
      `50-article brief (${r.quotes} quotes), median of ${r.runs} runs:`,
      `  PDF       ${r.medianMs.pdf} ms  (${r.pages} pages, ${Math.round(r.pdfBytes / 1024)} KB, Chromium launch included)`,
      `  Markdown  ${r.medianMs.md} ms`,
      `  HTML      ${r.medianMs.html} ms`,
    ].join('\n');
  },
};
