import type { ImportFileResult } from '../../../preload/api';
import { BROWSER_UPLOAD_MAX_FILE_BYTES } from '../../../preload/contract/browser-upload';
import { i18n } from '../i18n/i18n';
import { formatCount } from '../ui/format';

/**
 * Browser mode sends file bytes to the local server, which reads at most one capped file per
 * request. A bigger file is not sent at all: it gets its own report line saying how to import it.
 */
export function splitOversizeUploads<T extends { file: Blob; name: string }>(
  files: T[],
  maxBytes = BROWSER_UPLOAD_MAX_FILE_BYTES,
): { uploadable: T[]; refused: ImportFileResult[] } {
  const uploadable: T[] = [];
  const refused: ImportFileResult[] = [];
  const limitMb = Math.floor(maxBytes / 1024 / 1024);
  for (const item of files) {
    if (item.file.size <= maxBytes) uploadable.push(item);
    else
      refused.push({
        file: item.name,
        status: 'failed',
        error: {
          code: 'FILE_TOO_LARGE',
          message: i18n.t('import.tooLargeForBrowser', { megabytes: formatCount(limitMb) }),
        },
      });
  }
  return { uploadable, refused };
}
