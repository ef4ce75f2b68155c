import { describe, expect, it } from 'vitest';
import { ocrBenchmark } from './ocr';
import { checkOcrGoals, type LanguageResult, type OcrReport } from './ocr-report';

const lang = (over: Partial<LanguageResult> = {}): LanguageResult => ({
  pages: 8,
  cer: 0.5,
  wer: 2,
  pagesPerMinute: 24,
  refCer: 0.4,
  refPagesPerMinute: 30,
  refWer: 1.5,
  cpuSecondsPerPage: 2.4,
  refCpuSecondsPerPage: 1.9,
  peakRssMb: 400,
  byCondition: [
    { condition: 'clean-300', pages: 2, cer: 0.2, wer: 1, refCer: 0.2 },
    { condition: 'scanned-150', pages: 2, cer: 6, wer: 9, refCer: 5 },
  ],
  ...over,
});

const report: OcrReport = {
  languages: { eng: lang(), chi_sim: lang({ cer: 9, refCer: null, refPagesPerMinute: null, refWer: null }) },
  peakWorkerRssMb: 93,
  workers: 1,
  baseRssMb: 310,
  peakRssMb: 403,
  reference: null,
  sharedProse: true,
  loadAverage: [2, 2],
  quick: false,
};

describe('OCR bench report', () => {
  it('prints exactly the issue’s --json shape', () => {
    expect(ocrBenchmark.json!(report)).toEqual({
      languages: {
        eng: { pages: 8, cer: 0.5, wer: 2, pagesPerMinute: 24, refCer: 0.4, refPagesPerMinute: 30 },
        chi_sim: { pages: 8, cer: 9, wer: 2, pagesPerMinute: 24, refCer: null, refPagesPerMinute: null },
      },
      peakWorkerRssMb: 93,
    });
  });

  it('says which goals hold, and skips the comparison without a reference', () => {
    const goals = checkOcrGoals(report);
    expect(goals).toContain('eng: clean 300 dpi CER ≤ 2%: 0.2% (met)');
    expect(goals).toContain('eng: 150 dpi with noise CER ≤ 5%: 6% (NOT met)');
    expect(goals).toContain('chi_sim: CER ≤ 8%: 9% (NOT met)');
    expect(goals.filter((g) => g.startsWith('chi_sim') && g.includes('native'))).toEqual([]);
    expect(ocrBenchmark.format(report)).toContain('reference: none (native tesseract not installed)');
  });
});
