import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { makeMbox, makeMessage } from '../../test-support/make-containers';

const REPORT = [
  'The ministry confirmed on Tuesday that the export licences for the new accelerator chips were suspended until further notice.',
  'Officials in Brussels said the decision followed a review of shipments routed through Dubai and Singapore last spring.',
  'Two trading firms that share a director are named in the customs filings, which list graphics cards as server parts.',
  'The port authority in Antwerp declined to comment on the seizures, citing an ongoing investigation by prosecutors.',
].join('\n\n');

const quote = (text: string): string =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

let dir: string;
let core: TestCore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-mail-families-'));
  core = openTestCore(':memory:');
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importMailbox(messages: string[]): Promise<void> {
  const path = join(dir, 'inbox.mbox');
  writeFileSync(path, makeMbox(messages));
  await core.api.importPaths({ paths: [path] });
}

const original = makeMessage({
  from: 'Ana Ruiz <ana@example.org>',
  to: 'ben@example.org',
  subject: 'Shipment records',
  date: 'Mon, 01 Jan 2024 09:00:00 +0000',
  messageId: '<m1@example.org>',
  body: REPORT,
});

describe('families and e-mail', () => {
  it('a reply quoting the whole message (">" or Outlook style) is a reply, not a copy: the thread stays rows', async () => {
    await importMailbox([
      original,
      makeMessage({
        from: 'Ben Okafor <ben@example.org>',
        to: 'ana@example.org',
        subject: 'Re: Shipment records',
        date: 'Mon, 01 Jan 2024 10:00:00 +0000',
        messageId: '<m2@example.org>',
        inReplyTo: '<m1@example.org>',
        references: '<m1@example.org>',
        body: `Thanks, I will call the port authority tomorrow.\n\nOn Mon, 1 Jan 2024, Ana Ruiz wrote:\n${quote(REPORT)}`,
      }),
      makeMessage({
        from: 'Chloé Martin <chloe@example.net>',
        to: 'ana@example.org',
        subject: 'RE: Shipment records',
        date: 'Mon, 01 Jan 2024 11:00:00 +0000',
        messageId: '<m3@example.org>',
        inReplyTo: '<m1@example.org>',
        references: '<m1@example.org>',
        body: `Noted, adding it to the file.\n\n-----Original Message-----\nFrom: Ana Ruiz\nSent: Monday\n\n${REPORT}`,
      }),
    ]);
    expect(await core.api.listFamilies()).toEqual({ families: [] });
    expect((await core.api.listArticles({})).total).toBe(3);
  });

  it('a message forwarding the report as its own text is still a copy of it', async () => {
    await importMailbox([
      original,
      makeMessage({
        from: 'Ben Okafor <ben@example.org>',
        to: 'desk@example.org',
        subject: 'Fwd: Shipment records',
        date: 'Mon, 01 Jan 2024 12:00:00 +0000',
        messageId: '<m4@example.org>',
        body: `For the desk, the report as it came in:\n\n${REPORT}`,
      }),
    ]);
    const { families } = await core.api.listFamilies();
    expect(families).toHaveLength(1);
    expect(families[0]!.articleIds).toHaveLength(2);
  });
});
