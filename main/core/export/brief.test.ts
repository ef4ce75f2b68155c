import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, BriefDefinition } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { collectBrief } from './brief-model';
import { findChromium } from './chromium-printer';
import { countPdfPages } from './pdf-printer';
import { addTestArticle, chipsStory } from '../../test-support/test-article';
import { loadDemoLibrary } from '../demo/load-demo';

let core: TestCore;
let ids: ArticleId[];
beforeEach(async () => {
  core = openTestCore(':memory:');
  ids = [1, 2, 3, 4, 5].map((n) => addTestArticle(core, chipsStory(n)));
  addTestArticle(core, { ...chipsStory(99), tags: ['other'], title: 'Not in the brief' });
  await core.api.createQuote({ articleId: ids[0]!, exact: 'exports of accelerator chips number 1' });
  await core.api.createQuote({ articleId: ids[2]!, exact: 'would need a licence' });
  await core.api.createNote({ articleId: ids[1]!, body: 'Call the ministry <b>today</b>.' });
});
afterEach(() => core.close());

const definition = (over: Partial<BriefDefinition> = {}): BriefDefinition => ({
  title: 'Chips & <script>alert(1)</script> brief',
  author: 'Desk',
  scope: { kind: 'tag', tag: 'chips' },
  sections: ['title', 'summary', 'quotes', 'digest', 'entities', 'timeline', 'sources'],
  ...over,
});

function decode(file: { base64: string }): string {
  return Buffer.from(file.base64, 'base64').toString('utf8');
}

describe('brief preview and HTML', () => {
  it('covers exactly the tag, with quotes numbered and every source hash', async () => {
    const preview = await core.api.previewBrief({ definition: definition() });
    expect(preview).toMatchObject({ articles: 5, quotes: 2 });
    for (let n = 1; n <= 5; n++) expect(preview.html).toContain(`Headline number ${n}`);
    expect(preview.html).not.toContain('Not in the brief');
    expect(preview.html).toContain('exports of accelerator chips number 1<sup><a class="fnref" href="#fn-1"');
    expect(preview.html).toMatch(
      /id="fn-2"[^>]*>\[2\] Reporter 3, “Headline number 3”, Example Times, published 2025-03-04/,
    );
    const model = await collectBrief(core.db, definition(), { now: core.context.now() });
    for (const a of model.articles) expect(preview.html).toContain(a.sha256);
  });

  it('escapes user text and carries no script and no remote load', async () => {
    const { html } = await core.api.previewBrief({ definition: definition() });
    expect(html).toContain('Chips &amp; &lt;script&gt;alert(1)&lt;/script&gt; brief');
    expect(html).toContain('Call the ministry &lt;b&gt;today&lt;/b&gt;.');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(?!#|https:\/\/example\.com)/);
    expect(html).toContain("default-src 'none'");
  });

  it('keeps the chosen sections in the chosen order', async () => {
    const { html } = await core.api.previewBrief({ definition: definition({ sections: ['sources', 'timeline'] }) });
    expect(html.indexOf('Source appendix')).toBeLessThan(html.indexOf('<h2>Timeline'));
    expect(html).not.toContain('Key quotes');
    expect(html).not.toContain('Article digest');
  });

  it('builds from explicit ids and from a search query', async () => {
    const byIds = await core.api.previewBrief({ definition: definition({ scope: { kind: 'ids', ids: [ids[3]!] } }) });
    expect(byIds.articles).toBe(1);
    const model = await collectBrief(core.db, definition({ scope: { kind: 'query', query: 'licence' } }), {
      now: core.context.now(),
      search: async ({ offset }) => ({
        total: 2,
        tookMs: 0,
        facets: { tags: [], entities: [], sites: [], languages: [], years: [] },
        hits:
          (offset ?? 0) === 0
            ? [ids[0]!, ids[4]!].map((id) => ({
                id,
                title: '',
                score: 1,
                snippet: '',
                publishedAt: null,
                siteName: null,
              }))
            : [],
      }),
    });
    expect(model.articles.map((a) => a.id).sort()).toEqual([ids[0], ids[4]].sort());
  });

  it('refuses a definition without a title or with an unknown section', async () => {
    await expect(core.api.previewBrief({ definition: definition({ title: ' ' }) })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(
      core.api.previewBrief({
        definition: { ...definition(), sections: ['title', 'gossip'] } as unknown as BriefDefinition,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('sections with nothing in them', () => {
  it('are left out of the HTML and the Markdown, headings and placeholder text alike', async () => {
    // Article 2 has a note but no quote, and no note was chosen as the summary.
    const only2 = definition({ scope: { kind: 'ids', ids: [ids[1]!] } });
    const { html } = await core.api.previewBrief({ definition: only2 });
    const md = decode(await core.api.exportBrief({ definition: only2, format: 'md' }));
    for (const brief of [html, md]) {
      expect(brief).not.toMatch(/No summary note was chosen|No quotes were taken|No known entities|No articles in/);
      expect(brief).toContain('Headline number 2');
      expect(brief).toContain('Call the ministry');
    }
    expect(html).not.toMatch(/<h2>(Summary|Key quotes)/);
    expect(md).not.toMatch(/^## (Summary|Key quotes)/m);
    for (const heading of ['Article digest', 'Timeline', 'Source appendix']) {
      expect(html).toContain(`<h2>${heading}</h2>`);
      expect(md).toContain(`## ${heading}`);
    }
  });
});

describe('Markdown', () => {
  it('carries the same footnotes as the HTML', async () => {
    const md = decode(await core.api.exportBrief({ definition: definition(), format: 'md' }));
    expect(md).toContain('> exports of accelerator chips number 1[^1]');
    expect(md).toContain('> would need a licence[^2]');
    expect(md).toMatch(
      /^\[\^2\]: Reporter 3, “Headline number 3”, Example Times, published 2025-03-04\. https:\/\/example\.com\/story\/3/m,
    );
    expect(md).toContain('# Chips & \\<script\\>alert(1)\\</script\\> brief');
  });
});

describe('saved briefs', () => {
  it('saves, lists, and counts what came in since the last export', async () => {
    const saved = await core.api.saveBrief({ name: 'Weekly chips', definition: definition() });
    expect(saved).toMatchObject({ name: 'Weekly chips', lastRunAt: null, newArticles: 0 });
    let clock = Date.parse('2030-01-01T00:00:00Z');
    core.context.now = () => new Date((clock += 1000)).toISOString();
    await core.api.exportBrief({ definition: saved.definition, format: 'html', savedBriefId: saved.id });
    addTestArticle(core, chipsStory(6));
    const [listed] = await core.api.listBriefs();
    expect(listed).toMatchObject({ id: saved.id, newArticles: 1 });
    expect(listed!.lastRunAt).not.toBeNull();
    const since = await core.api.previewBrief({
      definition: { ...listed!.definition, importedAfter: listed!.lastRunAt! },
    });
    expect(since.articles).toBe(1);
    expect(since.html).toContain('Headline number 6');
    await core.api.deleteBrief({ id: saved.id });
    expect(await core.api.listBriefs()).toEqual([]);
  });
});

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return null;
  }
})();

// Printing needs a Chromium binary and poppler-utils; machines without them skip with this reason.
describe.skipIf(!chromium || !existsSync('/usr/bin/pdftotext'))('PDF (needs Chromium and pdftotext)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-brief-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a multi-page, outlined PDF with quotes, footnotes, headlines, hashes and non-Latin text', async () => {
    addTestArticle(core, { ...chipsStory(7), title: 'Les exportations de puces inquiètent Bruxelles', language: 'fr' });
    addTestArticle(core, {
      ...chipsStory(8, '商务部表示，芯片出口需要许可证。'),
      title: '芯片出口管制升级',
      language: 'zh',
    });
    addTestArticle(core, {
      ...chipsStory(9, 'قالت الوزارة إن تصدير الرقائق يحتاج إلى ترخيص.'),
      title: 'قيود على تصدير الرقائق',
      language: 'ar',
    });
    const file = await core.api.exportBrief({ definition: definition(), format: 'pdf' });
    const path = join(dir, file.fileName);
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Chips & <script>alert(1)</script> brief');
    expect(text).toMatch(/exports of accelerator chips number 1\s*\[1\]/);
    expect(text).toMatch(/would need a licence\s*\[2\]/);
    for (const title of ['Headline number 5', 'Les exportations de puces inquiètent Bruxelles', '芯片出口管制升级'])
      expect(text).toContain(title);
    expect(text.replace(/\s+/g, ' ')).toMatch(/تصدير/);
    const model = await collectBrief(core.db, definition(), { now: core.context.now() });
    for (const a of model.articles) expect(text).toContain(a.sha256);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(file.pages).toBe(pages);
    expect(countPdfPages(Buffer.from(file.base64, 'base64'))).toBe(pages);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(Buffer.from(file.base64, 'base64').toString('latin1')).toContain('/Outlines');
  });
});

// Printing needs a Chromium binary and poppler-utils; machines without them skip with this reason.
describe.skipIf(!chromium || !existsSync('/usr/bin/pdftotext'))(
  'PDF page budget (needs Chromium and pdftotext)',
  () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'dossier-brief-pages-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("prints the demo library's nvidia brief on at most 8 pages, with no empty section", async () => {
      const demo = openTestCore(':memory:');
      try {
        loadDemoLibrary(demo.context);
        const file = await demo.api.exportBrief({
          definition: { ...definition({ scope: { kind: 'tag', tag: 'nvidia' } }), title: 'Nvidia' },
          format: 'pdf',
        });
        const path = join(dir, file.fileName);
        writeFileSync(path, Buffer.from(file.base64, 'base64'));
        // Measured with the CLI: 10 pages when every section started a page and empty ones printed, 7 after.
        expect(file.pages).toBeLessThanOrEqual(8);
        const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
        expect(text).toContain('Source appendix');
        expect(text).not.toMatch(/No summary note was chosen|No quotes were taken|Summary|Key quotes/);
      } finally {
        demo.close();
      }
    });
  },
);

describe('notes in a brief', () => {
  it('render their Markdown, but never raw HTML, script links or images', async () => {
    const note = await core.api.createNote({
      body: '## Follow-up\n- the **interconnect** test\n<img src=x onerror=alert(1)> [ok](https://example.org) [bad](javascript:alert(1)) ![pic](https://tracker.example/p.png)',
    });
    const { html } = await core.api.previewBrief({ definition: definition({ summaryNoteId: note.id }) });
    const summary = html.slice(
      html.indexOf('<div class="summary"'),
      html.indexOf('</section>', html.indexOf('<div class="summary"')),
    );
    expect(summary).toContain('<h5>Follow-up</h5>');
    expect(summary).toContain('<strong>interconnect</strong>');
    expect(summary).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(summary).toContain('<a href="https://example.org">ok</a>');
    expect(summary).not.toMatch(/href="javascript|<img|tracker\.example/);
  });
});
