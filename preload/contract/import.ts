/** Import: files in, by path (desktop, CLI) or by content (browser mode). */

import type { ContainerReport, SkipReason } from './containers';
import type { ApiError } from './errors';
import type { ArticleId } from './ids';
import { listKeys } from './key-list';
import type { ArticleFormat } from './library';

/** 'skipped' is for a container's member that is not a document (a folder entry, a system file), never for a failure. */
export type ImportStatus = 'imported' | 'duplicate' | 'failed' | 'skipped';

/** One line of the import report (and of `dossier import --json`). */
export interface ImportFileResult {
  file: string;
  status: ImportStatus;
  id?: ArticleId;
  duplicateOf?: ArticleId;
  title?: string;
  format?: ArticleFormat;
  error?: ApiError;
  /** For a member of a container: the container's path as given (file or upload name). */
  container?: string;
  /** For a member of a container: its path inside ("folder/file.pdf", "message 3/report.pdf"). */
  member?: string;
  /** For an attachment: the message it was attached to. */
  parentId?: ArticleId;
  /** For a skipped member, why. */
  skipped?: SkipReason;
  /** For a container's own line: its stored record and completeness report. */
  containerId?: number;
  report?: ContainerReport;
}

export interface ImportRequest {
  /** Absolute paths of files or folders (folders are walked recursively). */
  paths: string[];
  /** Password for encrypted PDFs and archives (used on retry). */
  password?: string;
  /** OCR languages for scans in this import ("fra+eng"); default: the library's setting. */
  ocrLanguages?: string;
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
  importUploads(args: { files: UploadedFile[]; password?: string; ocrLanguages?: string }): Promise<ImportBatch>;
  cancelImport(args: { batchId: string }): Promise<void>;
  /**
   * Says an import is likely soon (files dragged over the window, the file picker opened), so the
   * parser threads start and warm up now rather than when the first file arrives. Resolves at
   * once; calling it again while the threads are warm does nothing, and it never fails an import.
   */
  prepareImport(): Promise<void>;
}

export const IMPORT_METHODS = listKeys<ImportApi>({
  importPaths: true,
  importUploads: true,
  cancelImport: true,
  prepareImport: true,
});
