import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countArticles, getArticleRow, listArticleSummaries } from '../../../db/articles';
import { listNoteRows } from '../../../db/notes';
import { getSourceContent } from '../../../db/sources';
import { listTagSummaries } from '../../../db/tags';
import type { ArticleSummary } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { DEMO_ARTICLES } from './demo-articles';
import { loadDemoLibrary } from './load-demo';
import { DEMO_NOTES } from './notes';

let core: TestCore;

beforeEach(() => {
  core = openTestCore(':memory:', { now: () => '2025-06-01T10:00:00.000Z' });
});

afterEach(() => core.close());

function listAll(): ArticleSummary[] {
  return listArticleSummaries(core.db, { limit: 1000, offset: 0 });
}

describe('loadDemoLibrary', () => {
  it('stores at least 24 articles in English and French from several outlets, dated 2022 to 2025', () => {
    const result = loadDemoLibrary(core.context);
    expect(result.articles).toBe(DEMO_ARTICLES.length);
    expect(result.articles).toBeGreaterThanOrEqual(24);

    const articles = listAll();
    expect(articles).toHaveLength(result.articles);
    expect(new Set(articles.map((a) => a.language))).toEqual(new Set(['en', 'fr']));
    expect(articles.filter((a) => a.language === 'fr').length).toBeGreaterThanOrEqual(8);
    expect(new Set(articles.map((a) => a.siteName)).size).toBeGreaterThanOrEqual(5);
    const years = new Set(articles.map((a) => a.publishedAt?.slice(0, 4)));
    expect([...years].sort()).toEqual(['2022', '2023', '2024', '2025']);
  });

  it('tags articles and attaches reporter notes to the right articles, plus one free-standing note', () => {
    const result = loadDemoLibrary(core.context);
    const tags = listTagSummaries(core.db);
    expect(tags.map((t) => t.name)).toEqual(
      expect.arrayContaining(['export-controls', 'nvidia', 'huawei', 'story/bytedance', 'smuggling']),
    );
    expect(tags.every((t) => t.articles > 0)).toBe(true);
    expect(countArticles(core.db, { tag: 'nvidia' })).toBeGreaterThanOrEqual(5);

    const notes = listNoteRows(core.db);
    expect(result.notes).toBe(DEMO_NOTES.length);
    expect(notes).toHaveLength(DEMO_NOTES.length);
    expect(notes.filter((n) => n.articleId === null)).toHaveLength(1);
    const byTitle = new Map(listAll().map((a) => [a.id, a.title]));
    const deepSeekNote = notes.find((n) => n.body.includes('final training run'));
    expect(deepSeekNote?.articleId).not.toBeNull();
    expect(byTitle.get(deepSeekNote!.articleId!)).toMatch(/DeepSeek/);
  });

  it('adds nothing when loaded a second time', () => {
    const events: string[] = [];
    core.context.events.on('library:changed', (e) => events.push(e.reason));
    loadDemoLibrary(core.context);
    const second = loadDemoLibrary(core.context);

    expect(second).toEqual({ articles: 0, notes: 0 });
    expect(listAll()).toHaveLength(DEMO_ARTICLES.length);
    expect(listNoteRows(core.db)).toHaveLength(DEMO_NOTES.length);
    expect(events).toEqual(['demo-loaded']);
  });

  it('restores a deleted demo article with its note, without duplicating the story note', () => {
    loadDemoLibrary(core.context);
    const deepSeek = listAll().find((a) => a.title.startsWith("DeepSeek's"));
    expect(deepSeek).toBeDefined();
    core.db.prepare('DELETE FROM notes WHERE article_id = ?').run(deepSeek!.id);
    core.db.prepare('DELETE FROM article_tags WHERE article_id = ?').run(deepSeek!.id);
    core.db.prepare('DELETE FROM articles WHERE id = ?').run(deepSeek!.id);
    core.db.prepare('DELETE FROM sources WHERE id NOT IN (SELECT source_id FROM articles)').run();

    expect(loadDemoLibrary(core.context)).toEqual({ articles: 1, notes: 1 });
    expect(listNoteRows(core.db).filter((n) => n.articleId === null)).toHaveLength(1);
  });

  it('stores plain text without markup and HTML without scripts or event handlers', () => {
    loadDemoLibrary(core.context);
    for (const summary of listAll()) {
      const article = getArticleRow(core.db, summary.id)!;
      expect(article.text).not.toMatch(/<[a-z/!]/i);
      expect(article.html).not.toMatch(/<script|\son\w+\s*=|javascript:/i);
      expect(article.html.startsWith('<p>')).toBe(true);
      expect(article.html).not.toContain(article.title);
      expect(article.format).toBe('md');
      expect(article.canonicalUrl).toMatch(/^https:\/\/[a-z-]+\.example\//);
      expect(article.wordCount).toBeGreaterThanOrEqual(250);
      expect(article.wordCount).toBeLessThanOrEqual(500);
      expect(article.excerpt!.length).toBeLessThanOrEqual(201);
      expect(article.text.startsWith(article.excerpt!.replace(/…$/u, ''))).toBe(true);
    }
  });

  it('keeps a Markdown source with front matter for each article', () => {
    loadDemoLibrary(core.context);
    const first = listAll().find((a) => a.language === 'fr')!;
    const source = getSourceContent(core.db, first.id)!;
    expect(source.fileName).toMatch(/^demo\/[a-z0-9-]+\.md$/);
    const markdown = source.content.toString('utf8');
    expect(markdown).toMatch(
      /^---\ntitle: ".+"\nbyline: ".+"\noutlet: ".+"\ndate: \d{4}-\d{2}-\d{2}\nurl: https:\/\/\S+\.example\//,
    );
    expect(markdown).toContain(`# ${first.title}`);
  });

  it('has French written with French typography and Chinese names in Chinese script', () => {
    loadDemoLibrary(core.context);
    const texts = listAll().map((a) => ({ a, text: getArticleRow(core.db, a.id)!.text }));
    const french = texts.filter((t) => t.a.language === 'fr');
    expect(french.every((t) => /[éèàêç]/.test(t.text))).toBe(true);
    const allFrench = french.map((t) => t.text).join('\n');
    expect(allFrench).toContain("l'A800");
    expect(allFrench).toContain('l’A800');
    expect(allFrench).toContain("d'AMD");
    expect(allFrench).toContain('les États-Unis');
    expect(allFrench).toMatch(/«\u00a0/u);
    const all = texts.map((t) => t.text).join('\n');
    for (const name of ['英伟达', '字节跳动', '华为']) expect(all).toContain(name);
  });

  it('gives every demo article a unique slug and URL', () => {
    expect(new Set(DEMO_ARTICLES.map((a) => a.slug)).size).toBe(DEMO_ARTICLES.length);
    expect(new Set(DEMO_ARTICLES.map((a) => a.url)).size).toBe(DEMO_ARTICLES.length);
    const slugs = new Set(DEMO_ARTICLES.map((a) => a.slug));
    for (const note of DEMO_NOTES) if (note.articleSlug !== null) expect(slugs.has(note.articleSlug)).toBe(true);
  });
});
