import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeZip } from '../main/test-support/make-zip';
import { makeMbox, makeMessage } from '../main/test-support/make-containers';
import { expect, test } from './fixtures';

const PARAGRAPH =
  'Investigators said on Thursday that the shipment of accelerator cards left the port of Antwerp under a false customs code.';

function savedPage(title: string): string {
  const body = Array.from({ length: 5 }, (_, i) => `<p>${PARAGRAPH} ${title}, detail ${i + 1}.</p>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
    <body><article><h1>${title}</h1>${body}</article></body></html>`;
}

/**
 * A zip as a source sends it: a saved page, a text file, and a nested zip holding a memo. The three say different
 * things (sharing one long sentence would make the memo and the notes near copies, folded into one family row).
 */
function leakZip(): Buffer {
  const inner = makeZip([
    {
      name: 'memo.txt',
      data: 'Internal memo on the customs codes. The compliance office asks every broker to confirm the tariff lines before Friday.',
    },
  ]);
  return makeZip([
    { name: 'pages/port-probe.html', data: savedPage('Antwerp port probe widens') },
    {
      name: 'notes.txt',
      data: 'Reporter notes on the intermediaries in Dubai. Two trading firms share a director and a post box in Jebel Ali.',
    },
    { name: 'archive/inner.zip', data: inner },
  ]);
}

/** A mailbox with one conversation of three messages; the first carries an attachment. */
function inboxMbox(): string {
  return makeMbox([
    makeMessage({
      from: 'Ana Ruiz <ana@example.org>',
      to: 'Ben Okafor <ben@example.org>',
      subject: 'Shipment records',
      date: 'Mon, 01 Jan 2024 09:00:00 +0000',
      messageId: '<e1@example.org>',
      body: `Ben, the shipment records are attached. ${PARAGRAPH}`,
      attachment: {
        name: 'records.txt',
        type: 'text/plain',
        data: Buffer.from(`Ledger of the shipments through Antwerp, with the false customs codes. ${PARAGRAPH}`),
      },
    }),
    makeMessage({
      from: 'Ben Okafor <ben@example.org>',
      to: 'Ana Ruiz <ana@example.org>',
      subject: 'Re: Shipment records',
      date: 'Mon, 01 Jan 2024 10:00:00 +0000',
      messageId: '<e2@example.org>',
      inReplyTo: '<e1@example.org>',
      references: '<e1@example.org>',
      body: `Thanks Ana, the dates do not match the filing.\n\n> Ben, the shipment records are attached.`,
    }),
    makeMessage({
      from: 'Ana Ruiz <ana@example.org>',
      to: 'Ben Okafor <ben@example.org>',
      subject: 'Re: Shipment records',
      date: 'Mon, 01 Jan 2024 11:00:00 +0000',
      messageId: '<e3@example.org>',
      inReplyTo: '<e2@example.org>',
      references: '<e1@example.org> <e2@example.org>',
      body: `Agreed, I will call the ministry about the intermediaries tomorrow morning.`,
    }),
  ]);
}

test.describe('archives and mailboxes', () => {
  test.use({ serverOptions: { empty: true } });

  test('a dropped zip and mbox: every member reported, a message with its thread and attachment', async ({
    app,
    page,
  }) => {
    // Two containers, ten report lines and a dozen reader steps: more than the default minute on a busy machine.
    test.setTimeout(180_000);
    const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-containers-'));
    try {
      writeFileSync(join(dir, 'leak.zip'), leakZip());
      writeFileSync(join(dir, 'inbox.mbox'), inboxMbox());
      await app.dropFiles([join(dir, 'leak.zip'), join(dir, 'inbox.mbox')]);

      const rows = await app.importReportRows();
      const lines = rows.map((r) => [r.file.split(/[\\/]/u).slice(-2).join('/'), r.status]).sort();
      // The containers' own lines, then one line per member (nested archive and attachment included).
      expect(lines).toEqual(
        [
          ['tmp/leak.zip', 'imported'],
          ['pages/port-probe.html', 'imported'],
          ['leak.zip/notes.txt', 'imported'],
          ['archive/inner.zip', 'imported'],
          ['inner.zip/memo.txt', 'imported'],
          ['tmp/inbox.mbox', 'imported'],
          ['inbox.mbox/message 1', 'imported'],
          ['message 1/records.txt', 'imported'],
          ['inbox.mbox/message 2', 'imported'],
          ['inbox.mbox/message 3', 'imported'],
        ]
          .map(([file, status]) => [file!.replace(/^tmp\//u, ''), status])
          .sort(),
      );
      await expect(app.importRow('leak.zip').getByTestId('import-container-report')).toContainText(
        '3 found: 3 imported, 0 duplicate, 0 failed, 0 skipped',
      );
      await expect(app.importRow('inbox.mbox').getByTestId('import-container-report')).toContainText(
        '4 found: 4 imported',
      );

      // A message opens with its conversation, in order, the quoted history folded.
      await app.search('intermediaries tomorrow');
      await app.searchHits().first().click();
      await expect(app.readerTitle()).toHaveText('Re: Shipment records');
      const thread = page.getByTestId('reader-thread');
      await expect(thread).toContainText('Conversation (3 messages)');
      await expect(thread.getByTestId('thread-message')).toHaveCount(3);
      await expect(thread.getByTestId('thread-message').nth(0)).toContainText('Shipment records');
      await expect(thread.locator('details').first()).not.toHaveAttribute('open', '');

      // The first message, then its attachment, in one click each.
      await thread.getByTestId('thread-message').nth(0).getByTestId('provenance-open').click();
      await expect(app.readerTitle()).toHaveText('Shipment records');
      await expect(page.getByTestId('provenance-link').first()).toContainText('In: inbox.mbox / message 1');
      await page.getByTestId('provenance-child').getByTestId('provenance-open').click();
      await expect(app.readerBody()).toContainText('Ledger of the shipments');
      await expect(page.getByTestId('provenance-link').first()).toContainText('Attached to: message');
      // And back to the message it is attached to.
      await page.getByTestId('provenance-link').first().getByTestId('provenance-open').click();
      await expect(app.readerTitle()).toHaveText('Shipment records');

      // Search narrows by sender: the facet adds the clause, shown as a chip.
      await app.search('shipment');
      await page.locator('[data-testid="facet"][data-facet="from"][data-value="ben@example.org"]').click();
      await expect(app.searchInput()).toHaveValue('shipment from:"ben@example.org"');
      await expect(app.searchHits()).toHaveCount(1);
      await expect(page.getByTestId('active-filter')).toContainText('From: ben@example.org');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('deleting an archive from the reader asks whether its documents go too', async ({ app, page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-containers-'));
    try {
      writeFileSync(join(dir, 'leak.zip'), leakZip());
      await app.dropFiles([join(dir, 'leak.zip')]);
      await app.importReportRows();
      await expect(app.articleRows()).toHaveCount(3);
      await app.openArticleByTitle('Antwerp port probe widens');
      await expect(page.getByTestId('provenance-link')).toContainText('In: leak.zip / pages / port-probe.html');
      await page.getByTestId('container-delete').click();
      await expect(page.getByRole('group', { name: 'Delete leak.zip' })).toContainText(
        'Delete the documents found in leak.zip too?',
      );
      await page.getByTestId('container-delete-members').click();
      await expect(app.articleRows()).toHaveCount(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
