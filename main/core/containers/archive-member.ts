import type { ApiError, SkipReason } from '../../../preload/api';

/** One member of an archive as the readers hand it over: its bytes, or why it has none. */
export type ArchiveMember =
  { path: string; bytes: Uint8Array } | { path: string; skipped: SkipReason } | { path: string; error: ApiError };

/** The whole archive cannot be read (encrypted without password, a zip bomb, damaged): nothing was unpacked. */
export class ArchiveRefused extends Error {
  constructor(
    readonly code: 'ENCRYPTED' | 'FILE_TOO_LARGE' | 'CORRUPT_FILE' | 'TRUNCATED',
    message: string,
  ) {
    super(message);
    this.name = 'ArchiveRefused';
  }
}

const SYSTEM_FILE = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$|\._[^/]*$)/iu;

/** Members that are not documents: folder entries and the files operating systems add to archives. */
export function skipReasonFor(path: string): SkipReason | null {
  if (path.endsWith('/')) return 'folder';
  if (SYSTEM_FILE.test(path)) return 'system-file';
  return null;
}

export function tooLargeMember(bytes: number, max: number): ApiError {
  return {
    code: 'FILE_TOO_LARGE',
    message: `This file unpacks to ${Math.ceil(bytes / 1e6)} MB, more than the ${Math.round(max / 1e6)} MB Dossier imports.`,
  };
}
