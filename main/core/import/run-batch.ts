import { randomUUID } from 'node:crypto';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { ApiError, ArticleId, ImportBatch, ImportFileResult } from '../../../preload/api';
import { translateStorageError } from '../../../db/write-transaction';
import { DossierError } from '../../../preload/contract/errors';
import type { CoreContext } from '../kernel/context';
import { sizeOverLimit } from '../kernel/format-size';
import type { FileOnDisk } from './collect-files';
import { storeArticle } from '../library/store-article';
import { sha256Hex } from '../library/text-hash';
import { createParsePool, type ParsePool } from './parse-pool';
import { parseRequestFor } from './parse-request';
import { StoreQueue } from './store-queue';
import { containerKindOf } from '../containers/detect';
import type { ImportOptions, ParseOutcome } from './types';
import { importContainer, type ContainerScope } from '../containers/import-container';
import { peekStreamedContainer, storeLooseMessageHeaders } from '../containers/batch-entry';
import { rethreadLibrary } from '../containers/rethread';
import { recordMailPeople } from '../containers/mail-people';

/** One file of a batch: where it is shown in the report, and how to get its bytes. */
export interface BatchItem {
  /** Shown in the report and the CLI output (the path, or the uploaded name). */
  label: string;
  /** Kept as the source's file name (provenance). */
  fileName: string;
  /** Size when known before reading (files on disk), to refuse huge files unread. */
  knownBytes: number;
  load(): Promise<Uint8Array>;
  /** The file on disk, when there is one: mailboxes and tars are streamed from it, never read whole. */
  location?: string | Buffer;
}

/** A batch in flight; cancel() stops files that have not started, finished ones stay imported. */
export interface RunningBatch {
  batchId: string;
  cancel(): void;
  done: Promise<ImportBatch>;
}

const CANCELLED: ApiError = { code: 'CANCELLED', message: 'The import was cancelled before this file was read.' };
const NOT_ATTEMPTED: ApiError = {
  code: 'NOT_ATTEMPTED',
  message: 'Not attempted: the disk filled up earlier in this import. Free some space and import this file again.',
};

function failed(item: BatchItem, error: ApiError, format?: ImportFileResult['format']): ImportFileResult {
  const result: ImportFileResult = { file: item.label, status: 'failed', error };
  if (format) result.format = format;
  return result;
}

function tooLarge(bytes: number, max: number): ApiError {
  return {
    code: 'FILE_TOO_LARGE',
    message: `This file is ${sizeOverLimit(bytes, max)} Dossier imports.`,
  };
}

/** Stores a parsed file (one transaction inside storeArticle) and turns the outcome into a report line. */
function storeOutcome(
  ctx: CoreContext,
  item: BatchItem,
  bytes: Uint8Array,
  outcome: ParseOutcome,
  afterStore?: (id: ArticleId) => void,
  sha256?: string,
): ImportFileResult {
  if (!outcome.ok) return failed(item, { code: outcome.code, message: outcome.message }, outcome.format);
  const { article } = outcome;
  try {
    const stored = storeArticle(ctx, {
      article,
      source: {
        fileName: item.fileName,
        content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        ...(sha256 ? { sha256 } : {}),
      },
      ...(afterStore ? { afterStore } : {}),
      ...(outcome.prepared ? { prepared: outcome.prepared } : {}),
    });
    if (stored.status === 'duplicate') {
      return {
        file: item.label,
        status: 'duplicate',
        duplicateOf: stored.duplicateOf,
        title: article.title,
        format: article.format,
      };
    }
    ctx.events.emit('library:changed', { reason: 'import' });
    return { file: item.label, status: 'imported', id: stored.id, title: article.title, format: article.format };
  } catch (thrown) {
    const err = translateStorageError(thrown);
    // DISK_FULL and DB_LOCKED say what happened and what to do; anything else is a bug, logged.
    if (err instanceof DossierError) return failed(item, err.toApiError(), article.format);
    console.error('[dossier] storing an imported file failed', err);
    return failed(
      item,
      { code: 'INTERNAL', message: 'The file was read but could not be saved to the library; nothing of it was kept.' },
      article.format,
    );
  }
}

/** The report of a stored file whose transaction could not be committed: nothing of it was kept. */
function notKept(item: BatchItem, err: unknown, format?: ImportFileResult['format']): ImportFileResult {
  if (err instanceof DossierError) return failed(item, err.toApiError(), format);
  console.error('[dossier] saving imported files failed', err);
  return failed(
    item,
    { code: 'INTERNAL', message: 'The file was read but could not be saved to the library; nothing of it was kept.' },
    format,
  );
}

/**
 * Imports files, parsing several at a time off the main thread and storing a few per short
 * transaction (each article in its own savepoint). Every file ends as imported, duplicate or
 * failed; one bad file never stops the others.
 */
export function startBatch(
  ctx: CoreContext,
  items: BatchItem[],
  options: ImportOptions & { password?: string },
  pool?: ParsePool,
): RunningBatch {
  const batchId = randomUUID();
  let cancelled = false;
  // A full disk stops the batch: every later file would fail the same way, each with its own error.
  let diskFull = false;
  const results: ImportFileResult[] = new Array<ImportFileResult>(items.length);
  // A container's member lines, after its own line, by the container's index.
  const memberLines = new Map<number, ImportFileResult[]>();
  const scope: ContainerScope = {
    ctx,
    parsers: null as unknown as ParsePool,
    options,
    emit: (result) => progress(null, result),
    storedMail: false,
    people: new Map(),
  };
  // Parsed files are written a few per transaction (see store-queue.ts).
  const stores = new StoreQueue<ImportFileResult>(ctx.db);
  const bytesTotal = items.reduce((sum, i) => sum + i.knownBytes, 0);
  let done = 0;
  let bytesDone = 0;
  const workers = Math.max(1, Math.min(options.workers ?? Math.min(4, availableParallelism()), items.length));
  const parsers = pool ?? createParsePool(workers);
  scope.parsers = parsers;
  // One lane more than parsers: while a lane stores its article on this thread, the spare lane's
  // file is already waiting for the freed parser, so parsers never sit idle during a store.
  const concurrency = Math.min(workers + 1, items.length);

  const progress = (currentFile: string | null, result?: ImportFileResult): void => {
    ctx.events.emit('import:progress', {
      batchId,
      done,
      total: items.length,
      currentFile,
      bytesDone,
      bytesTotal,
      ...(result ? { result } : {}),
    });
  };

  // Files are read one after another, in order, so that a copy of an earlier file of the same
  // batch is always the one reported as duplicate (parsing runs in parallel and could finish first).
  let loadChain: Promise<unknown> = Promise.resolve();
  const firstWithBytes = new Map<string, Promise<void>>();

  /** A container's own line; its members' lines go to memberLines. */
  const importAsContainer = async (index: number, lines: Promise<ImportFileResult[]>): Promise<ImportFileResult> => {
    const [own, ...members] = await lines;
    memberLines.set(index, members);
    return own!;
  };

  const importOne = async (item: BatchItem, finished: Promise<void>, index: number): Promise<ImportFileResult> => {
    // Mailboxes and tars are streamed from disk whatever their size; each member has the size cap.
    const streamed = item.location !== undefined ? await peekStreamedContainer(item.location, item.fileName) : null;
    if (streamed) {
      return importAsContainer(
        index,
        importContainer(scope, { ...streamed, fileName: item.fileName, label: item.label }),
      );
    }
    if (item.knownBytes > options.maxBytes) return failed(item, tooLarge(item.knownBytes, options.maxBytes));
    let bytes: Uint8Array;
    try {
      const loading = loadChain.then(() => item.load());
      loadChain = loading.catch(() => undefined);
      bytes = await loading;
    } catch {
      return failed(item, {
        code: 'NOT_FOUND',
        message: 'This file could not be read from disk (moved, deleted or not allowed).',
      });
    }
    const kind = containerKindOf(bytes, item.fileName, true);
    if (kind !== null && kind !== 'eml') {
      return importAsContainer(
        index,
        importContainer(scope, { kind, fileName: item.fileName, label: item.label, bytes }),
      );
    }
    const sha = sha256Hex(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const earlier = firstWithBytes.get(sha);
    if (earlier) await earlier;
    else firstWithBytes.set(sha, finished);
    const outcome = await parsers.parse(parseRequestFor(item.fileName, bytes, options), options.timeoutMs);
    if (cancelled) return failed(item, CANCELLED, outcome.ok ? outcome.article.format : outcome.format);
    if (diskFull) return failed(item, NOT_ATTEMPTED, outcome.ok ? outcome.article.format : outcome.format);
    const mail =
      outcome.ok && outcome.article.format === 'eml'
        ? await storeLooseMessageHeaders(ctx.db, bytes, scope.people)
        : undefined;
    if (!outcome.ok) return storeOutcome(ctx, item, bytes, outcome);
    const format = outcome.article.format;
    const result = await stores.store(
      () => {
        // An earlier article of the same transaction may have found the disk full.
        if (diskFull) return failed(item, NOT_ATTEMPTED, format);
        const stored = storeOutcome(ctx, item, bytes, outcome, mail, sha);
        if (stored.error?.code === 'DISK_FULL') diskFull = true;
        return stored;
      },
      // A commit that fails takes the whole transaction: its first file says why, once.
      (err, first) => {
        const full = err instanceof DossierError && err.code === 'DISK_FULL';
        if (full) diskFull = true;
        return full && !first ? failed(item, NOT_ATTEMPTED, format) : notKept(item, err, format);
      },
    );
    if (mail && result.status === 'imported') scope.storedMail = true;
    if (result.error?.code === 'DISK_FULL') diskFull = true;
    return result;
  };

  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      const item = items[index]!;
      let markFinished!: () => void;
      const finished = new Promise<void>((resolve) => (markFinished = resolve));
      if (cancelled) {
        results[index] = failed(item, CANCELLED);
      } else if (diskFull) {
        results[index] = failed(item, NOT_ATTEMPTED);
      } else {
        progress(item.label);
        results[index] = await importOne(item, finished, index);
      }
      markFinished();
      done++;
      bytesDone += item.knownBytes;
      progress(null, results[index]);
    }
  };

  const run = async (): Promise<ImportBatch> => {
    progress(null);
    try {
      await Promise.all(Array.from({ length: concurrency }, lane));
    } finally {
      if (!pool) await parsers.close();
    }
    if (scope.storedMail) rethreadLibrary(ctx);
    recordMailPeople(ctx, scope.people);
    return { batchId, results: results.flatMap((r, i) => [r, ...(memberLines.get(i) ?? [])]) };
  };

  return {
    batchId,
    cancel() {
      cancelled = true;
    },
    done: run(),
  };
}

/**
 * Reads a file into shared memory: the parser thread then works on the same bytes instead of a
 * copy (posting a plain buffer to a worker clones it), so a file is held once, not twice.
 */
export async function readFileShared(location: string | Buffer): Promise<Uint8Array> {
  const handle = await open(location, 'r');
  try {
    const size = (await handle.stat()).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(bytes, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return offset === size ? bytes : bytes.subarray(0, offset);
  } finally {
    await handle.close();
  }
}

/** Batch items for files on disk. */
export function itemsForFiles(files: FileOnDisk[]): BatchItem[] {
  return files.map((f) => ({
    label: f.path,
    fileName: basename(f.path),
    knownBytes: f.bytes,
    location: f.location,
    load: () => readFileShared(f.location),
  }));
}
