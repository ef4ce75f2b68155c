import { useCallback, useRef, useState } from 'react';
import type { ImportBatch, ImportFileResult, ImportProgress } from '../../../preload/api';
import { describeError } from '../api/client';
import { useClient, useDossierEvent } from '../api/client-context';
import { groupBySize, readDroppedFiles, readFileAsBase64, type DroppedFile } from './read-dropped-files';
import { splitOversizeUploads } from './upload-limit';
import { usePrepareImport } from './use-prepare-import';
import { i18n } from '../i18n/i18n';

/** Uploads per request in browser mode: big enough for a folder of articles, small enough for HTTP. */
const UPLOAD_BYTES_PER_REQUEST = 8 * 1024 * 1024;

/** A file handed to the core whose result has not come back yet. */
export interface PendingRow {
  file: string;
  status: 'pending';
}

/** One line of the report: a file still waiting, or what happened to it. */
export type ReportRow = ImportFileResult | PendingRow;

export interface ImportState {
  /**
   * One row per file, in the order the files were dropped: each appears as pending and gets its
   * status in place when its result arrives (a retry replaces its row, where it was).
   */
  rows: ReportRow[];
  progress: ImportProgress | null;
  running: boolean;
  error: string | null;
}

/**
 * The import flow behind the drop overlay and the report: starts imports (by path in the
 * desktop app, by upload in browser mode), follows `import:progress`, and retries failures.
 */
export function useImport() {
  const client = useClient();
  const uploads = useRef(new Map<string, File>());
  // Set by cancel(): stops uploading further groups; the core stops the batch it is working on.
  const cancelled = useRef(false);
  const batchInCore = useRef<string | null>(null);
  const [state, setState] = useState<ImportState>({ rows: [], progress: null, running: false, error: null });
  const [visible, setVisible] = useState(false);
  const prepare = usePrepareImport();

  const upsert = useCallback((results: ReportRow[]) => {
    setState((prev) => {
      // A Map keeps first-insertion order, so a row keeps its place when its result arrives.
      const byFile = new Map(prev.rows.map((r) => [r.file, r]));
      for (const r of results) byFile.set(r.file, r);
      return { ...prev, rows: [...byFile.values()] };
    });
  }, []);
  const addPending = useCallback(
    (files: string[]) => upsert(files.map((file) => ({ file, status: 'pending' as const }))),
    [upsert],
  );

  // Progress and per-file results arrive as events, also for imports started elsewhere (File >
  // Import in the desktop menu, another window), so the report fills in either way.
  useDossierEvent('import:progress', (progress) => {
    setVisible(true);
    batchInCore.current = progress.done >= progress.total ? null : progress.batchId;
    const finished = progress.done >= progress.total;
    setState((prev) => ({ ...prev, progress: finished && !prev.running ? null : progress }));
    if (progress.result) upsert([progress.result]);
  });
  useDossierEvent('app:command', ({ command }) => {
    if (command === 'import') setVisible(true);
  });

  const run = useCallback(
    (work: () => Promise<ImportBatch[]>): void => {
      setVisible(true);
      cancelled.current = false;
      setState((prev) => ({ ...prev, running: true, error: null }));
      work().then(
        (batches) => {
          upsert(batches.flatMap((b) => b.results));
          // A dropped folder was pending under its own path; its files came back as rows of their own.
          // Files a cancel stopped before they were sent are reported as cancelled, not dropped silently.
          setState((prev) => ({
            ...prev,
            rows: cancelled.current
              ? prev.rows.map(markCancelledIfPending)
              : prev.rows.filter((r) => r.status !== 'pending'),
            running: false,
            progress: null,
          }));
        },
        (err: unknown) => {
          setState((prev) => ({
            ...prev,
            rows: prev.rows.filter((r) => r.status !== 'pending'),
            running: false,
            progress: null,
            error: describeError(err),
          }));
        },
      );
    },
    [upsert],
  );

  const uploadFiles = useCallback(
    async (files: DroppedFile[], password?: string): Promise<ImportBatch[]> => {
      const { uploadable, refused } = splitOversizeUploads(files);
      const batches: ImportBatch[] = refused.length > 0 ? [{ batchId: 'not-uploaded', results: refused }] : [];
      for (const group of groupBySize(uploadable, UPLOAD_BYTES_PER_REQUEST)) {
        if (cancelled.current) break;
        const payload = await Promise.all(
          group.map(async ({ file, name }) => ({ name, base64: await readFileAsBase64(file) })),
        );
        batches.push(await client.importUploads({ files: payload, ...(password ? { password } : {}) }));
      }
      return batches;
    },
    [client],
  );

  /** Starts importing what was dropped on the window. */
  const importDrop = useCallback(
    (data: DataTransfer) => {
      if (client.pathForFile) {
        const pathForFile = client.pathForFile;
        const paths = [...data.files].map((file) => pathForFile(file)).filter((p) => p.length > 0);
        if (paths.length > 0) {
          addPending(paths);
          run(async () => [await client.importPaths({ paths })]);
        }
        return;
      }
      const reading = readDroppedFiles(data); // must start synchronously inside the drop event
      run(async () => {
        const files = await reading;
        for (const { file, name } of files) uploads.current.set(name, file);
        addPending(files.map((f) => f.name));
        return uploadFiles(files);
      });
    },
    [client, run, uploadFiles, addPending],
  );

  /** Starts importing files picked in a file dialog (the keyboard way to import). */
  const importFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      if (client.pathForFile) {
        const pathForFile = client.pathForFile;
        const paths = files.map((file) => pathForFile(file));
        addPending(paths);
        run(async () => [await client.importPaths({ paths })]);
        return;
      }
      const dropped = files.map((file) => ({ file, name: file.name }));
      for (const { file, name } of dropped) uploads.current.set(name, file);
      addPending(dropped.map((f) => f.name));
      run(() => uploadFiles(dropped));
    },
    [client, run, uploadFiles, addPending],
  );

  /** Whether a failed row can be retried from here (browser mode needs the dropped File). */
  const canRetry = useCallback(
    (row: ImportFileResult) => client.platform === 'desktop' || uploads.current.has(row.file),
    [client],
  );

  /** Tries one failed file again, with a password when it was encrypted. */
  const retry = useCallback(
    (row: ImportFileResult, password?: string) => {
      const file = uploads.current.get(row.file);
      addPending([row.file]);
      if (file) run(() => uploadFiles([{ file, name: row.file }], password));
      else run(async () => [await client.importPaths({ paths: [row.file], ...(password ? { password } : {}) })]);
    },
    [client, run, uploadFiles, addPending],
  );

  /** Stops the import: what finished stays, the rest is reported as cancelled. */
  const cancel = useCallback(() => {
    cancelled.current = true;
    const batchId = batchInCore.current;
    if (batchId) void client.cancelImport({ batchId }).catch(() => undefined);
  }, [client]);

  const close = useCallback(() => {
    setVisible(false);
    setState((prev) => (prev.running ? prev : { rows: [], progress: null, running: false, error: null }));
  }, []);

  return { state, visible, prepare, importDrop, importFiles, retry, canRetry, cancel, close };
}

function markCancelledIfPending(row: ReportRow): ReportRow {
  if (row.status !== 'pending') return row;
  return {
    file: row.file,
    status: 'failed',
    error: { code: 'CANCELLED', message: i18n.t('import.cancelledBeforeRead') },
  };
}
