import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../preload/api';
import type { MailHeaders } from '../../../db/mail';
import { normaliseSubject, threadMessages } from './threading';
import { readMbox } from './mbox-stream';

function mail(id: number, m: Partial<MailHeaders>): MailHeaders {
  return {
    articleId: id as ArticleId,
    messageId: null,
    inReplyTo: null,
    references: [],
    subjectKey: '',
    sentAt: `2024-01-0${id}T00:00:00Z`,
    sender: null,
    recipients: [],
    ...m,
  };
}

describe('JWZ threading', () => {
  it('joins replies whose parent never arrived through the missing parent, and keeps depth', () => {
    const { threadOf, depthOf } = threadMessages([
      mail(1, { messageId: 'b@x', references: ['a@x'], subjectKey: 'plan' }),
      mail(2, { messageId: 'c@x', references: ['a@x'], subjectKey: 'plan' }),
      mail(3, { messageId: 'd@x', references: ['a@x', 'c@x'], inReplyTo: 'c@x', subjectKey: 'plan' }),
    ]);
    expect(new Set(threadOf.values()).size).toBe(1);
    expect([1, 2, 3].map((i) => depthOf.get(i as ArticleId))).toEqual([0, 0, 1]);
  });

  it('uses subjects only for messages without threading headers', () => {
    const { threadOf } = threadMessages([
      mail(1, { messageId: 'a@x', subjectKey: 'hello' }),
      mail(2, { messageId: 'b@x', subjectKey: 'hello' }),
      mail(3, { messageId: 'c@x', references: ['z@x'], subjectKey: 'budget' }),
      mail(4, { messageId: 'd@x', subjectKey: 'budget' }),
    ]);
    // Two headerless "hello" mails: the second has no headers, so it joins by subject.
    expect(threadOf.get(2 as ArticleId)).toBe(threadOf.get(1 as ArticleId));
    expect(threadOf.get(4 as ArticleId)).toBe(threadOf.get(3 as ArticleId));
  });

  it('normalises reply and forward prefixes and list tags', () => {
    expect(normaliseSubject('Re: [press] Fwd: AW:  The  Budget ')).toBe('the budget');
  });
});

describe('mbox stream', () => {
  it('splits at From_ lines after an empty line, across chunk boundaries, and unescapes >From', async () => {
    const text =
      'From a@x Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody\nFrom here on, not a separator\n>From escaped\n\n' +
      'From b@x Mon Jan  1 00:00:00 2024\nSubject: two\n\nsecond\n';
    const bytes = Buffer.from(text);
    // One byte per chunk: every separator is cut somewhere.
    const chunks = (async function* () {
      for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
    })();
    const out = [];
    for await (const m of readMbox(chunks, 1e6)) out.push(m);
    expect(out).toHaveLength(2);
    expect(out[0]!.raw!.toString()).toContain('From here on, not a separator\nFrom escaped');
    expect(out[1]!.raw!.toString()).toMatch(/^Subject: two/);
    expect(out.map((m) => m.truncated)).toEqual([false, false]);
  });

  it('reports a message over the size cap instead of keeping it', async () => {
    const big = `From a@x Mon Jan  1 00:00:00 2024\nSubject: big\n\n${'x'.repeat(5000)}\n`;
    const out = [];
    for await (const m of readMbox([Buffer.from(big)], 100)) out.push(m);
    expect(out[0]).toMatchObject({ raw: null, truncated: false });
  });
});
