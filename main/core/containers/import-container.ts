import type { Readable } from 'node:stream';
import type { ApiError, ArticleId, ContainerKind, ContainerMemberLine, ImportFileResult } from '../../../preload/api';
import { insertContainer, saveContainerReport } from '../../../db/containers';
import { writeTransaction } from '../../../db/write-transaction';
import type { CoreContext } from '../kernel/context';
import type { ParsePool } from '../import/parse-pool';
import { sniffFormat } from '../import/sniff';
import type { ImportOptions, ParseOutcome } from '../import/types';
import { readMsg } from './msg-reader';
import { sha256Hex } from '../library/text-hash';
import { ArchiveRefused, type ArchiveMember } from './archive-member';
import { containerKindOf } from './detect';
import { readMailParts, type MailParts } from './mail-parts';
import type { MailPeople } from './mail-people';
import { readMbox } from './mbox-stream';
import { tarMembers } from './tar-members';
import { zipMembers } from './zip-members';
import { CompletenessReport } from './completeness-report';
import { importDocument, toBuffer, type Place } from './store-member';
import { sevenZipMembers } from './sevenz-members';
import { checkPstLength, pstSource, withPstLock } from './pst-source';
import { pstItems, type PstItem } from './pst-members';

/** Archives inside archives are followed this deep; deeper ones are reported as skipped. */
const MAX_DEPTH = 5;

export interface ContainerScope {
  ctx: CoreContext;
  parsers: ParsePool;
  options: ImportOptions & { password?: string };
  /** Each member's line as soon as it is known (progress events, CLI output). */
  emit(result: ImportFileResult): void;
  /** Set when any e-mail was stored, so the batch threads the library once at its end. */
  storedMail: boolean;
  /** Senders and recipients met, made person entities once at the batch's end. */
  people: MailPeople;
}

/** Where the container's bytes come from: in memory, or a stream (mailboxes and tars are streamed from disk). */
export type ContainerInput =
  | { kind: ContainerKind; fileName: string; label: string; bytes: Uint8Array }
  | {
      kind: ContainerKind;
      fileName: string;
      label: string;
      size: number;
      sha256: string;
      open(): Readable;
      /** The file on disk (an Outlook store is read from it by offset). */
      location?: string | Buffer;
    };

/**
 * Imports a container: records it, imports every member (nested archives, messages and their
 * attachments included) with provenance links, and keeps the completeness report with it.
 * Returns the container's own line followed by one line per member; never throws for bad input.
 */
export async function importContainer(
  scope: ContainerScope,
  input: ContainerInput,
  parent: {
    containerId: number | null;
    prefix: string;
    depth: number;
    parentId: ArticleId | null;
    /** Inside an Outlook store being walked (pst-extractor opens one store at a time). */
    inPst?: boolean;
  } = {
    containerId: null,
    prefix: '',
    depth: 0,
    parentId: null,
  },
): Promise<ImportFileResult[]> {
  const { ctx } = scope;
  const sha256 = 'bytes' in input ? sha256Hex(toBuffer(input.bytes)) : input.sha256;
  const size = 'bytes' in input ? input.bytes.byteLength : input.size;
  const containerId = writeTransaction(ctx.db, () =>
    insertContainer(ctx.db, {
      kind: input.kind,
      fileName: input.fileName,
      sha256,
      bytes: size,
      importedAt: ctx.now(),
      parentContainerId: parent.containerId,
      memberPath: parent.containerId !== null ? parent.prefix.replace(/\/$/u, '') : null,
    }),
  );
  const place: Place = { label: input.label, containerId, prefix: '', depth: parent.depth };
  const report = new CompletenessReport();
  const own: ImportFileResult = { file: input.label, status: 'imported', containerId };
  if (parent.containerId === null) scope.emit(own);

  const line = (
    member: string,
    result: Omit<ContainerMemberLine, 'member'> & { title?: string; format?: ImportFileResult['format'] },
    parentId: ArticleId | null = null,
  ): void => {
    const { title, format, ...rest } = result;
    report.lines.push({ member, ...rest });
    const r: ImportFileResult = {
      file: `${input.label}/${member}`,
      status: rest.status,
      container: input.label,
      member,
      ...(rest.id !== undefined ? { id: rest.id } : {}),
      ...(rest.duplicateOf !== undefined ? { duplicateOf: rest.duplicateOf } : {}),
      ...(rest.error ? { error: rest.error } : {}),
      ...(rest.skipped ? { skipped: rest.skipped } : {}),
      ...(title !== undefined ? { title } : {}),
      ...(format !== undefined ? { format } : {}),
      ...(parentId !== null ? { parentId } : {}),
    };
    report.results.push(r);
    scope.emit(r);
  };

  const handleBytes = async (member: string, bytes: Uint8Array, parentId: ArticleId | null): Promise<void> => {
    const name = member.split('/').pop() || member;
    const nested = containerKindOf(bytes, name, true);
    if (nested === 'msg') {
      await handleMessage(member, bytes, parentId, true);
      return;
    }
    if (nested === 'pst' && (parent.inPst || input.kind === 'pst')) {
      const message =
        'An Outlook store attached inside another Outlook store is not opened here; save it and import it on its own.';
      line(member, { status: 'failed', error: { code: 'UNSUPPORTED_FORMAT', message } }, parentId);
      return;
    }
    if (nested) {
      if (place.depth + 1 > MAX_DEPTH) {
        line(member, { status: 'skipped', skipped: 'too-deep' }, parentId);
        return;
      }
      const inner = await importContainer(
        scope,
        { kind: nested, fileName: name, label: `${input.label}/${member}`, bytes },
        {
          containerId,
          prefix: `${member}/`,
          depth: place.depth + 1,
          parentId,
          inPst: parent.inPst === true || input.kind === 'pst',
        },
      );
      const head = inner[0]!;
      const innerReport = head.report!;
      line(
        member,
        { status: head.status === 'failed' ? 'failed' : 'imported', ...(head.error ? { error: head.error } : {}) },
        parentId,
      );
      if (report.results.length > 0) report.results[report.results.length - 1]!.report = innerReport;
      report.results.push(...inner.slice(1));
      return;
    }
    if (sniffFormat(bytes, name) === 'eml') {
      await handleMessage(member, bytes, parentId);
      return;
    }
    line(member, await importDocument(scope, place, member, bytes, parentId, null), parentId);
  };

  const handleMessage = async (
    member: string,
    raw: Uint8Array,
    parentId: ArticleId | null,
    outlook: boolean | Extract<PstItem, { article: unknown }> = false,
  ): Promise<void> => {
    let parts: MailParts;
    let prebuilt: ParseOutcome | undefined;
    try {
      if (typeof outlook === 'object') {
        parts = outlook.parts;
        prebuilt = { ok: true, article: outlook.article };
      } else if (outlook) {
        const msg = readMsg(raw, member, scope.options.maxTextChars);
        parts = msg.parts;
        prebuilt = { ok: true, article: msg.article };
      } else {
        parts = await readMailParts(raw);
      }
    } catch (err) {
      const message = `This e-mail could not be read (${(err as Error).message}).`;
      line(member, { status: 'failed', error: { code: 'CORRUPT_FILE', message } }, parentId);
      return;
    }
    const result = await importDocument(scope, place, member, raw, parentId, parts, prebuilt);
    line(member, result, parentId);
    const messageId = result.id ?? result.duplicateOf ?? null;
    for (const attachment of parts.attachments) {
      const path = `${member}/${attachment.fileName}`;
      if (attachment.inlineImage) line(path, { status: 'skipped', skipped: 'inline-image' }, messageId);
      else if (messageId === null) {
        const message = 'Not imported: the message it is attached to could not be imported.';
        line(path, { status: 'failed', error: { code: 'NOT_ATTEMPTED', message } });
      } else await handleBytes(path, attachment.bytes, messageId);
    }
  };

  try {
    await readMembers(
      input,
      scope,
      async (m) => {
        if ('skipped' in m) line(m.path, { status: 'skipped', skipped: m.skipped });
        else if ('error' in m) line(m.path, { status: 'failed', error: m.error });
        else if (input.kind === 'mbox') await handleMessage(m.path, m.bytes, null);
        else if (input.kind === 'msg') await handleMessage(m.path, m.bytes, null, true);
        else if ('item' in m) await handleMessage(m.path, m.bytes, null, m.item);
        else await handleBytes(m.path, m.bytes, null);
      },
      report,
    );
  } catch (err) {
    const error: ApiError =
      err instanceof ArchiveRefused
        ? { code: err.code, message: err.message }
        : {
            code: 'CORRUPT_FILE',
            message: `This archive could not be read (${err instanceof Error ? err.message : String(err)}).`,
          };
    if (report.lines.length === 0 && err instanceof ArchiveRefused && err.code !== 'TRUNCATED') {
      own.status = 'failed';
      own.error = error;
    } else {
      report.incomplete = error;
    }
  }
  const summary = report.summary();
  own.report = summary;
  writeTransaction(ctx.db, () => saveContainerReport(ctx.db, containerId, summary, report.lines));
  if (own.status === 'failed' && parent.containerId === null) {
    // Nothing was read: keep no record of a container that holds nothing (a retry with the password makes a new one).
    writeTransaction(ctx.db, () => ctx.db.prepare('DELETE FROM containers WHERE id = ?').run(containerId));
    delete own.containerId;
  }
  return [own, ...report.results];
}

async function readMembers(
  input: ContainerInput,
  scope: ContainerScope,
  each: (
    m: ArchiveMember | { path: string; bytes: Uint8Array; item: Extract<PstItem, { article: unknown }> },
  ) => Promise<void>,
  report: CompletenessReport,
): Promise<void> {
  const { options } = scope;
  const limits = { maxUncompressedBytes: options.maxUncompressedBytes, maxMemberBytes: options.maxBytes };
  const stream = (): AsyncIterable<Uint8Array> =>
    'bytes' in input
      ? (async function* () {
          yield input.bytes;
        })()
      : (input.open() as AsyncIterable<Uint8Array>);
  switch (input.kind) {
    case 'zip': {
      if (!('bytes' in input)) throw new ArchiveRefused('CORRUPT_FILE', 'A zip archive must be read whole.');
      for await (const m of zipMembers(input.bytes, {
        ...limits,
        ...(options.password !== undefined ? { password: options.password } : {}),
      }))
        await each(m);
      return;
    }
    case '7z': {
      if (!('bytes' in input)) throw new ArchiveRefused('CORRUPT_FILE', 'A 7z archive must be read whole.');
      for await (const m of sevenZipMembers(input.bytes, {
        ...limits,
        ...(options.password !== undefined ? { password: options.password } : {}),
      }))
        await each(m);
      return;
    }
    case 'tar':
    case 'tgz': {
      const { Readable } = await import('node:stream');
      const source = 'bytes' in input ? Readable.from([Buffer.from(input.bytes)]) : input.open();
      for await (const m of tarMembers(source, input.kind === 'tgz', limits)) await each(m);
      return;
    }
    case 'mbox': {
      for await (const message of readMbox(stream(), options.maxBytes)) {
        const path = `message ${message.index}`;
        if (message.truncated) {
          const error: ApiError = {
            code: 'TRUNCATED',
            message: `The mailbox ends in the middle of this message (${message.bytes} bytes were read); the messages before it were imported.`,
          };
          report.incomplete = error;
          await each({ path, error });
        } else if (message.raw === null) {
          await each({
            path,
            error: {
              code: 'FILE_TOO_LARGE',
              message: `This message is ${Math.ceil(message.bytes / 1e6)} MB, more than Dossier imports.`,
            },
          });
        } else {
          await each({ path, bytes: message.raw });
        }
      }
      return;
    }
    case 'pst': {
      const source = pstSource(input);
      checkPstLength(source);
      await withPstLock(async () => {
        for (const item of pstItems(source, {
          maxMemberBytes: options.maxBytes,
          ...(options.maxTextChars !== undefined ? { maxChars: options.maxTextChars } : {}),
        })) {
          if ('article' in item) await each({ path: item.path, bytes: item.source, item });
          else await each(item);
        }
      });
      return;
    }
    case 'msg': {
      if (!('bytes' in input)) throw new ArchiveRefused('CORRUPT_FILE', 'An Outlook message must be read whole.');
      await each({ path: input.fileName, bytes: input.bytes });
      return;
    }
    default:
      throw new ArchiveRefused('CORRUPT_FILE', `Dossier cannot open this kind of container (${input.kind}) here.`);
  }
}
