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

/**
 * The PDF engine of one open core: the one a shell chose (the desktop app's printToPDF), else
 * headless Chromium through Playwright, loaded only when first needed.
 */
export class PdfPrinterSlot {
  private printer: PdfPrinter | null = null;

  /** Lets a shell choose the PDF engine. */
  choose(printer: PdfPrinter): void {
    this.printer = printer;
  }

  async get(): Promise<PdfPrinter> {
    if (this.printer) return this.printer;
    const { createChromiumPdfPrinter } = await import('./chromium-printer');
    this.printer ??= createChromiumPdfPrinter();
    return this.printer;
  }
}

/** Counts the pages of a PDF from its page objects (Chromium writes them uncompressed). */
export function countPdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
