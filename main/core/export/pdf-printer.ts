import type { CoreContext } from '../kernel/context';

/** Options every PDF engine must honour; page size and margins come from the document's @page CSS. */
export interface PrintPdfOptions {
  /** Used for the PDF's metadata; the running header is in the CSS. */
  title: string;
}

/**
 * Prints a self-contained HTML document to PDF bytes. The desktop app supplies one built on
 * Electron's `webContents.printToPDF` (main/shells/electron/print-to-pdf.ts); the CLI and browser mode
 * use Playwright's Chromium (chromium-printer.ts). Same engine, same CSS, same output.
 */
export interface PdfPrinter {
  printHtmlToPdf(html: string, options: PrintPdfOptions): Promise<Buffer>;
}

const printers = new WeakMap<CoreContext, PdfPrinter>();

/** Lets a shell choose the PDF engine for one open core. */
export function setPdfPrinter(ctx: CoreContext, printer: PdfPrinter): void {
  printers.set(ctx, printer);
}

/** The shell's printer, or headless Chromium through Playwright, loaded only when first needed. */
export async function getPdfPrinter(ctx: CoreContext): Promise<PdfPrinter> {
  const chosen = printers.get(ctx);
  if (chosen) return chosen;
  const { createChromiumPdfPrinter } = await import('./chromium-printer');
  const printer = createChromiumPdfPrinter();
  printers.set(ctx, printer);
  return printer;
}

/** Counts the pages of a PDF from its page objects (Chromium writes them uncompressed). */
export function countPdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
