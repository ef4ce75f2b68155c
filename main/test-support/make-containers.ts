import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';

/** Test helper: a tar (gzipped when asked) built with tar-stream, the library Dossier reads tars with. */
export async function makeTar(entries: { name: string; data: string | Buffer }[], gzip: boolean): Promise<Buffer> {
  const tar = pack();
  for (const e of entries) tar.entry({ name: e.name }, typeof e.data === 'string' ? Buffer.from(e.data) : e.data);
  tar.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of tar) chunks.push(chunk as Buffer);
  const whole = Buffer.concat(chunks);
  return gzip ? gzipSync(whole) : whole;
}

/** Test helper: a password-protected zip (AES, as 7-Zip and Windows tools write them) built with @zip.js/zip.js. */
export async function makeEncryptedZip(entries: { name: string; data: string }[], password: string): Promise<Buffer> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { password, useWebWorkers: false });
  for (const e of entries) await writer.add(e.name, new Uint8ArrayReader(Buffer.from(e.data)));
  return Buffer.from(await writer.close());
}

/** Test helper: one RFC 822 message, with an optional attachment. */
export function makeMessage(m: {
  from: string;
  to: string;
  subject: string;
  date: string;
  messageId: string;
  inReplyTo?: string;
  references?: string;
  body: string;
  attachment?: { name: string; type: string; data: Buffer };
}): string {
  const headers = [
    `From: ${m.from}`,
    `To: ${m.to}`,
    `Subject: ${m.subject}`,
    `Date: ${m.date}`,
    `Message-ID: ${m.messageId}`,
    ...(m.inReplyTo ? [`In-Reply-To: ${m.inReplyTo}`] : []),
    ...(m.references ? [`References: ${m.references}`] : []),
    'MIME-Version: 1.0',
  ];
  if (!m.attachment) return [...headers, 'Content-Type: text/plain; charset=utf-8', '', m.body, ''].join('\n');
  const b = 'b0undary';
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    m.body,
    `--${b}`,
    `Content-Type: ${m.attachment.type}; name="${m.attachment.name}"`,
    `Content-Disposition: attachment; filename="${m.attachment.name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    m.attachment.data.toString('base64').replace(/(.{76})/g, '$1\n'),
    `--${b}--`,
    '',
  ].join('\n');
}

/** Test helper: an mbox (mboxrd escaping of body lines starting with "From "). */
export function makeMbox(messages: string[]): string {
  return messages
    .map((m) => `From sender@example.org Mon Jan  1 00:00:00 2024\n${m.replace(/^(>*From )/gm, '>$1')}\n`)
    .join('');
}
