/**
 * The API as one method map, merged from the capabilities' maps (as Actual Budget merges its
 * per-domain handler maps): each method takes one argument object (or none) and resolves to its
 * value. Transports wrap results in ApiResult; callers on the renderer side see the unwrapped
 * value or a thrown DossierError.
 */

import { BACKUP_METHODS, type BackupApi } from './backup';
import { BRIEFS_METHODS, type BriefsApi } from './briefs';
import { CONTAINERS_METHODS, type ContainersApi } from './containers';
import { ENTITIES_METHODS, type EntitiesApi } from './entities';
import { FAMILIES_METHODS, type FamiliesApi } from './families';
import type { ApiResult } from './errors';
import type { DossierEventName, DossierEvents } from './events';
import { IMPORT_METHODS, type ImportApi } from './import';
import { LIBRARY_METHODS, type LibraryApi } from './library';
import { NETWORK_METHODS, type NetworkApi } from './network';
import { RESEARCH_METHODS, type ResearchApi } from './research';
import { SEARCH_METHODS, type SearchApi } from './search';
import { SETTINGS_METHODS, type SettingsApi } from './settings';
import { OCR_METHODS, type OcrApi } from './ocr';
import { TIMELINE_METHODS, type TimelineApi } from './timeline';

export interface DossierApi
  extends
    LibraryApi,
    BackupApi,
    ImportApi,
    SearchApi,
    EntitiesApi,
    ResearchApi,
    BriefsApi,
    FamiliesApi,
    ContainersApi,
    SettingsApi,
    NetworkApi,
    OcrApi,
    TimelineApi {}

export type ApiMethod = keyof DossierApi;

const LISTED_METHODS = [
  ...LIBRARY_METHODS,
  ...BACKUP_METHODS,
  ...IMPORT_METHODS,
  ...SEARCH_METHODS,
  ...ENTITIES_METHODS,
  ...RESEARCH_METHODS,
  ...BRIEFS_METHODS,
  ...FAMILIES_METHODS,
  ...CONTAINERS_METHODS,
  ...SETTINGS_METHODS,
  ...NETWORK_METHODS,
  ...OCR_METHODS,
  ...TIMELINE_METHODS,
];
/** The method names, for routers that must reject anything else. */
export const API_METHODS: readonly ApiMethod[] = LISTED_METHODS;

/** A compile error when DossierApi gains a method of its own instead of one from a capability's map. */
type UnlistedMethod = Exclude<ApiMethod, (typeof LISTED_METHODS)[number]>;
const _everyMethodListed: [UnlistedMethod] extends [never] ? true : UnlistedMethod = true;

export type ApiArgs<M extends ApiMethod> =
  Parameters<DossierApi[M]> extends [] ? undefined : Parameters<DossierApi[M]>[0];
export type ApiValue<M extends ApiMethod> = Awaited<ReturnType<DossierApi[M]>>;

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}

/**
 * What the preload exposes as `window.dossier` (and the web bridge mimics): one generic
 * invoke plus an event subscription. The typed client in the renderer sits on top.
 */
export interface DossierBridge {
  invoke<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<ApiValue<M>>>;
  on<E extends DossierEventName>(event: E, listener: (payload: DossierEvents[E]) => void): () => void;
  /** 'desktop' inside Electron, 'browser' in browser mode. */
  readonly platform: 'desktop' | 'browser';
  /**
   * Desktop only: the file-system path of a dropped File (Electron's webUtils.getPathForFile),
   * so the main process imports it by path. Absent in browser mode, where files are uploaded.
   */
  pathForFile?(file: { name: string }): string;
}

/** Channel names used by the Electron shell. */
export const IPC_INVOKE_CHANNEL = 'dossier:invoke';
export const IPC_EVENT_CHANNEL = 'dossier:event';
