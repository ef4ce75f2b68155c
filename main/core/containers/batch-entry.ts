import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ArticleId, ContainerKind } from '../../../preload/api';
import { insertMailHeaders } from '../../../db/mail';
import type { Db } from '../../../db/open';
import { CONTAINER_HEAD_BYTES, containerKindOf } from './detect';
import { readMailParts } from './mail-parts';
import { notePeople, type MailPeople } from './mail-people';

/**
 * Kinds read from disk as they go: a 1 GB mailbox or tarball is streamed, an Outlook store is
 * read by offset (pst-extractor), and none is ever held in memory whole.
 */
const STREAMED: readonly ContainerKind[] = ['mbox', 'tar', 'tgz', 'pst'];

const CHUNK = 64 * 1024;

async function hashFile(location: string | Buffer): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(location, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * Looks at a file's first bytes: when it is a mailbox or a tar, returns how to stream it (its
 * sha256 is computed by one streamed pass first); otherwise null and the file is read as usual.
 */
export async function peekStreamedContainer(
  location: string | Buffer,
  fileName: string,
): Promise<{ kind: ContainerKind; size: number; sha256: string; open(): Readable; location: string | Buffer } | null> {
  let head: Buffer;
  try {
    const handle = await open(location, 'r');
    try {
      head = Buffer.alloc(CONTAINER_HEAD_BYTES);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return null; // unreadable: the usual path reports it
  }
  const kind = containerKindOf(head, fileName, false);
  if (!kind || !STREAMED.includes(kind)) return null;
  const { sha256, size } = await hashFile(location);
  return { kind, size, sha256, location, open: () => createReadStream(location, { highWaterMark: CHUNK }) };
}

/**
 * For an e-mail imported on its own (a folder of .eml): reads its threading headers (and notes its
 * sender and recipients in `people`), and returns
 * what stores them in the article's own transaction (undefined when the headers cannot be read).
 */
export async function storeLooseMessageHeaders(
  db: Db,
  bytes: Uint8Array,
  people?: MailPeople,
): Promise<((id: ArticleId) => void) | undefined> {
  try {
    const parts = await readMailParts(bytes);
    if (people) notePeople(people, parts);
    return (id) => insertMailHeaders(db, { articleId: id, ...parts.headers });
  } catch {
    return undefined;
  }
}
