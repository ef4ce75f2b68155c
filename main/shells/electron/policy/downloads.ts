import type { SaveDialogOptions } from 'electron';
import { APP_ORIGIN } from './app-url';

/** What to do with one download the window starts. */
export type DownloadDecision = { allow: false; reason: string } | { allow: true; saveDialog: SaveDialogOptions };

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'Web page (HTML)', extensions: ['html', 'htm'] },
  json: { name: 'JSON', extensions: ['json'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  zip: { name: 'ZIP archive', extensions: ['zip'] },
};

/**
 * Decides about a download the page starts. The only downloads Dossier makes are exported
 * briefs, which the page hands over as a `blob:` URL it created itself (renderer/src/brief/
 * download.ts); anything else (a data: or remote link inside an imported article) is refused.
 * An allowed download always goes through a save dialog named after the file, starting in
 * `defaultFolder`, never silently into Downloads.
 */
export function decideDownload(args: {
  url: string;
  initiatorOrigin: string;
  fileName: string;
  defaultFolder: string;
}): DownloadDecision {
  if (!args.url.startsWith(`blob:${APP_ORIGIN}/`)) return { allow: false, reason: 'not a file made by the app page' };
  // '' is a download main itself started; anything else must be our own page.
  if (args.initiatorOrigin !== '' && args.initiatorOrigin !== APP_ORIGIN)
    return { allow: false, reason: `started by ${args.initiatorOrigin}` };
  const fileName = cleanFileName(args.fileName);
  const extension = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase() : '';
  const filter = FILTERS[extension === 'htm' ? 'html' : extension];
  return {
    allow: true,
    saveDialog: {
      title: 'Save Brief',
      buttonLabel: 'Save',
      defaultPath: joinFolder(args.defaultFolder, fileName),
      filters: [...(filter ? [filter] : []), { name: 'All files', extensions: ['*'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    },
  };
}

/** The suggested name without any folder part or control characters (the page chose it). */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base === '' || base === '.' || base === '..' ? 'brief' : base;
}

/** Joins without node:path so the separator follows the folder the OS gave us. */
function joinFolder(folder: string, file: string): string {
  if (folder === '') return file;
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? `${folder}${file}` : `${folder}${sep}${file}`;
}
