import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { makeMbox, makeMessage } from '../../test-support/make-containers';
import { captureCli } from '../../test-support/capture-cli';

const BODY = 'The export licences for the accelerator chips were suspended while investigators examine the shipments.';

const MAILBOX = makeMbox([
  makeMessage({
    from: 'Ana Ruiz <ana@example.org>',
    to: 'Ben Okafor <ben@example.org>',
    subject: 'Shipment records',
    date: 'Mon, 01 Jan 2024 09:00:00 +0000',
    messageId: '<f1@example.org>',
    body: `First: ${BODY}`,
  }),
  makeMessage({
    from: 'Ben Okafor <ben@example.org>',
    to: 'Ana Ruiz <ana@example.org>',
    subject: 'Re: Shipment records',
    date: 'Mon, 01 Jan 2024 10:00:00 +0000',
    messageId: '<f2@example.org>',
    inReplyTo: '<f1@example.org>',
    references: '<f1@example.org>',
    body: `Reply: ${BODY}`,
  }),
  makeMessage({
    from: 'Chloé Martin <chloe@press.example.net>',
    to: 'Ana Ruiz <ana@example.org>',
    subject: 'Another matter',
    date: 'Tue, 02 Jan 2024 10:00:00 +0000',
    messageId: '<g1@press.example.net>',
    body: `Unrelated: ${BODY}`,
  }),
]);

let dir: string;
let core: TestCore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-mail-filters-'));
  core = openTestCore(':memory:');
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function titles(query: string): Promise<string[]> {
  const result = await core.api.search({ query, limit: 50 });
  return result.hits.map((h) => h.title).sort();
}

describe('search filters on e-mail: from:, to:, thread:', () => {
  it('narrows by sender, recipient (address, domain or person) and conversation, and counts them as facets', async () => {
    const path = join(dir, 'inbox.mbox');
    writeFileSync(path, MAILBOX);
    const results = (await core.api.importPaths({ paths: [path] })).results;
    const first = results.find((r) => r.title === 'Shipment records')!;

    expect(await titles('licences from:ana@example.org')).toEqual(['Shipment records']);
    expect(await titles('licences to:ana@example.org')).toEqual(['Another matter', 'Re: Shipment records']);
    expect(await titles('from:press.example.net')).toEqual(['Another matter']);
    // A person of the registry: their address aliases (made from the mail headers).
    expect(await titles('licences from:"Ben Okafor"')).toEqual(['Re: Shipment records']);
    expect(await titles('licences -from:ana@example.org')).toEqual(['Another matter', 'Re: Shipment records']);
    // A conversation, by the id of any of its messages.
    expect(await titles(`licences thread:${first.id!}`)).toEqual(['Re: Shipment records', 'Shipment records']);
    expect(await titles('licences thread:f1@example.org')).toEqual(['Re: Shipment records', 'Shipment records']);

    const result = await core.api.search({ query: 'licences' });
    expect(result.mailFacets?.senders).toEqual([
      { value: 'ana@example.org', count: 1 },
      { value: 'ben@example.org', count: 1 },
      { value: 'chloe@press.example.net', count: 1 },
    ]);
    expect(result.mailFacets?.recipients[0]).toEqual({ value: 'ana@example.org', count: 2 });
  });

  it('shows no mail facets in a library without e-mail', async () => {
    const result = await core.api.search({ query: 'anything' });
    expect(result.mailFacets).toBeUndefined();
  });

  it('dossier search --from, --to and --thread add the filters', async () => {
    const library = join(dir, 'lib.sqlite');
    const path = join(dir, 'inbox.mbox');
    writeFileSync(path, MAILBOX);
    expect((await captureCli(['import', path, '--library', library, '--json'])).code).toBe(0);
    const run = await captureCli(['search', 'licences', '--to', 'ana@example.org', '--library', library, '--json']);
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.out[0]!) as { hits: { title: string }[]; mailFacets: { senders: unknown[] } };
    expect(parsed.hits.map((h) => h.title).sort()).toEqual(['Another matter', 'Re: Shipment records']);
    expect(parsed.mailFacets.senders.length).toBeGreaterThan(0);
    const alone = await captureCli(['search', '--from', 'chloe@press.example.net', '--library', library, '--json']);
    expect((JSON.parse(alone.out[0]!) as { hits: { title: string }[] }).hits.map((h) => h.title)).toEqual([
      'Another matter',
    ]);
  });
});
