import { renderScan, wrapForScan } from '../../test-support/make-scan';
import type { OcrLanguage } from '../../core/ocr/lang-data';
import { loadOcrProse } from './ocr-prose';

/** How a page was "scanned": resolution, and whether it went in crooked and came out speckled. */
export interface ScanCondition {
  name: 'clean-300' | 'scanned-300' | 'clean-150' | 'scanned-150';
  dpi: 300 | 150;
  /** Degrees the sheet is turned, and the share of pixels flipped (dust, scanner noise). */
  rotate: number;
  noise: number;
}

export const CONDITIONS: readonly ScanCondition[] = [
  { name: 'clean-300', dpi: 300, rotate: 0, noise: 0 },
  { name: 'scanned-150', dpi: 150, rotate: -0.6, noise: 0.004 },
  { name: 'scanned-300', dpi: 300, rotate: 0.8, noise: 0.004 },
  { name: 'clean-150', dpi: 150, rotate: 0, noise: 0 },
];

/** Two typefaces per script: a serif and a sans (Debian's Noto and DejaVu; Noto CJK for Chinese). */
export const FONTS: Record<OcrLanguage, readonly string[]> = {
  eng: ['Noto Serif', 'DejaVu Sans'],
  fra: ['DejaVu Serif', 'Noto Sans'],
  deu: ['Noto Serif', 'DejaVu Sans'],
  chi_sim: ['Noto Serif CJK JP', 'Noto Sans CJK JP'],
};

/** Lines of text on a page: a short memo's page, so the full run stays within a few minutes. */
const LINES_PER_PAGE = 28;

export interface BenchPage {
  language: OcrLanguage;
  font: string;
  condition: ScanCondition;
  /** The text drawn on the page: the truth OCR is measured against. */
  truth: string;
  png: Uint8Array;
}

/**
 * The benchmark's pages for one language: each font under each condition, every page a different
 * stretch of the language's prose (taken in turn, starting again at the top when it runs out).
 * `quick` keeps one font and the two conditions the goals name (clean 300, scanned 150).
 */
export function makeBenchPages(language: OcrLanguage, quick: boolean): BenchPage[] {
  const prose = loadOcrProse(language);
  const fonts = quick ? FONTS[language].slice(0, 1) : FONTS[language];
  const conditions = quick ? CONDITIONS.slice(0, 2) : CONDITIONS;
  const pages: BenchPage[] = [];
  fonts.forEach((font, f) => {
    const lines = wrapForScan(prose, font);
    conditions.forEach((condition, c) => {
      const start = ((f * conditions.length + c) * LINES_PER_PAGE) % lines.length;
      const pageLines = [...lines, ...lines].slice(start, start + LINES_PER_PAGE);
      while (pageLines[0] === '') pageLines.shift();
      const png = renderScan(pageLines, {
        dpi: condition.dpi,
        font,
        rotate: condition.rotate,
        noise: condition.noise,
      });
      pages.push({ language, font, condition, truth: pageLines.join('\n'), png });
    });
  });
  return pages;
}
