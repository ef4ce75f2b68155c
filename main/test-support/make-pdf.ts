import { createHash } from 'node:crypto';

/**
 * Test helper: a small valid PDF (Helvetica, ASCII text, one text line per array item), optionally
 * encrypted with the standard security handler (revision 2, 40-bit RC4) and a user password.
 */
export interface PdfInput {
  pages: string[][];
  title?: string;
  author?: string;
  creationDate?: string;
  userPassword?: string;
  ownerPassword?: string;
}

const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (pw: string): Buffer => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
const pdfString = (s: string): string => `(${s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)')})`;
const hex = (b: Buffer): string => `<${b.toString('hex')}>`;

export function makePdf(input: PdfInput): Buffer {
  const fileId = md5(Buffer.from(JSON.stringify(input)));
  const permissions = -4; // all permissions
  let fileKey: Buffer | null = null;
  let encryptDict = '';
  if (input.userPassword !== undefined) {
    const o = rc4(md5(padded(input.ownerPassword ?? input.userPassword)).subarray(0, 5), padded(input.userPassword));
    const p = Buffer.alloc(4);
    p.writeInt32LE(permissions);
    fileKey = md5(padded(input.userPassword), o, p, fileId).subarray(0, 5);
    const u = rc4(fileKey, PAD);
    encryptDict = `<< /Filter /Standard /V 1 /R 2 /O ${hex(o)} /U ${hex(u)} /P ${permissions} >>`;
  }
  const objects: string[] = [];
  const crypt = (num: number, data: Buffer): Buffer => {
    if (!fileKey) return data;
    const n = Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0]);
    return rc4(md5(fileKey, n).subarray(0, 10), data);
  };
  const str = (num: number, s: string): string => (fileKey ? hex(crypt(num, Buffer.from(s, 'latin1'))) : pdfString(s));

  const pageCount = input.pages.length;
  const firstPage = 4;
  const kids = Array.from({ length: pageCount }, (_, i) => `${firstPage + i * 2} 0 R`).join(' ');
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  const streams = new Map<number, Buffer>();
  input.pages.forEach((lines, i) => {
    const pageNum = firstPage + i * 2;
    const contentNum = pageNum + 1;
    objects[pageNum] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentNum} 0 R >>`;
    const ops = lines.map((line, k) => `BT /F1 12 Tf 72 ${720 - k * 16} Td ${pdfString(line)} Tj ET`).join('\n');
    streams.set(contentNum, crypt(contentNum, Buffer.from(ops, 'latin1')));
  });
  const infoNum = firstPage + pageCount * 2;
  const info: string[] = [];
  if (input.title) info.push(`/Title ${str(infoNum, input.title)}`);
  if (input.author) info.push(`/Author ${str(infoNum, input.author)}`);
  if (input.creationDate) info.push(`/CreationDate ${str(infoNum, input.creationDate)}`);
  objects[infoNum] = `<< ${info.join(' ')} >>`;
  const encryptNum = infoNum + 1;
  if (encryptDict) objects[encryptNum] = encryptDict;

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  const total = encryptDict ? encryptNum : infoNum;
  for (let n = 1; n <= total; n++) {
    offsets[n] = length;
    const stream = streams.get(n);
    const body = stream
      ? Buffer.concat([
          Buffer.from(`${n} 0 obj\n<< /Length ${stream.length} >>\nstream\n`, 'latin1'),
          stream,
          Buffer.from('\nendstream\nendobj\n', 'latin1'),
        ])
      : Buffer.from(`${n} 0 obj\n${objects[n]}\nendobj\n`, 'latin1');
    chunks.push(body);
    length += body.length;
  }
  const xref = [
    `xref\n0 ${total + 1}\n0000000000 65535 f \n`,
    ...offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  const trailer = `trailer\n<< /Size ${total + 1} /Root 1 0 R /Info ${infoNum} 0 R /ID [${hex(fileId)} ${hex(fileId)}]${encryptDict ? ` /Encrypt ${encryptNum} 0 R` : ''} >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer, 'latin1'));
  return Buffer.concat(chunks);
}
