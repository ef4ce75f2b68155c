/** Events the core (or the desktop shell) pushes to every window (IPC) or browser (server-sent events). */

import type { EntityScanProgress } from './entities';
import type { FamiliesProgress } from './families';
import type { ImportProgress } from './import';
import { listKeys } from './key-list';
import type { OcrProgress } from './ocr';

/** Why the library changed: one literal per place in the core that announces a change. */
export type LibraryChangeReason =
  | 'import'
  | 'import-library'
  | 'demo-loaded'
  | 'article-deleted'
  | 'article-edited'
  | 'tag-created'
  | 'tag-renamed'
  | 'tag-recoloured'
  | 'tags-merged'
  | 'tag-deleted'
  | 'tag-restored'
  | 'articles-tagged'
  | 'articles-untagged'
  | 'note-created'
  | 'note-deleted'
  | 'note-dated'
  | 'quote-created'
  | 'quote-updated'
  | 'quote-deleted'
  | 'saved-search-added'
  | 'saved-search-deleted'
  | 'entities-changed'
  | 'entities-rescanned'
  | 'watchlists-changed'
  | 'families-computed'
  | 'family-origin-changed'
  | 'ocr-page-read';

/**
 * Desktop only: a File menu command. 'export': open the brief/export view. 'import': an import
 * chosen in the menu has started (show the import report; progress follows as import:progress).
 * 'open-library' / 'backup' / 'restore': the shell is about to switch, copy or replace the
 * library with its own dialogs (save any draft now; the window reloads after a switch or a restore).
 */
export type AppCommand = 'import' | 'export' | 'open-library' | 'backup' | 'restore';

export interface DossierEvents {
  'import:progress': ImportProgress;
  'library:changed': { reason: LibraryChangeReason };
  'entities:progress': EntityScanProgress;
  /** The one-time computation of families for a library that predates them. */
  'families:progress': FamiliesProgress;
  'app:command': { command: AppCommand };
  /** OCR: a page of a scan was read (page n of m), or a job changed state. */
  'ocr:progress': OcrProgress;
}
export type DossierEventName = keyof DossierEvents;

export const EVENT_NAMES = listKeys<DossierEvents>({
  'import:progress': true,
  'library:changed': true,
  'entities:progress': true,
  'families:progress': true,
  'app:command': true,
  'ocr:progress': true,
});
