/** Import: files in, by path (desktop, CLI) or by content (browser mode). */

import type { ApiError } from './errors';
import type { ArticleId } from './ids';
import { listKeys } from './key-list';
import type { ArticleFormat } from './library';

export type ImportStatus = 'imported' | 'duplicate' | 'failed';

/** One line of the import report (and of `dossier import --json`). */
export interface ImportFileResult {
  file: string;
  status: ImportStatus;
  id?: ArticleId;
  duplicateOf?: ArticleId;
  title?: string;
  format?: ArticleFormat;
  error?: ApiError;
}

export interface ImportRequest {
  /** Absolute paths of files or folders (folders are walked recursively). */
  paths: string[];
  /** Password for encrypted PDFs (used on retry). */
  password?: string;
}

/** A file handed over by the renderer in browser mode, where it has no paths. */
export interface UploadedFile {
  name: string;
  /** Base64 of the file's bytes. */
  base64: string;
}

export interface ImportBatch {
  batchId: string;
  results: ImportFileResult[];
}

/** The payload of the `import:progress` event. */
export interface ImportProgress {
  batchId: string;
  done: number;
  total: number;
  currentFile: string | null;
  bytesDone: number;
  bytesTotal: number;
  /** The result of the file that just finished, if any. */
  result?: ImportFileResult;
}

export interface ImportApi {
  /** Import files by path (desktop app, CLI). */
  importPaths(args: ImportRequest): Promise<ImportBatch>;
  /** Import files by content (browser mode, drag and drop without paths). */
  importUploads(args: { files: UploadedFile[]; password?: string }): Promise<ImportBatch>;
  cancelImport(args: { batchId: string }): Promise<void>;
}

export const IMPORT_METHODS = listKeys<ImportApi>({
  importPaths: true,
  importUploads: true,
  cancelImport: true,
});
