import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityId } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { makeMbox, makeMessage } from '../../test-support/make-containers';

const BODY = 'The ministry confirmed on Tuesday that the export licences for the new accelerator chips were suspended.';

let dir: string;
let core: TestCore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-mail-people-'));
  core = openTestCore(':memory:');
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const MAILBOX = makeMbox([
  makeMessage({
    from: 'Ana Ruiz <Ana@Example.org>',
    to: 'Ben Okafor <ben@example.org>, "Chloé Martin" <chloe@example.net>',
    subject: 'Shipment records',
    date: 'Mon, 01 Jan 2024 09:00:00 +0000',
    messageId: '<p1@example.org>',
    body: `Ben, Chloé: the records. ${BODY}`,
  }),
  makeMessage({
    from: 'Ben Okafor <ben@example.org>',
    to: 'ana@example.org',
    subject: 'Re: Shipment records',
    date: 'Mon, 01 Jan 2024 10:00:00 +0000',
    messageId: '<p2@example.org>',
    inReplyTo: '<p1@example.org>',
    references: '<p1@example.org>',
    body: `Thanks Ana. Write to me at ben@example.org, not the office. ${BODY}`,
  }),
]);

async function entityNamed(name: string): Promise<EntityId> {
  const all = await core.api.listEntities({ type: 'person' });
  const found = all.find((e) => e.name === name);
  if (!found) throw new Error(`no person entity called ${name}: ${all.map((e) => e.name).join(', ')}`);
  return found.id;
}

describe('senders and recipients as person entities', () => {
  it('makes each address a person with the address as alias, listing the mails sent and received', async () => {
    const path = join(dir, 'inbox.mbox');
    writeFileSync(path, MAILBOX);
    await core.api.importPaths({ paths: [path] });

    const ana = await core.api.getEntity({ id: await entityNamed('Ana Ruiz') });
    expect(ana.entity.status).toBe('confirmed');
    expect(ana.entity.aliases.map((a) => a.alias)).toEqual(['ana@example.org']);
    expect(ana.mail?.sent.map((m) => m.title)).toEqual(['Shipment records']);
    expect(ana.mail?.received.map((m) => m.title)).toEqual(['Re: Shipment records']);
    expect(ana.mail?.received[0]!.counterpart).toBe('ben@example.org');

    const chloe = await core.api.getEntity({ id: await entityNamed('Chloé Martin') });
    expect(chloe.mail?.sentTotal).toBe(0);
    expect(chloe.mail?.receivedTotal).toBe(1);

    // The address alias is matched in the texts already stored (the library re-scan).
    await core.parts.entityEngine.whenIdle();
    const ben = await core.api.getEntity({ id: await entityNamed('Ben Okafor') });
    expect(ben.mail?.sentTotal).toBe(1);
    expect(ben.articles.map((a) => a.title)).toContain('Re: Shipment records');
  });

  it('gives an address to a person already in the registry instead of making a second one', async () => {
    const existing = await core.api.createEntity({
      name: 'Ana Ruiz',
      type: 'person',
      aliases: [{ alias: 'Ana Ruiz', language: null, caseSensitive: false }],
    });
    const path = join(dir, 'inbox.mbox');
    writeFileSync(path, MAILBOX);
    await core.api.importPaths({ paths: [path] });
    const ana = await core.api.getEntity({ id: existing.id });
    expect(ana.entity.aliases.map((a) => a.alias)).toContain('ana@example.org');
    expect((await core.api.listEntities({ type: 'person' })).filter((e) => e.name === 'Ana Ruiz')).toHaveLength(1);
    // Importing the same mailbox again adds nothing.
    writeFileSync(join(dir, 'copy.mbox'), MAILBOX + '\n');
    await core.api.importPaths({ paths: [join(dir, 'copy.mbox')] });
    expect(
      (await core.api.getEntity({ id: existing.id })).entity.aliases.filter((a) => a.alias.includes('@')),
    ).toHaveLength(1);
  });
});
