import type { BriefFormat, BriefScope } from '../../../preload/api';
import type { BackupOutcome } from '../backup/backup-library';
import type { DemoLoadResult } from '../demo/load-demo';
import type { DataExportOutcome } from '../export/data-export-files';
import type { LibraryImportOutcome } from '../export/library-json';
import type { PdfPrinter } from '../export/pdf-printer';

/** A brief written to a file by the host API. */
export interface BriefFileOutcome {
  out: string;
  format: BriefFormat;
  articles: number;
  quotes: number;
  /** PDF only. */
  pages?: number;
}

/**
 * The privileged operations only a shell may ask for (the CLI, the desktop menu): they read or
 * write paths the shell chose with the user, or change how the core runs. They never travel over
 * IPC or HTTP, so a web page cannot reach them, but their arguments are checked and their errors
 * mapped exactly as the API's are (see guard-host.ts).
 */
export interface HostApi {
  /** Writes a consistent copy of the open library to `out` (SQLite's online backup). */
  backupTo(args: { out: string }): Promise<BackupOutcome>;
  /** Writes the library's data (or a scope of it) as JSON, or as CSV files (a folder or one .zip). */
  exportData(args: { format: 'json' | 'csv'; out: string; scope?: BriefScope }): Promise<DataExportOutcome>;
  /** Builds a brief from an unchecked definition and writes it to `out` (through a temporary name). */
  exportBriefFile(args: { definition: unknown; format: BriefFormat; out: string }): Promise<BriefFileOutcome>;
  /** Loads a JSON export (`exportData` with format json) into this library, in one transaction. */
  importLibraryFile(args: { path: string }): Promise<LibraryImportOutcome & { file: string }>;
  /** Loads the built-in demo articles and notes (idempotent). */
  loadDemo(): Promise<DemoLoadResult>;
  /** Lets the desktop shell print PDFs with its own engine (Electron's printToPDF). */
  setPdfPrinter(args: { printer: PdfPrinter }): Promise<void>;
  /** Resolves once OCR has read every pending page (what `dossier import` waits for unless --no-wait). */
  waitForOcr(): Promise<void>;
}

export type HostMethod = keyof HostApi;
