import { basename } from 'node:path';
import type { ApiError } from '../../../../preload/api';
import type { RestoreFlowResult } from '../../../core';

/** The words of one message box: the headline and the detail under it. */
export interface MessageText {
  message: string;
  detail: string;
}

/**
 * The confirmation before File > Restore from Backup… replaces the library: what is replaced,
 * by what, and the exact file the current library is kept as (so the reporter knows nothing is
 * lost and where to find it).
 */
export function describeRestoreConfirmation(args: {
  libraryPath: string;
  backupPath: string;
  keptAs: string;
}): MessageText {
  return {
    message: `Replace the library “${basename(args.libraryPath)}” with the backup “${basename(args.backupPath)}”?`,
    detail: [
      `Everything in the library now (articles, tags, notes, quotes, briefs) will be replaced by what the backup holds.`,
      `The current library is kept first, as\n${args.keptAs}\nso you can go back to it with File > Open Library….`,
      `The backup is checked before anything changes; if it is damaged, from a newer Dossier or not a library, nothing changes.`,
      `Backup: ${args.backupPath}`,
    ].join('\n\n'),
  };
}

/** What the reporter is told after the restore, whichever way it went. */
export function describeRestoreResult(
  result: RestoreFlowResult,
  libraryPath: string,
): MessageText & { type: 'info' | 'error' } {
  if (result.ok) {
    const { outcome } = result;
    const kept = outcome.previous === null ? '' : `\n\nThe library you had before is kept as\n${outcome.previous}`;
    return {
      type: 'info',
      message: 'The backup was restored.',
      detail: `${outcome.articles} ${outcome.articles === 1 ? 'article' : 'articles'} from\n${outcome.from}\nare now in ${outcome.restored}.${kept}`,
    };
  }
  return {
    type: 'error',
    message: 'The backup was not restored.',
    detail: `${describeRestoreError(result.error)}\n\n${
      result.libraryOpen
        ? 'Your library is unchanged and still open.'
        : `Dossier could not open the library again (${libraryPath}). Use File > Open Library… or restart Dossier.`
    }`,
  };
}

/** The core's message, with the next step for the codes a restore can fail with. */
function describeRestoreError(error: ApiError): string {
  switch (error.code) {
    case 'DB_CORRUPT':
    case 'DB_NOT_A_LIBRARY':
      return `${error.message} Choose another backup file.`;
    default:
      return error.message;
  }
}
