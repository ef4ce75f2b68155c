import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportFileResult } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { makeZip } from '../../test-support/make-zip';
import { makePdf } from '../../test-support/make-pdf';
import { makeEncryptedZip, makeMbox, makeMessage, makeTar } from '../../test-support/make-containers';

const STORY =
  'The ministry confirmed on Tuesday that the export licences for the new accelerator chips were suspended while investigators examine the shipments.';

function page(title: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${Array.from(
    { length: 5 },
    (_, i) => `<p>${STORY} ${title} (${i}).</p>`,
  ).join('')}</article></body></html>`;
}

let dir: string;
let core: TestCore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-containers-'));
  core = openTestCore(':memory:');
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importFile(name: string, bytes: Buffer | string, password?: string): Promise<ImportFileResult[]> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return (await core.api.importPaths({ paths: [path], ...(password ? { password } : {}) })).results;
}

const byMember = (results: ImportFileResult[]) =>
  Object.fromEntries(results.filter((r) => r.member).map((r) => [r.member, r]));

const THREAD = [
  makeMessage({
    from: 'Ana Ruiz <ana@example.org>',
    to: 'Ben Okafor <ben@example.org>',
    subject: 'Shipment records',
    date: 'Mon, 01 Jan 2024 09:00:00 +0000',
    messageId: '<m1@example.org>',
    body: `Ben, the shipment records are attached. ${STORY}`,
    attachment: { name: 'records.txt', type: 'text/plain', data: Buffer.from(`Records of the shipments. ${STORY}`) },
  }),
  makeMessage({
    from: 'Ben Okafor <ben@example.org>',
    to: 'Ana Ruiz <ana@example.org>',
    subject: 'Re: Shipment records',
    date: 'Mon, 01 Jan 2024 10:00:00 +0000',
    messageId: '<m2@example.org>',
    inReplyTo: '<m1@example.org>',
    references: '<m1@example.org>',
    body: `Thanks Ana, the dates do not match the filing.\nFrom what I see the licences were suspended later.\n\n> Ben, the shipment records are attached.`,
  }),
  makeMessage({
    from: 'Ana Ruiz <ana@example.org>',
    to: 'Ben Okafor <ben@example.org>',
    subject: 'Re: Shipment records',
    date: 'Mon, 01 Jan 2024 11:00:00 +0000',
    messageId: '<m3@example.org>',
    inReplyTo: '<m2@example.org>',
    references: '<m1@example.org> <m2@example.org>',
    body: `Agreed, I will call the ministry about the intermediaries tomorrow morning.`,
  }),
];

describe('archives', () => {
  it('imports every member of a zip holding a nested zip, with provenance to both archives', async () => {
    const inner = makeZip([{ name: 'deep/inner.html', data: page('Inner story') }]);
    const outer = makeZip([
      { name: 'docs/', data: '' },
      { name: 'docs/a.html', data: page('First story') },
      { name: 'docs/b.pdf', data: makePdf({ pages: [['A PDF about export licences and chips']], title: 'PDF story' }) },
      { name: '__MACOSX/._a.html', data: 'junk' },
      { name: 'notes.bin', data: Buffer.from([0, 1, 2, 3, 0, 0, 0, 9]) },
      { name: 'inner.zip', data: inner },
    ]);
    const results = await importFile('source.zip', outer);
    const own = results[0]!;
    expect(own).toMatchObject({ file: join(dir, 'source.zip'), status: 'imported' });
    expect(own.report).toMatchObject({
      found: 6,
      imported: 3,
      skipped: 2,
      failed: 1,
      failedByCode: { UNSUPPORTED_FORMAT: 1 },
    });
    const members = byMember(results);
    expect(members['docs']).toMatchObject({ status: 'skipped', skipped: 'folder' });
    expect(members['__MACOSX/._a.html']).toMatchObject({ status: 'skipped', skipped: 'system-file' });
    expect(members['notes.bin']).toMatchObject({ status: 'failed', error: { code: 'UNSUPPORTED_FORMAT' } });
    expect(members['docs/a.html']).toMatchObject({ status: 'imported', container: join(dir, 'source.zip') });
    expect(members['docs/b.pdf']).toMatchObject({ status: 'imported', format: 'pdf' });
    expect(members['inner.zip']).toMatchObject({ status: 'imported' });
    const deep = results.find((r) => r.member === 'deep/inner.html')!;
    expect(deep).toMatchObject({ status: 'imported', container: `${join(dir, 'source.zip')}/inner.zip` });

    const provenance = await core.api.getProvenance({ id: deep.id! });
    expect(provenance.links).toHaveLength(1);
    expect(provenance.links[0]).toMatchObject({
      path: 'source.zip / inner.zip / deep / inner.html',
      containerFileName: 'inner.zip',
    });
    const first = await core.api.getProvenance({ id: members['docs/a.html']!.id! });
    expect(first.links[0]!.containerSha256).toMatch(/^[0-9a-f]{64}$/);
    // The report is kept with the container.
    const kept = await core.api.getContainer({ containerId: own.containerId! });
    expect(kept.lines.map((l) => l.member).sort()).toEqual([
      '__MACOSX/._a.html',
      'docs',
      'docs/a.html',
      'docs/b.pdf',
      'inner.zip',
      'notes.bin',
    ]);
  });

  it('streams a tar.gz and a plain tar', async () => {
    const tgz = await makeTar(
      [
        { name: 'a/one.html', data: page('Tar story one') },
        { name: 'two.md', data: `# Two\n\n${STORY}` },
      ],
      true,
    );
    const results = await importFile('bundle.tgz', tgz);
    expect(results[0]!.report).toMatchObject({ found: 2, imported: 2, failed: 0 });
    const tar = await makeTar([{ name: 'three.txt', data: `Three. ${STORY} Plain tar.` }], false);
    const plain = await importFile('bundle.tar', tar);
    expect(byMember(plain)['three.txt']).toMatchObject({ status: 'imported', format: 'txt' });
  });

  it('reports an encrypted zip as ENCRYPTED and imports it with the password', async () => {
    const zip = await makeEncryptedZip([{ name: 'secret.html', data: page('Secret story') }], 'hunter2');
    const locked = await importFile('locked.zip', zip);
    expect(locked).toHaveLength(1);
    expect(locked[0]).toMatchObject({ status: 'failed', error: { code: 'ENCRYPTED' } });
    const wrong = await importFile('locked.zip', zip, 'nope');
    expect(wrong[0]).toMatchObject({
      status: 'failed',
      error: { code: 'ENCRYPTED', message: expect.stringMatching(/wrong/) },
    });
    const opened = await importFile('locked.zip', zip, 'hunter2');
    expect(byMember(opened)['secret.html']).toMatchObject({ status: 'imported', title: 'Secret story' });
  });

  it('refuses a zip bomb with nothing unpacked', async () => {
    const bomb = makeZip([
      { name: 'a.html', data: page('Bomb part'), declaredSize: 0xfffffff0 },
      { name: 'b.html', data: 'x'.repeat(1000), declaredSize: 0xfffffff0 },
    ]);
    const results = await importFile('bomb.zip', bomb);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      status: 'failed',
      error: { code: 'FILE_TOO_LARGE', message: expect.stringMatching(/nothing of it was unpacked/) },
    });
    expect(core.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0);
  });
});

describe('mailboxes', () => {
  it('imports an mbox thread of three messages with an attachment, threaded and linked', async () => {
    const results = await importFile('Inbox.mbox', makeMbox(THREAD));
    expect(results[0]!.report).toMatchObject({ found: 4, imported: 4, failed: 0 });
    const members = byMember(results);
    const first = members['message 1']!;
    expect(first).toMatchObject({ status: 'imported', format: 'eml', title: 'Shipment records' });
    expect(members['message 1/records.txt']).toMatchObject({ status: 'imported', parentId: members['message 1']!.id });
    const attachment = members['message 1/records.txt']!;
    const attProv = await core.api.getProvenance({ id: attachment.id! });
    expect(attProv.links[0]!.parent).toMatchObject({ id: first.id, title: 'Shipment records' });
    const prov = await core.api.getProvenance({ id: members['message 2']!.id! });
    expect(prov.thread?.messages.map((m) => [m.title, m.depth])).toEqual([
      ['Shipment records', 0],
      ['Re: Shipment records', 1],
      ['Re: Shipment records', 2],
    ]);
    expect((await core.api.getProvenance({ id: first.id! })).children).toEqual([
      { id: attachment.id, title: expect.any(String), member: 'message 1/records.txt' },
    ]);
    // The escaped "From what I see" line is read back without its ">".
    const second = await core.api.getArticle({ id: members['message 2']!.id! });
    expect(second.text).toContain('From what I see');
    expect(second.text).not.toContain('>From what');
  });

  it('stores the same attachment once and links it from every message', async () => {
    const att = { name: 'same.txt', type: 'text/plain', data: Buffer.from(`The same attached memo. ${STORY}`) };
    const mails = [1, 2, 3].map((i) =>
      makeMessage({
        from: 'a@example.org',
        to: 'b@example.org',
        subject: `Memo ${i}`,
        date: `Mon, 0${i} Jan 2024 09:00:00 +0000`,
        messageId: `<memo${i}@example.org>`,
        body: `Message number ${i} about the memo. ${STORY}`,
        attachment: att,
      }),
    );
    const results = await importFile('memos.mbox', makeMbox(mails));
    const atts = results.filter((r) => r.member?.endsWith('same.txt'));
    expect(atts.map((r) => r.status)).toEqual(['imported', 'duplicate', 'duplicate']);
    const prov = await core.api.getProvenance({ id: atts[0]!.id! });
    expect(prov.links.map((l) => l.parent?.title)).toEqual(['Memo 1', 'Memo 2', 'Memo 3']);
  });

  it('keeps what a truncated mbox held and reports the cut message', async () => {
    const whole = makeMbox(THREAD);
    const cut = whole.slice(0, whole.lastIndexOf('Agreed, I will') - 40);
    const results = await importFile('cut.mbox', cut.slice(0, cut.length));
    const own = results[0]!;
    expect(own.report).toMatchObject({ imported: 3, failed: 1, incomplete: { code: 'TRUNCATED' } });
    expect(byMember(results)['message 3']).toMatchObject({ status: 'failed', error: { code: 'TRUNCATED' } });
  });

  it('threads a folder of .eml files by their headers', async () => {
    THREAD.forEach((m, i) => writeFileSync(join(dir, `${i}.eml`), m));
    const { results } = await core.api.importPaths({ paths: [dir] });
    const ids = results.filter((r) => r.format === 'eml').map((r) => r.id!);
    expect(ids).toHaveLength(3);
    const prov = await core.api.getProvenance({ id: ids[2]! });
    expect(prov.thread?.messages).toHaveLength(3);
  });
});

describe('Outlook messages', () => {
  it('imports a .msg as an e-mail with its attachments as child documents', async () => {
    const { makeMsg } = await import('../../test-support/make-msg');
    const msg = makeMsg({
      subject: 'Contract draft',
      body: `Please find the draft and the notes attached. ${STORY}`,
      senderName: 'Ana Ruiz',
      senderEmail: 'ana@example.org',
      to: [{ name: 'Ben Okafor', email: 'ben@example.org' }],
      headers: 'Message-ID: <outlook-1@example.org>\r\nDate: Tue, 02 Jan 2024 09:00:00 +0000\r\n',
      attachments: [
        { name: 'notes.txt', mime: 'text/plain', data: Buffer.from(`Notes on the contract. ${STORY}`) },
        {
          name: 'draft.pdf',
          mime: 'application/pdf',
          data: makePdf({ pages: [['The contract draft about export licences']], title: 'Draft' }),
        },
      ],
    });
    const results = await importFile('Contract draft.msg', msg);
    expect(results[0]!.report).toMatchObject({ found: 3, imported: 3 });
    const members = byMember(results);
    const message = members['Contract draft.msg']!;
    expect(message).toMatchObject({ status: 'imported', format: 'eml', title: 'Contract draft' });
    const article = await core.api.getArticle({ id: message.id! });
    expect(article.byline).toBe('Ana Ruiz <ana@example.org>');
    expect(article.publishedAt).toBe('2024-01-02T09:00:00.000Z');
    expect(members['Contract draft.msg/draft.pdf']).toMatchObject({
      status: 'imported',
      format: 'pdf',
      parentId: message.id,
    });
    expect(members['Contract draft.msg/notes.txt']).toMatchObject({ status: 'imported', parentId: message.id });
  });
});

describe('deleting a container', () => {
  it('deletes the members found only there when asked, and keeps a file imported before on its own', async () => {
    const loose = await importFile('loose.html', page('Loose story'));
    const zip = makeZip([
      { name: 'a.html', data: page('Zipped story') },
      { name: 'copy-of-loose.html', data: page('Loose story') },
    ]);
    const results = await importFile('pack.zip', zip);
    expect(byMember(results)['copy-of-loose.html']).toMatchObject({ status: 'duplicate', duplicateOf: loose[0]!.id });
    const kept = await core.api.deleteContainer({ containerId: results[0]!.containerId!, withMembers: false });
    expect(kept.deletedArticles).toBe(0);
    expect(core.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);

    const again = await importFile('pack2.zip', makeZip([{ name: 'b.html', data: page('Second zipped story') }]));
    const removed = await core.api.deleteContainer({ containerId: again[0]!.containerId!, withMembers: true });
    expect(removed.deletedArticles).toBe(1);
    expect(core.db.prepare('SELECT title FROM articles ORDER BY id').pluck().all()).toEqual([
      'Loose story',
      'Zipped story',
    ]);
  });
});
