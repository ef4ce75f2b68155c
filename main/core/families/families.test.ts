import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';
import { DEMO_ARTICLES } from '../demo/demo-articles';
import { backfillFamilies } from './backfill';

function demo(titleStart: string): { title: string; paragraphs: string[]; language: string } {
  const a = DEMO_ARTICLES.find((d) => d.title.startsWith(titleStart) && (titleStart !== 'H20' || d.language === 'fr'));
  if (!a) throw new Error(`no demo article "${titleStart}"`);
  return a;
}

const H20 = demo('Washington requires licences for the H20');
const H20_DESIGN = demo("NVIDIA's H20: a third attempt");
const H20_FR = demo('H20');
const A800 = demo("Meet the A800: NVIDIA's China-only chip");
const A800_SWEPT = demo("Updated US rules sweep in NVIDIA's A800 and H800");

/** A copy as a newsroom makes one: last paragraph cut, a credit line and a local paragraph added. */
function trimmedCopy(paragraphs: string[], local: string): string {
  return [
    `(Pacific Trade Wire) -`,
    ...paragraphs.slice(0, -1),
    local,
    'Reporting by the wire; editing by our desk.',
  ].join('\n\n');
}

let core: TestCore;
beforeEach(() => {
  core = openTestCore(':memory:');
});
afterEach(() => core.close());

async function familyOf(id: ArticleId) {
  return (await core.api.getArticle({ id })).family;
}

describe('families of near copies', () => {
  it('puts a copy with a new headline and a trimmed ending in the family of its original', async () => {
    const original = addTestArticle(core, {
      title: H20.title,
      text: H20.paragraphs.join('\n\n'),
      siteName: 'Pacific Trade Wire',
      publishedAt: '2025-04-16',
    });
    const copy = addTestArticle(core, {
      title: 'Nvidia hit by new licence rule for China chip',
      text: trimmedCopy(
        H20.paragraphs,
        'Local chip distributors in Taipei said they had not yet been told of any change.',
      ),
      siteName: 'Harbour Daily',
      publishedAt: '2025-04-17',
    });
    expect(await familyOf(copy)).toEqual({ id: expect.any(Number), originId: original, size: 2 });
    expect((await familyOf(original))?.id).toBe((await familyOf(copy))?.id);
    const { families } = await core.api.listFamilies();
    expect(families).toEqual([{ id: expect.any(Number), originId: original, articleIds: [original, copy] }]);
  });

  it('holds recent articles within its memory budget, and still finds a copy of one it let go', async () => {
    const families = core.parts.families;
    families.recentBudgetBytes = 1; // only the newest article's shingles are kept
    const original = addTestArticle(core, { title: H20.title, text: H20.paragraphs.join('\n\n') });
    for (const other of [H20_DESIGN, A800, A800_SWEPT])
      addTestArticle(core, { title: other.title, text: other.paragraphs.join('\n\n') });
    const copyText = trimmedCopy(H20.paragraphs, 'Distributors in Taipei had not been told of any change.');
    const copy = addTestArticle(core, { title: 'Nvidia hit by new licence rule', text: copyText });
    expect(await familyOf(copy)).toEqual({ id: expect.any(Number), originId: original, size: 2 });
    // The original, re-read from its text to confirm the copy, is now the one article held.
    const originalShingles = families.fingerprint(H20.paragraphs.join('\n\n'), 'en').shingles;
    expect(families.recentShinglesBytes).toBe(originalShingles.byteLength);
  });

  it('keeps apart a different story about the same chips and companies', async () => {
    addTestArticle(core, { title: H20.title, text: H20.paragraphs.join('\n\n') });
    const other = addTestArticle(core, { title: H20_DESIGN.title, text: H20_DESIGN.paragraphs.join('\n\n') });
    const older = addTestArticle(core, { title: A800.title, text: A800.paragraphs.join('\n\n') });
    const later = addTestArticle(core, { title: A800_SWEPT.title, text: A800_SWEPT.paragraphs.join('\n\n') });
    for (const id of [other, older, later]) expect(await familyOf(id)).toBeNull();
    expect((await core.api.listFamilies()).families).toEqual([]);
  });

  it('does not take a French article on the same event for a copy of the English one', async () => {
    addTestArticle(core, { title: H20.title, text: H20.paragraphs.join('\n\n'), language: 'en' });
    const fr = addTestArticle(core, { title: H20_FR.title, text: H20_FR.paragraphs.join('\n\n'), language: 'fr' });
    expect(await familyOf(fr)).toBeNull();
  });

  const seed = resolve(__dirname, '../../../../shared/seed/gpu-trade-war-fr.txt');
  it.skipIf(!existsSync(seed))(
    'groups copies of a real French article, not the English coverage (needs ../shared/seed)',
    async () => {
      const text = readFileSync(seed, 'utf8');
      const paragraphs = text.split(/\n+/).filter((p) => p.trim());
      const english = addTestArticle(core, { title: H20.title, text: H20.paragraphs.join('\n\n') });
      const original = addTestArticle(core, {
        title: paragraphs[0]!,
        text: paragraphs.slice(1).join('\n\n'),
        language: 'fr',
      });
      const copy = addTestArticle(core, {
        title: 'ByteDance achète des GPU pour un milliard',
        text: ['(AFP) -', ...paragraphs.slice(1, -2), 'Publicité'].join('\n\n'),
        language: 'fr',
      });
      expect((await familyOf(copy))?.originId).toBe(original);
      expect(await familyOf(english)).toBeNull();
    },
  );

  it('merges two families when an article bridges them, and deleting the origin re-elects one', async () => {
    const p = H20.paragraphs;
    // First half and second half of the story, each with a copy; then the full story bridges them.
    const firstHalf = p.slice(0, 3).join('\n\n');
    const secondHalf = p.slice(3).join('\n\n');
    const a1 = addTestArticle(core, { title: 'Part one', text: firstHalf, publishedAt: '2025-04-17' });
    const a2 = addTestArticle(core, {
      title: 'Part one again',
      text: `${firstHalf}\n\nCredit: wire.`,
      publishedAt: '2025-04-18',
    });
    const b1 = addTestArticle(core, { title: 'Part two', text: secondHalf, publishedAt: '2025-04-19' });
    const b2 = addTestArticle(core, {
      title: 'Part two again',
      text: `${secondHalf}\n\nCredit: wire.`,
      publishedAt: '2025-04-20',
    });
    expect((await familyOf(a1))?.id).not.toBe((await familyOf(b1))?.id);
    expect((await core.api.listFamilies()).families).toHaveLength(2);

    const whole = addTestArticle(core, { title: H20.title, text: p.join('\n\n'), publishedAt: '2025-04-16' });
    const { families } = await core.api.listFamilies();
    expect(families).toEqual([{ id: expect.any(Number), originId: whole, articleIds: [a1, a2, b1, b2, whole] }]);

    // The bridge was also the origin: without it the two halves are two families again, each with its earliest.
    await core.api.deleteArticle({ id: whole });
    const after = (await core.api.listFamilies()).families.map((f) => ({
      originId: f.originId,
      articleIds: f.articleIds,
    }));
    expect(after).toEqual(
      expect.arrayContaining([
        { originId: a1, articleIds: [a1, a2] },
        { originId: b1, articleIds: [b1, b2] },
      ]),
    );
    expect(after).toHaveLength(2);
  });

  it("re-elects the origin when it is deleted, and keeps the reporter's choice of origin", async () => {
    const text = H20.paragraphs.join('\n\n');
    const first = addTestArticle(core, { title: 'First', text, publishedAt: '2025-04-16' });
    const second = addTestArticle(core, {
      title: 'Second',
      text: `${text}\n\nLocal desk added this line.`,
      publishedAt: '2025-04-17',
    });
    const third = addTestArticle(core, {
      title: 'Third',
      text: trimmedCopy(H20.paragraphs, 'A third outlet.'),
      publishedAt: '2025-04-18',
    });
    expect((await familyOf(third))?.originId).toBe(first);

    const family = (await familyOf(third))!;
    const chosen = await core.api.setFamilyOrigin({ familyId: family.id, articleId: third });
    expect(chosen.originChosen).toBe(true);
    expect(chosen.members[0]!.id).toBe(third);
    await core.api.setFamilyOrigin({ familyId: family.id, articleId: null });

    await core.api.deleteArticle({ id: first });
    expect(await familyOf(third)).toEqual({ id: family.id, originId: second, size: 2 });
    await core.api.deleteArticle({ id: second });
    expect(await familyOf(third)).toBeNull();
  });

  it('diffs a trimmed copy against its origin word by word, headline included', async () => {
    const original = addTestArticle(core, { title: H20.title, text: H20.paragraphs.join('\n\n') });
    const copy = addTestArticle(core, {
      title: 'Nvidia hit by new licence rule',
      text: trimmedCopy(H20.paragraphs, 'Local distributors said they had not been told.'),
    });
    const diff = await core.api.diffArticles({ baseId: original, otherId: copy });
    expect(diff.headline).toEqual({ base: H20.title, other: 'Nvidia hit by new licence rule', changed: true });
    const removed = diff.body
      .filter((d) => d.kind === 'removed')
      .map((d) => d.text)
      .join('');
    const added = diff.body
      .filter((d) => d.kind === 'added')
      .map((d) => d.text)
      .join('');
    expect(removed).toContain('Jensen Huang');
    expect(added).toContain('Local distributors said they had not been told');
    expect(diff.removedWords).toBeGreaterThan(30);
  });

  it('computes families once for articles stored before the feature, with progress', async () => {
    const text = H20.paragraphs.join('\n\n');
    const again = [
      addTestArticle(core, { title: 'One', text }),
      addTestArticle(core, { title: 'Two', text: trimmedCopy(H20.paragraphs, 'Local line.') }),
    ];
    // As a library migrated from version 6 has them: articles, no fingerprints yet.
    await core.parts.familiesBackfilled;
    core.db.exec('DELETE FROM family_members; DELETE FROM families; DELETE FROM family_bands;');
    expect(await core.api.getArticle({ id: again[1]! })).toMatchObject({ family: null });
    const progress: number[] = [];
    core.events.on('families:progress', (p) => progress.push(p.done));
    expect(await backfillFamilies(core.context, core.parts.families, null)).toBe(2);
    expect(progress).toEqual([0, 2]);
    expect((await core.api.getArticle({ id: again[1]! })).family?.originId).toBe(again[0]);
    expect(await backfillFamilies(core.context, core.parts.families, null)).toBe(0);
  });
});
