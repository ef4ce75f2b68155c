import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar-stream';
import { ArchiveRefused, skipReasonFor, tooLargeMember, type ArchiveMember } from './archive-member';

export interface TarReadLimits {
  maxUncompressedBytes: number;
  maxMemberBytes: number;
}

/**
 * Yields each member of a tar (gzipped when `gzipped`) as the stream passes it, with tar-stream:
 * the archive is never held whole, only the member being read. What gunzip produces is counted
 * against the same cap as a zip's, so a gzip bomb stops at the cap.
 */
export async function* tarMembers(
  source: Readable,
  gzipped: boolean,
  limits: TarReadLimits,
): AsyncGenerator<ArchiveMember> {
  const tar = extract();
  let unpacked = 0;
  let overBudget = false;
  let input: Readable = source;
  if (gzipped) {
    const gunzip = createGunzip();
    source.on('error', (err) => gunzip.destroy(err));
    input = source.pipe(gunzip);
  }
  input.on('data', (chunk: Buffer) => {
    unpacked += chunk.length;
    if (unpacked > limits.maxUncompressedBytes && !overBudget) {
      overBudget = true;
      input.destroy(
        new ArchiveRefused(
          'FILE_TOO_LARGE',
          `This archive unpacks to more than ${Math.round(limits.maxUncompressedBytes / 1e6)} MB; unpacking stopped there (the files before were read).`,
        ),
      );
    }
  });
  input.on('error', (err) => tar.destroy(err));
  input.pipe(tar);
  let count = 0;
  try {
    for await (const entry of tar) {
      count++;
      const { name, type, size } = entry.header;
      const path = name.replace(/^\.\//u, '');
      if (type === 'directory') {
        entry.resume();
        yield { path: path.replace(/\/$/u, ''), skipped: 'folder' };
        continue;
      }
      if (type !== 'file' && type !== 'contiguous-file') {
        entry.resume();
        yield { path, skipped: type === 'symlink' || type === 'link' ? 'link' : 'system-file' };
        continue;
      }
      const skipped = skipReasonFor(path);
      if (skipped) {
        entry.resume();
        yield { path, skipped };
        continue;
      }
      if ((size ?? 0) > limits.maxMemberBytes) {
        entry.resume();
        yield { path, error: tooLargeMember(size ?? 0, limits.maxMemberBytes) };
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      yield { path, bytes: Buffer.concat(chunks) };
    }
  } catch (err) {
    if (err instanceof ArchiveRefused) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    if (count === 0)
      throw new ArchiveRefused('CORRUPT_FILE', `This archive is damaged and could not be read (${detail}).`);
    throw new ArchiveRefused('TRUNCATED', `This archive ends early or is damaged after ${count} files (${detail}).`);
  }
}
