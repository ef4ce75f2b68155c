import { isAppUrl } from './app-url';

/** What the IPC router knows about who sent a message. */
export interface SenderFacts {
  /** webContents id of the sender. */
  webContentsId: number;
  /** True when the message came from the top frame, not an iframe. */
  isMainFrame: boolean;
  /** URL of the sending frame, or null when the frame is gone. */
  frameUrl: string | null;
}

/**
 * Only our own window's main frame, showing our own page, may call the API. Messages from any
 * other webContents (devtools, a window we did not create), from a subframe, or from a page
 * that is not ours are refused.
 */
export function isTrustedSender(sender: SenderFacts, trustedWebContentsId: number | null): boolean {
  if (trustedWebContentsId === null || sender.webContentsId !== trustedWebContentsId) return false;
  if (!sender.isMainFrame) return false;
  return sender.frameUrl !== null && isAppUrl(sender.frameUrl);
}
