import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { seededRandom } from './support';

/**
 * Hand-made hostile files: zip bombs named .docx (a lying declared size, and an extra entry
 * beyond the count the central directory's end record gives), empty files, 50 MB of random
 * bytes named .pdf, 100,000 nested <div>, a 10 MB single-line page, broken MIME boundaries,
 * and names with newlines, "..", right-to-left marks, escape codes and Latin-1 bytes.
 */

interface RawEntry {
  name: string;
  deflated: Buffer;
  crc: number;
  size: number;
  declaredSize?: number;
}

async function deflateZeros(bytes: number): Promise<{ deflated: Buffer; crc: number }> {
  const chunk = Buffer.alloc(16 * 1024 * 1024, 0x20); // spaces: valid inside XML text, if a parser gets there
  const stream = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  stream.on('data', (c: Buffer) => parts.push(c));
  let crc = 0;
  for (let done = 0; done < bytes; done += chunk.length) {
    crc = crc32(chunk, crc);
    if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
  }
  await new Promise((r) => stream.end(r));
  return { deflated: Buffer.concat(parts), crc };
}

/** A zip from pre-deflated entries; `countedEntries` is what the end record claims. */
function zip(entries: RawEntry[], countedEntries = entries.length): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(countedEntries, 8);
  end.writeUInt16LE(countedEntries, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function small(name: string, text: string): RawEntry {
  const data = Buffer.from(text);
  return { name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length };
}

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC =
  '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>A short honest paragraph about the harbour audit.</w:t></w:r></w:p></w:body></w:document>';

export interface HostileFile {
  /** Name on disk (a Buffer for names that are not valid UTF-8). */
  name: string | Buffer;
  what: string;
}

/** Writes every hostile file into `dir`; `large` false leaves out the 50 MB and 1 GiB-inflating ones. */
export async function writeHostileFiles(dir: string, large = true): Promise<HostileFile[]> {
  const files: HostileFile[] = [];
  const put = (name: string | Buffer, what: string, data: Buffer | string): void => {
    writeFileSync(Buffer.isBuffer(name) ? Buffer.concat([Buffer.from(`${dir}/`), name]) : join(dir, name), data);
    files.push({ name, what });
  };
  const page = (body: string): string =>
    `<!doctype html><html><head><meta charset="utf-8"><title>Hostile</title></head><body>${body}</body></html>`;
  const bombBytes = large ? 1024 * 1024 * 1024 : 64 * 1024 * 1024;
  const bomb = await deflateZeros(bombBytes);
  const bombEntry = { name: 'word/document.xml', ...bomb, size: bombBytes };
  put(
    'bomb-lying-size.docx',
    `zip bomb: ${bombBytes} bytes declared as 1,000`,
    zip([
      small('[Content_Types].xml', CONTENT_TYPES),
      small('_rels/.rels', RELS),
      { ...bombEntry, declaredSize: 1000 },
    ]),
  );
  put(
    'bomb-uncounted-entry.docx',
    'zip bomb: a second word/document.xml beyond the counted entries',
    zip(
      [
        small('[Content_Types].xml', CONTENT_TYPES),
        small('_rels/.rels', RELS),
        small('word/document.xml', DOC),
        bombEntry,
      ],
      3,
    ),
  );
  put('empty.html', '0-byte page', '');
  put('empty.pdf', '0-byte PDF', '');
  put('empty.docx', '0-byte docx', '');
  if (large) put('random-50mb.pdf', '50 MB of random bytes named .pdf', randomBytes(50 * 1024 * 1024));
  put(
    'nested-divs.html',
    '100,000 nested <div>',
    page(`${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}`),
  );
  const random = seededRandom(10);
  const words = Array.from(
    { length: 1_700_000 },
    () => ['harbour', 'audit', 'memo', 'leak'][Math.floor(random() * 4)],
  ).join(' ');
  put(
    'single-line-10mb.html',
    '10 MB page on one line',
    page(`<p>${words.slice(0, 10 * 1024 * 1024)}</p>`).replace(/\n/g, ''),
  );
  const mime = (boundary: string, declared: string, rest: string): string =>
    `From: a@example.org\r\nSubject: Broken boundary\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="${declared}"\r\n\r\n--${boundary}\r\nContent-Type: text/plain\r\n\r\nThe body of a message whose boundary never matches.\r\n${rest}`;
  put('mime-wrong-boundary.eml', 'MIME boundary declared but never used', mime('other', 'declared', '--other--\r\n'));
  put(
    'mime-unclosed.eml',
    'MIME part never closed',
    mime('b', 'b', '--b\r\nContent-Type: text/html\r\n\r\n<p>never closed'),
  );
  put(
    'mime-nested-loop.mhtml',
    'MHTML with an empty boundary and a part pointing at itself',
    `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=""; type="text/html"\r\n\r\n--\r\nContent-Type: text/html\r\nContent-Location: cid:self\r\n\r\n<iframe src="cid:self"></iframe>\r\n--`,
  );
  put(
    'name\nwith\nnewlines.html',
    'file name with newlines',
    page('<p>A page whose file name has newlines in it.</p>'),
  );
  put('report..final..html', 'file name with ".." inside', page('<p>Dots in the name.</p>'));
  put('..hidden.html', 'file name starting with ".." (hidden on Unix)', page('<p>A hidden page.</p>'));
  put(
    'invoice\u202Egnp.exe.html',
    'file name with a right-to-left override',
    page('<p>Right-to-left mark in the name.</p>'),
  );
  put(
    '\u001b[31mred\u001b[0m.txt',
    'file name with terminal escape codes',
    'A text whose name carries escape codes for the terminal.',
  );
  put(
    Buffer.from('caf\xe9-latin1.html', 'latin1'),
    'file name in Latin-1 (not valid UTF-8)',
    page('<p>Caf\u00e9 in an old archive.</p>'),
  );
  put(
    'pdf-marker-in-text.txt',
    '%PDF- in the first KB of a text file',
    `Notes on file formats. A PDF starts with %PDF-1.7 and then objects.\n${'Plain text line.\n'.repeat(50)}`,
  );
  put(
    'nul-at-500.html',
    'a NUL byte at offset 500 of a real page',
    page(`<p>${'x'.repeat(420)}\u0000 and then the article goes on about the harbour audit for a long while.</p>`),
  );
  put(
    'utf16le-no-bom.txt',
    'UTF-16LE text without BOM',
    Buffer.from('A memo in UTF-16 without a byte order mark, about the harbour audit.', 'utf16le'),
  );
  return files;
}
