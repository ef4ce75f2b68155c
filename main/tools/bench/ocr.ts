import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { OcrEngine } from '../../core/ocr/engine';
import { defaultOcrWorkers } from '../../core/ocr/engine-size';
import { OCR_LANGUAGES, type OcrLanguage } from '../../core/ocr/lang-data';
import { renderScan } from '../../test-support/make-scan';
import type { Benchmark } from './benchmark';
import { characterErrorRate, countErrors, sumErrors, wordErrorRate, type ErrorCounts } from './ocr-accuracy';
import { anonymousRssBytes, wasmMemoriesMb } from './ocr-memory';
import { childCpuSeconds, findNativeTesseract, readWithNativeTesseract } from './ocr-native';
import { CONDITIONS, makeBenchPages, type BenchPage } from './ocr-pages';
import { sharedProseFound } from './ocr-prose';
import { formatOcrReport, type ConditionResult, type LanguageResult, type OcrReport } from './ocr-report';

/**
 * `npm run bench -- ocr`: scans made from real prose whose text is known (English, French, German,
 * Chinese; two typefaces; 300 and 150 dpi, clean and crooked with specks), read by Dossier's OCR
 * engine (tesseract.js in its worker pool) and, in the same run on the same page images, by
 * Debian's `tesseract` command. Per language: character and word error rates (in percent), pages per
 * minute, and the OCR workers' peak memory.
 */

const percent = (fraction: number): number => Math.round(fraction * 10000) / 100;
const round1 = (n: number): number => Math.round(n * 10) / 10;
const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/** A short line per language to start the workers before the clock runs (start-up is not per page). */
const WARM_UP: Record<OcrLanguage, string> = {
  eng: 'The committee met on Tuesday.',
  fra: 'Le préfet a signé l’arrêté.',
  deu: 'Der Ausschuss tagte am Dienstag.',
  chi_sim: '委员会星期二开会。',
};

function byCondition(pages: BenchPage[], ours: ErrorCounts[], ref: ErrorCounts[] | null): ConditionResult[] {
  return CONDITIONS.filter((c) => pages.some((p) => p.condition.name === c.name)).map((c) => {
    const at = pages.map((p, i) => (p.condition.name === c.name ? i : -1)).filter((i) => i >= 0);
    const mine = sumErrors(at.map((i) => ours[i]!));
    const theirs = ref ? sumErrors(at.map((i) => ref[i]!)) : null;
    return {
      condition: c.name,
      pages: at.length,
      cer: percent(characterErrorRate(mine)),
      wer: percent(wordErrorRate(mine)),
      refCer: theirs ? percent(characterErrorRate(theirs)) : null,
    };
  });
}

function keepPages(folder: string, pages: BenchPage[], ours: string[], native: string[] | null): void {
  mkdirSync(folder, { recursive: true });
  pages.forEach((p, i) => {
    const name = join(folder, `${p.language}-${i}-${p.condition.name}-${p.font.replace(/ /g, '')}`);
    writeFileSync(`${name}.png`, p.png);
    writeFileSync(`${name}.truth.txt`, p.truth);
    writeFileSync(`${name}.dossier.txt`, ours[i]!);
    if (native) writeFileSync(`${name}.native.txt`, native[i]!);
  });
}

export const ocrBenchmark: Benchmark = {
  async run(args, log) {
    const quick = args.includes('--quick');
    // DOSSIER_BENCH_OCR_KEEP=folder keeps every page image with its truth and both readings, to look at.
    const keep = process.env.DOSSIER_BENCH_OCR_KEEP;
    const workers = defaultOcrWorkers();
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-ocr-'));
    const native = await findNativeTesseract();
    if (!native)
      log(
        'The native `tesseract` command is not installed (Debian: tesseract-ocr with tesseract-ocr-eng, -fra, -deu, -chi-sim); reporting without a reference.',
      );
    if (!sharedProseFound())
      log('../shared is absent: French, German and Chinese pages use only the written passages.');
    const loadBefore = loadavg()[0]!;
    const engine = new OcrEngine(workers, join(dir, 'ocr-data'));
    const languages: Partial<Record<OcrLanguage, LanguageResult>> = {};
    try {
      log(`Making the scans (${quick ? 'quick: 2' : '8'} pages per language)…`);
      const pagesOf = Object.fromEntries(OCR_LANGUAGES.map((l) => [l, makeBenchPages(l, quick)])) as Record<
        OcrLanguage,
        BenchPage[]
      >;
      global.gc?.();
      const baseRss = anonymousRssBytes();
      let peakRss = baseRss;
      let languagePeakRss = baseRss;
      const sample = (): void => {
        const rss = anonymousRssBytes();
        peakRss = Math.max(peakRss, rss);
        languagePeakRss = Math.max(languagePeakRss, rss);
      };
      const sampler = setInterval(sample, 50);
      let peakWorkerMb = 0;
      // A WebAssembly memory only grows, so reading it after each language's pages finds its peak
      // without a sampler reading smaps (costly, and counted in the CPU per page) while OCR runs.
      const sampleWorkers = (): void => void (peakWorkerMb = Math.max(peakWorkerMb, ...wasmMemoriesMb()));
      try {
        for (const language of OCR_LANGUAGES) {
          const pages = pagesOf[language];
          log(`${language}: starting ${workers} worker(s)…`);
          const warm = renderScan([WARM_UP[language]], { font: pages[0]!.font });
          await Promise.all(Array.from({ length: workers }, () => engine.recognize(warm, [language])));

          log(`${language}: Dossier reads ${pages.length} pages…`);
          languagePeakRss = anonymousRssBytes();
          const cpu0 = process.cpuUsage();
          const t0 = performance.now();
          const texts = await Promise.all(
            pages.map(async (p) => {
              const result = await engine.recognize(p.png, [language]);
              sample();
              return result.text;
            }),
          );
          const seconds = (performance.now() - t0) / 1000;
          const cpu = process.cpuUsage(cpu0);
          sampleWorkers();
          const ours = pages.map((p, i) => countErrors(p.truth, texts[i]!, language));
          let refTexts: string[] | null = null;

          let ref: ErrorCounts[] | null = null;
          let refSeconds = 0;
          let refCpu: number | null = null;
          if (native?.languages.includes(language)) {
            log(`${language}: native tesseract reads the same ${pages.length} pages…`);
            const paths = pages.map((p, i) => {
              const path = join(dir, `${language}-${i}.png`);
              writeFileSync(path, p.png);
              return path;
            });
            const cpuBefore = childCpuSeconds();
            const r0 = performance.now();
            refTexts = await readWithNativeTesseract(paths, language, workers, dir);
            refSeconds = (performance.now() - r0) / 1000;
            const cpuAfter = childCpuSeconds();
            refCpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
            ref = pages.map((p, i) => countErrors(p.truth, refTexts![i]!, language));
          } else if (native) log(`${language}: the native tesseract has no "${language}" data; no reference.`);

          if (keep) keepPages(keep, pages, texts, refTexts);
          const mine = sumErrors(ours);
          const theirs = ref ? sumErrors(ref) : null;
          languages[language] = {
            pages: pages.length,
            cer: percent(characterErrorRate(mine)),
            wer: percent(wordErrorRate(mine)),
            pagesPerMinute: round1((pages.length / seconds) * 60),
            refCer: theirs ? percent(characterErrorRate(theirs)) : null,
            refPagesPerMinute: ref ? round1((pages.length / refSeconds) * 60) : null,
            refWer: theirs ? percent(wordErrorRate(theirs)) : null,
            cpuSecondsPerPage: round1((cpu.user + cpu.system) / 1e6 / pages.length),
            refCpuSecondsPerPage: refCpu === null ? null : round1(refCpu / pages.length),
            peakRssMb: mb(languagePeakRss),
            byCondition: byCondition(pages, ours, ref),
          };
          const l = languages[language];
          log(
            `${language}: CER ${l.cer}% (native ${l.refCer ?? '–'}%), ${l.pagesPerMinute} pages/min (native ${l.refPagesPerMinute ?? '–'})`,
          );
        }
      } finally {
        clearInterval(sampler);
      }
      const report: OcrReport = {
        languages,
        // Linux: the largest worker's own (WebAssembly) memory; elsewhere the process's growth per worker.
        peakWorkerRssMb: peakWorkerMb > 0 ? Math.round(peakWorkerMb) : Math.round(mb(peakRss - baseRss) / workers),
        workers,
        baseRssMb: mb(baseRss),
        peakRssMb: mb(peakRss),
        reference: native?.version ?? null,
        sharedProse: sharedProseFound(),
        loadAverage: [round1(loadBefore), round1(loadavg()[0]!)],
        quick,
      };
      return report;
    } finally {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
  format: (report) => formatOcrReport(report as OcrReport),
  json(report) {
    const r = report as OcrReport;
    const languages = Object.fromEntries(
      Object.entries(r.languages).map(([code, l]) => [
        code,
        {
          pages: l.pages,
          cer: l.cer,
          wer: l.wer,
          pagesPerMinute: l.pagesPerMinute,
          refCer: l.refCer,
          refPagesPerMinute: l.refPagesPerMinute,
        },
      ]),
    );
    return { languages, peakWorkerRssMb: r.peakWorkerRssMb };
  },
};
