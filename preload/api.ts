/**
 * The Dossier API contract: the one description of what the renderer, the CLI and the
 * transports (Electron IPC, loopback HTTP) may ask of the core.
 *
 * The contract lives in preload/contract/, one file per capability, each with its method map
 * and its method names; this file re-exports it so every ring imports it from one place.
 * Contract files import only each other, so every ring (renderer, preload, main, db) can depend
 * on them. Adding a method means: declare it in its capability's map and name list, implement
 * it in the core, test it, then use it in the UI. The transports never change.
 */

export * from './contract/ids';
export * from './contract/errors';
export * from './contract/library';
export * from './contract/backup';
export * from './contract/import';
export * from './contract/search';
export * from './contract/entities';
export * from './contract/research';
export * from './contract/settings';
export * from './contract/briefs';
export * from './contract/families';
export * from './contract/containers';
export * from './contract/network';
export * from './contract/ocr';
export * from './contract/timeline';
export * from './contract/mail-quotes';
export * from './contract/events';
export * from './contract/dossier-api';
