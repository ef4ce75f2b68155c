import { createCanvas, loadImage } from '@napi-rs/canvas';

/** A page of a test PDF: lines set in Helvetica (a text layer), or a scanned picture (PNG bytes) filling the page. */
export type ScannedPdfPage = { lines: string[] } | { scan: Uint8Array; dpi?: number };

export interface ScannedPdfInput {
  pages: ScannedPdfPage[];
  title?: string;
  creationDate?: string;
}

const pdfString = (s: string): string => `(${s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)')})`;

/**
 * Test helper: a PDF as a scanner (or a scan-to-PDF tool) writes it: each scanned page is one
 * JPEG image (DCTDecode) drawn over the whole page, with no text layer; text pages, for mixed
 * documents, carry ordinary text. The page size follows the scan's pixels at its resolution.
 */
export async function makeScannedPdf(input: ScannedPdfInput): Promise<Buffer> {
  const objects: Array<{ dict: string; stream?: Buffer }> = [];
  const add = (dict: string, stream?: Buffer): number => objects.push(stream ? { dict, stream } : { dict });
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, written once the pages are known
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of input.pages) {
    if ('lines' in page) {
      const ops = page.lines.map((line, k) => `BT /F1 12 Tf 72 ${720 - k * 16} Td ${pdfString(line)} Tj ET`).join('\n');
      const content = add('', Buffer.from(ops, 'latin1'));
      kids.push(
        add(
          `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
        ),
      );
      continue;
    }
    const image = await loadImage(Buffer.from(page.scan));
    const canvas = createCanvas(image.width, image.height);
    canvas.getContext('2d').drawImage(image, 0, 0);
    const jpeg = canvas.toBuffer('image/jpeg', 92);
    const dpi = page.dpi ?? 300;
    const [w, h] = [(image.width * 72) / dpi, (image.height * 72) / dpi].map((v) => v.toFixed(2));
    const img = add(
      `/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`,
      jpeg,
    );
    const content = add('', Buffer.from(`q ${w} 0 0 ${h} 0 0 cm /Im1 Do Q`, 'latin1'));
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im1 ${img} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[1] = { dict: `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>` };
  const info: string[] = [];
  if (input.title) info.push(`/Title ${pdfString(input.title)}`);
  if (input.creationDate) info.push(`/CreationDate ${pdfString(input.creationDate)}`);
  const infoNum = add(`<< ${info.join(' ')} >>`);

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    const n = i + 1;
    offsets.push(length);
    const body = o.stream
      ? Buffer.concat([
          Buffer.from(
            `${n} 0 obj\n<< ${o.dict.replace(/^<<|>>$/g, '')} /Length ${o.stream.length} >>\nstream\n`,
            'latin1',
          ),
          o.stream,
          Buffer.from('\nendstream\nendobj\n', 'latin1'),
        ])
      : Buffer.from(`${n} 0 obj\n${o.dict}\nendobj\n`, 'latin1');
    chunks.push(body);
    length += body.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  chunks.push(
    Buffer.from(
      `${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoNum} 0 R >>\nstartxref\n${length}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(chunks);
}
