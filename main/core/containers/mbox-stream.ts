/**
 * Reads an mbox file as a stream, one message at a time, never holding more than the message
 * being read: a 1 GB mailbox is read in 64 KB chunks.
 *
 * Messages are split at From_ lines that start the file or follow an empty line (mboxo, mboxrd
 * and the variants Thunderbird, Apple Mail and Google Takeout write). Lines a writer escaped as
 * ">From " (or ">>From " in mboxrd) lose one ">". Written here rather than taken from npm: the
 * mbox packages found (node-mbox, mbox-reader) either buffer whole messages as strings without a
 * size cap, or cannot say that the last message was cut off, which the completeness report needs.
 */

export interface MboxMessage {
  /** 1-based position in the mailbox. */
  index: number;
  /** The message's bytes without its From_ line; null when it passed the size cap. */
  raw: Buffer | null;
  /** Bytes the message has (counted even when it was not kept). */
  bytes: number;
  /** The mailbox ended inside this message (the last one, cut off). */
  truncated: boolean;
}

const SEPARATOR = Buffer.from('\nFrom ', 'latin1');
const FROM_START = Buffer.from('From ', 'latin1');

/** mboxrd unescaping: ">From " → "From ", ">>From " → ">From ", at line starts. */
function unescapeFromLines(raw: Buffer): Buffer {
  if (raw.indexOf('>From ', 0, 'latin1') < 0) return raw;
  return Buffer.from(raw.toString('latin1').replace(/^>(>*From )/gmu, '$1'), 'latin1');
}

/** True when the message looks cut off: no final newline, or a multipart body whose closing boundary is missing. */
function looksCutOff(raw: Buffer, endedWithNewline: boolean): boolean {
  if (!endedWithNewline) return true;
  const head = raw.subarray(0, Math.min(raw.length, 16 * 1024)).toString('latin1');
  const headerEnd = head.search(/\r?\n\r?\n/u);
  const headers = (headerEnd < 0 ? head : head.slice(0, headerEnd)).replace(/\r?\n[ \t]+/gu, ' ');
  const boundary = /^content-type:\s*multipart\/[^\n]*boundary="?([^";\r\n]+)"?/imu.exec(headers)?.[1];
  if (!boundary) return headerEnd < 0;
  return raw.lastIndexOf(`--${boundary}--`, undefined, 'latin1') < 0;
}

class MessageBuilder {
  private parts: Buffer[] = [];
  size = 0;
  constructor(private readonly maxBytes: number) {}
  add(piece: Buffer): void {
    this.size += piece.length;
    if (this.size <= this.maxBytes + 1024) this.parts.push(piece);
    else this.parts = [];
  }
  finish(index: number, endedWithNewline: boolean, atEnd: boolean): MboxMessage {
    const total = this.size;
    if (total > this.maxBytes + 1024 || this.parts.length === 0) {
      return { index, raw: null, bytes: total, truncated: atEnd && !endedWithNewline };
    }
    let whole = Buffer.concat(this.parts);
    const firstLineEnd = whole.indexOf(10);
    whole = firstLineEnd < 0 ? Buffer.alloc(0) : whole.subarray(firstLineEnd + 1);
    const truncated = atEnd && looksCutOff(whole, endedWithNewline);
    return { index, raw: unescapeFromLines(whole), bytes: whole.length, truncated };
  }
}

/** True when the stream starts like an mbox (a From_ line). */
export function startsLikeMbox(head: Buffer): boolean {
  return head.subarray(0, 5).equals(FROM_START);
}

/**
 * Yields each message of the mailbox in order. `maxMessageBytes` caps what one message may hold;
 * a larger one is yielded with raw null so it is reported, never silently dropped.
 */
export async function* readMbox(
  chunks: AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>,
  maxMessageBytes: number,
): AsyncGenerator<MboxMessage> {
  let builder: MessageBuilder | null = null;
  let index = 0;
  // Bytes not yet given to a message: they may hold the start of a separator cut by the chunk boundary.
  let carry: Buffer = Buffer.alloc(0);
  let lastByte = -1;
  let started = false;
  for await (const chunk of chunks) {
    let buf: Buffer = carry.length ? Buffer.concat([carry, Buffer.from(chunk)]) : Buffer.from(chunk);
    if (!started) {
      if (buf.length < 5) {
        carry = buf;
        continue;
      }
      started = true;
      builder = new MessageBuilder(maxMessageBytes);
      // Bytes before any From_ line are read as a first message (its From_ line missing).
      if (!buf.subarray(0, 5).equals(FROM_START)) buf = Buffer.concat([Buffer.from('From -\n'), buf]);
    }
    let from = 0;
    for (;;) {
      const at = buf.indexOf(SEPARATOR, from);
      if (at < 0) break;
      // A From_ line counts only after an empty line ("\n\nFrom " or "\n\r\nFrom ").
      const blankBefore = at >= 1 && (buf[at - 1] === 10 || (buf[at - 1] === 13 && at >= 2 && buf[at - 2] === 10));
      if (!blankBefore) {
        from = at + 1;
        continue;
      }
      builder!.add(buf.subarray(0, at + 1));
      index++;
      yield builder!.finish(index, true, false);
      builder = new MessageBuilder(maxMessageBytes);
      buf = buf.subarray(at + 1);
      from = 0;
    }
    // Keep the last bytes back: "\n\r\nFrom" may be split across chunks.
    const keep = Math.min(buf.length, SEPARATOR.length + 2);
    builder!.add(buf.subarray(0, buf.length - keep));
    carry = Buffer.from(buf.subarray(buf.length - keep));
    if (buf.length > 0) lastByte = buf[buf.length - 1]!;
  }
  if (!started && carry.length === 0) return;
  if (!builder) builder = new MessageBuilder(maxMessageBytes);
  builder.add(carry);
  if (carry.length > 0) lastByte = carry[carry.length - 1]!;
  index++;
  yield builder.finish(index, lastByte === 10, true);
}
