import type { DossierApi, ImportFileResult, UploadedFile } from '../../../preload/api';
import { DossierError } from '../../../preload/contract/errors';
import type { CoreContext } from '../kernel/context';
import { optionalString, requireString, requireStringArray } from '../kernel/validate';
import { availableParallelism } from 'node:os';
import type { EntityRegistrySnapshot } from '../entities/prematch';
import { collectFiles } from './collect-files';
import { createParsePool, WORKER_HEAP_MB, type ParsePool } from './parse-pool';
import { itemsForFiles, startBatch, type BatchItem, type RunningBatch } from './run-batch';
import { DEFAULT_IMPORT_OPTIONS, type ImportOptions } from './types';
import { readOcrLanguages } from '../ocr/read-languages';

type ImportHandlers = Pick<DossierApi, 'importPaths' | 'importUploads' | 'cancelImport' | 'prepareImport'>;

const MAX_UPLOAD_FILES = 10_000;

function readUploads(value: unknown): UploadedFile[] {
  if (!Array.isArray(value) || value.length > MAX_UPLOAD_FILES) {
    throw new DossierError('INVALID_INPUT', `"files" must be a list of at most ${MAX_UPLOAD_FILES} files.`);
  }
  return value.map((f: unknown, i) => {
    const file = (f ?? {}) as Record<string, unknown>;
    return {
      name: requireString(file.name, `files[${i}].name`, 1000),
      base64: requireString(file.base64, `files[${i}].base64`, Number.MAX_SAFE_INTEGER),
    };
  });
}

/** Reads the size cap from DOSSIER_IMPORT_MAX_MB when set, so a desk can raise or lower it. */
export function importOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<ImportOptions> {
  const mb = Number(env.DOSSIER_IMPORT_MAX_MB);
  return Number.isFinite(mb) && mb > 0 ? { maxBytes: Math.round(mb * 1024 * 1024) } : {};
}

/** What the import capability needs from the others, passed in by the kernel. */
export interface ImportDependencies {
  /** The entity registry, so parse workers match entities off the main thread. */
  entityRegistry?: () => EntityRegistrySnapshot;
}

/** The import capability of one open core: its handlers, and `close` to stop its parser threads. */
export interface ImportCapability {
  api: ImportHandlers;
  close(): Promise<void>;
}

/**
 * The import capability: by path (desktop, CLI) or by uploaded bytes (browser mode). Each call
 * is one batch; progress goes out as `import:progress` events carrying the batch id that
 * cancelImport takes. One pool of parser threads serves every batch of this core: started when an
 * import is near (`prepareImport`) or on the first file, each thread stopped after a minute idle
 * (idle threads do not hold the process open either), all of them stopped by `close`.
 */
export function createImportCapability(
  ctx: CoreContext,
  deps: ImportDependencies = {},
  overrides: Partial<ImportOptions> = {},
): ImportCapability {
  const options: ImportOptions = { ...DEFAULT_IMPORT_OPTIONS, ...importOptionsFromEnv(), ...overrides };
  const running = new Map<string, RunningBatch>();
  let pool: ParsePool | undefined;
  const parsePool = (): ParsePool =>
    (pool ??= createParsePool(options.workers ?? Math.min(4, availableParallelism()), undefined, WORKER_HEAP_MB, {
      ...(deps.entityRegistry ? { entityRegistry: deps.entityRegistry } : {}),
    }));

  const run = async (
    items: BatchItem[],
    password: string | undefined,
    before: ImportFileResult[] = [],
    ocrLanguages?: string,
  ) => {
    const batch = startBatch(
      ctx,
      items,
      {
        ...options,
        ...(password !== undefined ? { password } : {}),
        ...(ocrLanguages !== undefined ? { ocrLanguages } : {}),
      },
      parsePool(),
    );
    running.set(batch.batchId, batch);
    try {
      const result = await batch.done;
      return { batchId: result.batchId, results: [...before, ...result.results] };
    } finally {
      running.delete(batch.batchId);
    }
  };

  const api: ImportHandlers = {
    async importPaths(args) {
      const paths = requireStringArray(args?.paths, 'paths');
      if (paths.length === 0) throw new DossierError('INVALID_INPUT', 'Give at least one file or folder to import.');
      const password = optionalString(args?.password, 'password', 1000);
      const ocrLanguages = readOcrLanguages(args?.ocrLanguages);
      const { files, skipped, missing } = await collectFiles(paths);
      const notFound: ImportFileResult[] = missing.map((file) => ({
        file,
        status: 'failed',
        error: { code: 'NOT_FOUND', message: 'There is no file or folder at this path.' },
      }));
      const leftAlone: ImportFileResult[] = skipped.map((s) => ({
        file: s.path,
        status: 'skipped',
        skipped: s.reason,
      }));
      return run(itemsForFiles(files), password, [...notFound, ...leftAlone], ocrLanguages);
    },

    async importUploads(args) {
      const uploads = readUploads(args?.files);
      const password = optionalString(args?.password, 'password', 1000);
      const ocrLanguages = readOcrLanguages(args?.ocrLanguages);
      // Parsed from the uploaded bytes only: nothing is written to disk except the library.
      const items: BatchItem[] = uploads.map((u) => {
        const fileName = u.name.replace(/^.*[\\/]/, '') || 'upload';
        return {
          label: u.name,
          fileName,
          knownBytes: Math.floor((u.base64.length * 3) / 4),
          load: async () => Buffer.from(u.base64, 'base64'),
        };
      });
      return run(items, password, [], ocrLanguages);
    },

    async cancelImport(args) {
      const batchId = requireString(args?.batchId, 'batchId', 100);
      const batch = running.get(batchId);
      if (!batch) throw new DossierError('NOT_FOUND', 'This import has already finished or never started.');
      batch.cancel();
    },

    async prepareImport() {
      // Not awaited: the window asked on a drag and waits for nothing, and a file dropped meanwhile
      // queues behind the warm-up. warm() never rejects; the catch only guards a future change, since
      // a failed warm-up must never surface as an error.
      parsePool()
        .warm()
        .catch(() => undefined);
    },
  };

  return {
    api,
    async close() {
      const closing = pool;
      pool = undefined;
      await closing?.close();
    },
  };
}
