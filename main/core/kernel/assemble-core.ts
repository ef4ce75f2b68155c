import { createContainersHandlers } from '../containers/handlers';
import type { DossierApi } from '../../../preload/api';
import { createBackupHandlers } from '../backup/backup-handlers';
import { createBackupHost } from '../backup/backup-host';
import { createDemoHost } from '../demo/demo-host';
import { createEntitiesCapability } from '../entities/handlers';
import type { EntityEngine } from '../entities/entity-engine';
import { createBriefHandlers } from '../export/brief-handlers';
import { createExportHost } from '../export/export-host';
import { PdfPrinterSlot } from '../export/pdf-printer';
import { createImportCapability } from '../import/handlers';
import { createFamiliesCapability } from '../families/capability';
import type { FamilyIndex } from '../families/family-index';
import { createLibraryHandlers } from '../library/article-handlers';
import { createNetworkHandlers } from '../network/handlers';
import { createResearchHandlers, researchArticleLifecycle } from '../research/handlers';
import { createSearchHandlers } from '../search/handlers';
import { createSettingsHandlers } from '../settings/handlers';
import { createOcrCapability } from '../ocr/capability';
import type { OcrRunner } from '../ocr/ocr-runner';
import { SearchIndex, searchArticleLifecycle, searchNoteLifecycle } from '../search/search-index';
import { createTimelineHandlers } from '../timeline/handlers';
import type { CoreContext } from './context';
import { guardHost } from './guard-host';
import type { HostApi } from './host-api';
import type { Logger } from './dispatch';

/** One assembled core: the API for every transport, the host API for shells, and its parts for tests and tools. */
export interface AssembledCore {
  api: DossierApi;
  host: HostApi;
  /** For tests and benchmarks (they wait on re-scans, read caches); shells never see these. */
  parts: {
    searchIndex: SearchIndex;
    entityEngine: EntityEngine;
    families: FamilyIndex;
    familiesBackfilled: Promise<number>;
    /** The OCR runner: tests and the CLI wait on it; the core stops it on close. */
    ocr: OcrRunner;
  };
  /** Stops what the core started besides the database (the import's parser threads). */
  close(): Promise<void>;
}

const defaultLogger: Logger = (message, err) => console.error(`[dossier] ${message}`, err);

/**
 * The composition root: builds each capability once for this library, wires the few that depend
 * on one another by passing what they need, and installs the article hooks in their order.
 * Typed by the contract, so a missing or misspelt API method is a compile error.
 */
export function assembleCore(
  ctx: CoreContext,
  log: Logger = defaultLogger,
  options: { systemLocale?: string | null } = {},
): AssembledCore {
  const entities = createEntitiesCapability(ctx);
  const searchIndex = new SearchIndex(ctx);
  const search = createSearchHandlers(ctx, searchIndex);
  const printer = new PdfPrinterSlot();
  const families = createFamiliesCapability(ctx);
  const ocr = createOcrCapability(ctx, log);
  // Parse workers match entities against the registry, so storing an article only writes them.
  const imports = createImportCapability(ctx, { entityRegistry: () => entities.engine.registrySnapshot() });

  // The order matters and is the only place it is decided: entities first, because they write
  // the article's mentions, which search's facet cache reads when it notes the stored article.
  // Research only follows metadata corrections (its quotes' citations). Families read only the
  // article's own text and date and write only their tables, so they come last: nothing reads them.
  ctx.articleHooks.install([
    entities.lifecycle,
    searchArticleLifecycle(searchIndex),
    researchArticleLifecycle(ctx),
    families.lifecycle,
    // OCR only records a stored scan's job (its own tables) and wakes its runner after the commit.
    ocr.lifecycle,
  ]);

  const api: DossierApi = {
    ...createLibraryHandlers(ctx),
    ...imports.api,
    ...entities.api,
    ...search,
    ...createResearchHandlers(ctx, searchNoteLifecycle(searchIndex)),
    ...createBackupHandlers(ctx),
    ...createContainersHandlers(ctx),
    // Briefs scoped by a query resolve it through the app's own search.
    ...createBriefHandlers(ctx, { printer, search: (args) => search.search(args) }),
    ...families.api,
    ...createSettingsHandlers(ctx, options.systemLocale ?? null),
    // A search-scoped network resolves its query through the app's own search, like briefs.
    ...createNetworkHandlers(ctx, { search: (args) => search.search(args) }),
    ...ocr.api,
    // A search timeline resolves its query through the app's own search, as briefs do.
    ...createTimelineHandlers(ctx, { search: (args) => search.search(args) }),
  } satisfies DossierApi;

  const host: HostApi = {
    ...createBackupHost(ctx),
    ...createExportHost(ctx, { printer, search: (args) => search.search(args) }),
    ...createDemoHost(ctx),
    waitForOcr: () => ocr.runner.idle(),
  } satisfies HostApi;

  return {
    api,
    host: guardHost(host, log),
    parts: {
      searchIndex,
      entityEngine: entities.engine,
      families: families.index,
      familiesBackfilled: families.backfilled,
      ocr: ocr.runner,
    },
    close: () => imports.close(),
  };
}

/** The API alone, for tests that need nothing else. */
export function createApi(ctx: CoreContext): DossierApi {
  return assembleCore(ctx).api;
}
