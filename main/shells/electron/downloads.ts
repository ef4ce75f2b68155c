import { app, type Session } from 'electron';
import { decideDownload } from './policy/downloads';
import { logShell } from './log';

/**
 * Exported briefs reach the disk only through a save dialog the reporter answers (starting in
 * Documents), never silently in Downloads; any other download is cancelled (see decideDownload).
 */
export function setupDownloads(ses: Session): void {
  ses.on('will-download', (event, item) => {
    const decision = decideDownload({
      url: item.getURL(),
      initiatorOrigin: item.getInitiatorOrigin(),
      fileName: item.getFilename(),
      defaultFolder: app.getPath('documents'),
    });
    if (!decision.allow) {
      logShell(`cancelled a download (${decision.reason}): ${item.getURL().slice(0, 120)}`);
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions(decision.saveDialog);
    item.once('done', (_event, state) => {
      if (state === 'interrupted') logShell(`saving ${item.getFilename()} was interrupted`);
    });
  });
}
