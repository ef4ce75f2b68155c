import type { Database } from 'better-sqlite3';
import { up as initialSchema } from './0001-initial-schema';
import { up as searchIndex } from './0002-search-index';
import { up as noteSearch } from './0003-note-search';
import { up as oneQuotePerPassage } from './0004-one-quote-per-passage';
import { up as surfaceForms } from './0005-surface-forms';
import { up as metadataProvenance } from './0006-metadata-provenance';
import { up as families } from './0007-families';
import { up as containers } from './0008-containers';
import { up as containers7z } from './0009-containers-7z';
import { up as ocr } from './0010-ocr';
import { up as noteEventDates } from './0011-note-event-dates';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/**
 * Every migration, in order. `version` is the PRAGMA user_version a library has after it ran.
 * Capabilities that need tables of their own append here (0002 search index, 0003 entities...).
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001-initial-schema', up: initialSchema },
  { version: 2, name: '0002-search-index', up: searchIndex },
  { version: 3, name: '0003-note-search', up: noteSearch },
  { version: 4, name: '0004-one-quote-per-passage', up: oneQuotePerPassage },
  { version: 5, name: '0005-surface-forms', up: surfaceForms },
  { version: 6, name: '0006-metadata-provenance', up: metadataProvenance },
  { version: 7, name: '0007-families', up: families },
  { version: 8, name: '0008-containers', up: containers },
  { version: 9, name: '0009-containers-7z', up: containers7z },
  { version: 10, name: '0010-ocr', up: ocr },
  { version: 11, name: '0011-note-event-dates', up: noteEventDates },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
