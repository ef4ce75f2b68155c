import { app, dialog, shell, type WebContents } from 'electron';
import { isAllowedNavigation, toExternalLink } from './policy/navigation';
import { logShell } from './log';

let askingAboutLink = false;

/**
 * Applies to every webContents the app ever creates: the page can never be replaced (links,
 * redirects, form posts), never open a window, never attach a <webview>. An http(s) link the
 * reporter clicks is offered to the system browser, after they confirm.
 */
export function setupWebContentsGuards(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (isAllowedNavigation(event.url)) return;
      event.preventDefault();
      logShell(`denied navigation to ${event.url.slice(0, 200)}`);
      offerExternalLink(contents, event.url).catch((err: unknown) => logShell('could not offer an external link', err));
    });
    contents.on('will-frame-navigate', (event) => {
      if (event.isMainFrame || isAllowedNavigation(event.url)) return;
      event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      event.preventDefault();
      logShell(`denied redirect to ${event.url.slice(0, 200)}`);
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      logShell('denied a <webview>');
    });
    contents.setWindowOpenHandler(({ url }) => {
      logShell(`denied a new window for ${url.slice(0, 200)}`);
      offerExternalLink(contents, url).catch((err: unknown) => logShell('could not offer an external link', err));
      return { action: 'deny' };
    });
  });
}

/** Asks before handing a link to the system browser; one question at a time. */
async function offerExternalLink(contents: WebContents, url: string): Promise<void> {
  const link = toExternalLink(url);
  if (link === null || askingAboutLink || contents.isDestroyed()) return;
  askingAboutLink = true;
  try {
    const options = {
      type: 'question' as const,
      buttons: ['Open in Browser', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'Open this link in your web browser?',
      detail: `${link}\n\nDossier works offline and never opens web pages itself. Opening the link connects your browser to that site.`,
    };
    const { response } = await dialog.showMessageBox(options);
    if (response === 0) await shell.openExternal(link);
  } catch (err) {
    logShell('could not open a link in the browser', err);
  } finally {
    askingAboutLink = false;
  }
}
