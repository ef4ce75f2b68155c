/**
 * The core's entry: everything a shell (Electron, CLI, HTTP) may use, and nothing else. Shells
 * open a library with `openCore` and then speak only to what it returns: `api` (the contract
 * every transport serves), `host` (privileged operations) and `events`. Lint forbids shells to
 * import any other file of main/core/.
 */
export { openCore, type Core, type CoreEventSource, type OpenCoreOptions } from './kernel/open-core';
export type { DemoLoadResult } from './demo/load-demo';
export type { HostApi, HostMethod, BriefFileOutcome } from './kernel/host-api';
export { dispatch, type Logger } from './kernel/dispatch';
export { CONTENT_SECURITY_POLICY } from './kernel/content-security-policy';
export type { PdfPrinter, PrintPdfOptions } from './export/pdf-printer';
// Restoring replaces the library file itself, so it works on a closed library (by path), not
// through an open core's host API.
export { restoreLibrary, describeBeforeRestorePath, type RestoreOutcome } from './backup/restore-library';
export {
  restoreOpenLibrary,
  type OpenLibraryOps,
  type RestoreFlowResult,
  type RestoreFlowOptions,
} from './backup/restore-open-library';
