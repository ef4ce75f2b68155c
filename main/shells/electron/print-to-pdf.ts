import { BrowserWindow, session } from 'electron';
import type { PdfPrinter } from '../../core';

/** A private, in-memory session for printing: nothing it loads is shared with the app's. */
const PRINT_PARTITION = 'dossier-print';

/**
 * The desktop app's PDF engine: Electron's own Chromium (`webContents.printToPDF`) in a hidden,
 * sandboxed window with JavaScript off, whose session aborts every request that is not a data:
 * URL. Register it with `core.host.setPdfPrinter(...)` when a core opens.
 */
export function createElectronPdfPrinter(): PdfPrinter {
  let blocking = false;
  return {
    async printHtmlToPdf(html) {
      const printSession = session.fromPartition(PRINT_PARTITION, { cache: false });
      if (!blocking) {
        printSession.webRequest.onBeforeRequest((details, callback) =>
          callback({ cancel: !details.url.startsWith('data:') }),
        );
        printSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
        blocking = true;
      }
      const win = new BrowserWindow({
        show: false,
        webPreferences: {
          session: printSession,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          offscreen: true,
        },
      });
      try {
        win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
        win.webContents.on('will-navigate', (event) => event.preventDefault());
        await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
        const pdf = await win.webContents.printToPDF({
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: false,
          generateDocumentOutline: true,
          generateTaggedPDF: true,
        });
        return Buffer.from(pdf);
      } finally {
        win.destroy();
      }
    },
  };
}
