import type { OcrLanguage } from '../../core/ocr/lang-data';
import type { ScanCondition } from './ocr-pages';

/** Error rates of one kind of page (percent); `refCer` is the native tesseract's on the same pages. */
export interface ConditionResult {
  condition: ScanCondition['name'];
  pages: number;
  cer: number;
  wer: number;
  refCer: number | null;
}

/** One language's numbers. Rates are percentages (1.5 means 1.5%); `ref*` are the native engine's. */
export interface LanguageResult {
  pages: number;
  cer: number;
  wer: number;
  pagesPerMinute: number;
  refCer: number | null;
  refPagesPerMinute: number | null;
  refWer: number | null;
  /** CPU seconds per page (all threads), which a busy shared machine disturbs less than wall-clock speed. */
  cpuSecondsPerPage: number;
  refCpuSecondsPerPage: number | null;
  /** The process's peak anonymous resident memory (`ocr-memory.ts`) while this language's pages were read. */
  peakRssMb: number;
  byCondition: ConditionResult[];
}

export interface OcrReport {
  languages: Partial<Record<OcrLanguage, LanguageResult>>;
  /**
   * Peak resident memory of one OCR worker: its Tesseract (WebAssembly) heap, read from smaps on Linux;
   * elsewhere the process's anonymous growth divided by the workers.
   */
  peakWorkerRssMb: number;
  workers: number;
  baseRssMb: number;
  peakRssMb: number;
  /** `tesseract --version`'s first line, or null when the native command is missing. */
  reference: string | null;
  sharedProse: boolean;
  /** One-minute load average before and after: the machine is shared, and busy neighbours slow every number. */
  loadAverage: [number, number];
  quick: boolean;
}

/** The issue's goals, checked against a report: each line says what was measured and whether it holds. */
export function checkOcrGoals(r: OcrReport): string[] {
  const lines: string[] = [];
  const mark = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  for (const [code, l] of Object.entries(r.languages) as Array<[OcrLanguage, LanguageResult]>) {
    const at = (name: ConditionResult['condition']): ConditionResult | undefined =>
      l.byCondition.find((c) => c.condition === name);
    if (code === 'chi_sim') lines.push(`${code}: CER ≤ 8%: ${l.cer}% (${mark(l.cer <= 8)})`);
    else {
      const clean = at('clean-300');
      const noisy = at('scanned-150');
      if (clean && (code === 'eng' || code === 'fra'))
        lines.push(`${code}: clean 300 dpi CER ≤ 2%: ${clean.cer}% (${mark(clean.cer <= 2)})`);
      if (noisy) lines.push(`${code}: 150 dpi with noise CER ≤ 5%: ${noisy.cer}% (${mark(noisy.cer <= 5)})`);
    }
    lines.push(`${code}: ≥ 20 pages/min: ${l.pagesPerMinute} (${mark(l.pagesPerMinute >= 20)})`);
    if (l.refCer !== null)
      lines.push(`${code}: CER within 1 point of native (${l.refCer}%): ${l.cer}% (${mark(l.cer <= l.refCer + 1)})`);
    if (l.refPagesPerMinute !== null)
      lines.push(
        `${code}: speed within 2× of native (${l.refPagesPerMinute}/min): ${l.pagesPerMinute}/min (${mark(l.pagesPerMinute * 2 >= l.refPagesPerMinute)})`,
      );
  }
  return lines;
}

const orDash = (n: number | null, unit = ''): string => (n === null ? '–' : `${n}${unit}`);

export function formatOcrReport(r: OcrReport): string {
  const out = [
    `OCR with ${r.workers} worker(s)${r.quick ? ' (quick run)' : ''}; reference: ${r.reference ?? 'none (native tesseract not installed)'}`,
    `Load average ${r.loadAverage[0]} before, ${r.loadAverage[1]} after (a shared machine: speeds vary between runs)`,
    '',
    'lang     pages   CER   (native)   WER   (native)   pages/min (native)   CPU s/page (native)',
  ];
  for (const [code, l] of Object.entries(r.languages) as Array<[OcrLanguage, LanguageResult]>) {
    out.push(
      `${code.padEnd(8)} ${String(l.pages).padStart(5)} ${`${l.cer}%`.padStart(6)} ${`(${orDash(l.refCer, '%')})`.padStart(9)} ${`${l.wer}%`.padStart(6)} ${`(${orDash(l.refWer, '%')})`.padStart(9)}   ${String(l.pagesPerMinute).padStart(9)} ${`(${orDash(l.refPagesPerMinute)})`.padStart(8)}   ${String(l.cpuSecondsPerPage).padStart(10)} ${`(${orDash(l.refCpuSecondsPerPage)})`.padStart(8)}`,
    );
    for (const c of l.byCondition)
      out.push(
        `  ${c.condition.padEnd(12)} ${String(c.pages).padStart(2)} pages: CER ${c.cer}% (native ${orDash(c.refCer, '%')}), WER ${c.wer}%`,
      );
  }
  out.push(
    '',
    `Memory: peak per worker ${r.peakWorkerRssMb} MB (its Tesseract heap); process anonymous RSS ${r.baseRssMb} MB before the workers, peak ${r.peakRssMb} MB (${Object.entries(
      r.languages,
    )
      .map(([code, l]) => `${code} ${l.peakRssMb} MB`)
      .join(', ')})`,
  );
  if (!r.sharedProse) out.push('(../shared absent: French, German and Chinese pages use only the written passages.)');
  out.push('', 'Goals (issue 14):', ...checkOcrGoals(r).map((l) => `  ${l}`));
  return out.join('\n');
}
