// Peak memory of `dossier import` on one file, by format and size (issue 13, defect 10).
// Usage: node scripts/measure-import-memory.mjs [txt:10,30,100] [html:1,10] [docx:5,20]
// Needs the built CLI (npx electron-vite build). Prints one line per file: format, size, peak RSS,
// the goal (4 x size + 400 MB) and the outcome code; with --json, one JSON object per line.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

const MB = 1024 * 1024;
const root = process.env.DOSSIER_ROOT ?? join(import.meta.dirname, '..');
const cli = join(root, 'bin', 'dossier.cjs');
const node = join(root, 'node_modules', '.bin', 'node');

/** Deterministic prose: words from a fixed pseudo-vocabulary, sentences and paragraphs. */
function* prose() {
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const syllables = ['ka', 're', 'mi', 'lo', 'tan', 'ver', 'su', 'pol', 'den', 'gra', 'ni', 'che', 'ost', 'ul', 'bri'];
  const vocabulary = Array.from({ length: 3000 }, () =>
    Array.from({ length: 1 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join(''),
  );
  for (;;) {
    const words = Array.from({ length: 8 + Math.floor(rand() * 14) }, () => vocabulary[Math.floor(rand() * 3000)]);
    yield `${words.join(' ')}.`;
  }
}

function paragraphs(totalBytes, perParagraph = 600) {
  const out = [];
  let size = 0;
  let current = '';
  for (const sentence of prose()) {
    current += (current ? ' ' : '') + sentence;
    if (current.length >= perParagraph) {
      out.push(current);
      size += current.length + 2;
      current = '';
      if (size >= totalBytes) return out;
    }
  }
  return out;
}

/** Words of the prose, one at a time. */
function* words() {
  for (const sentence of prose()) yield* sentence.split(' ');
}

async function makeFile(dir, kind, mb) {
  // "table" is a page that is mostly markup (a big data table); "docxruns" a heavily formatted
  // Word document (every word its own run): the worst cases for memory per byte within the caps.
  const format = kind === 'table' ? 'html' : kind === 'docxruns' ? 'docx' : kind;
  const path = join(dir, `sample-${kind}-${mb}mb.${format}`);
  if (kind === 'table') {
    const rows = [];
    let size = 0;
    const next = words();
    while (size < mb * MB) {
      const row = `<tr><td>${next.next().value}</td><td>${next.next().value}</td><td>${size}</td></tr>`;
      rows.push(row);
      size += row.length;
    }
    writeFileSync(
      path,
      `<!doctype html><html><head><title>A data table</title></head><body><table>${rows.join('')}</table></body></html>`,
    );
  } else if (kind === 'docxruns') {
    const runs = [];
    let size = 0;
    const next = words();
    while (size < mb * MB) {
      const run = `<w:r><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">${next.next().value} </w:t></w:r>`;
      runs.push(runs.length % 50 === 49 ? `${run}</w:p><w:p>` : run);
      size += run.length;
    }
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file(
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>${runs.join('')}</w:p></w:body></w:document>`,
    );
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  } else if (format === 'txt') {
    writeFileSync(path, `A long text file\n\n${paragraphs(mb * MB).join('\n\n')}\n`);
  } else if (format === 'html') {
    // One line, as the fuzzing run's "10 MB single-line page".
    const body = paragraphs(mb * MB)
      .map((p) => `<p>${p}</p>`)
      .join('');
    writeFileSync(
      path,
      `<!doctype html><html><head><title>A long page</title></head><body><article>${body}</article></body></html>`,
    );
  } else {
    // Word: grow the document until the compressed file reaches the size asked for.
    const zip = new JSZip();
    const ratio = 3.2; // measured for this prose; refined below
    const xmlBody = paragraphs(mb * MB * ratio)
      .map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`)
      .join('');
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file(
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${xmlBody}</w:body></w:document>`,
    );
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  }
  return path;
}

function measure(path, library) {
  const run = spawnSync('/usr/bin/time', ['-f', '%M', node, cli, 'import', path, '--library', library, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * MB,
  });
  const peakKb = Number(run.stderr.trim().split('\n').at(-1));
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  let outcome = 'no output';
  try {
    const r = JSON.parse(line);
    outcome = r.status === 'failed' ? r.error.code : r.status;
  } catch {
    outcome = `exit ${run.status}: ${run.stderr.trim().split('\n').slice(-3, -1).join(' ').slice(0, 160)}`;
  }
  return { peakMb: Math.round(peakKb / 1024), outcome };
}

const json = process.argv.includes('--json');
const plan = process.argv
  .slice(2)
  .filter((a) => a !== '--json')
  .map((a) => a.split(':'))
  .map(([format, sizes]) => ({ format, sizes: sizes.split(',').map(Number) }));
const dir = mkdtempSync(join(tmpdir(), 'dossier-mem-'));
try {
  const library = join(dir, 'library.dossier');
  execFileSync(node, [cli, 'init', '--library', library], { stdio: 'ignore' });
  const baseline = measure(join(dir, 'missing.txt'), library).peakMb;
  console.log(json ? JSON.stringify({ baselineMb: baseline }) : `baseline (import of a missing file): ${baseline} MB`);
  for (const { format: kind, sizes } of plan) {
    for (const mb of sizes) {
      const path = await makeFile(dir, kind, mb);
      const fileMb = Math.round((statSync(path).size / MB) * 10) / 10;
      const { peakMb, outcome } = measure(path, library);
      const goalMb = Math.round(4 * fileMb + 400);
      const row = { format: kind, fileMb, peakMb, goalMb, withinGoal: peakMb <= goalMb, outcome };
      console.log(
        json
          ? JSON.stringify(row)
          : `${kind.padEnd(8)} ${String(fileMb).padStart(6)} MB  peak ${String(peakMb).padStart(5)} MB  goal ${String(goalMb).padStart(5)} MB  ${row.withinGoal ? 'ok  ' : 'OVER'}  ${outcome}`,
      );
      rmSync(path);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
