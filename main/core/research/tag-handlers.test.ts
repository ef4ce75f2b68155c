import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, TagId } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';

let core: TestCore;
beforeEach(() => {
  core = openTestCore(':memory:');
});
afterEach(() => core.close());

const tagNames = async () => (await core.api.listTags()).map((t) => `${t.name}:${t.articles}`);

describe('tag names', () => {
  it('trims names and nested levels, and rejects empty, broken and over-long names', async () => {
    expect((await core.api.createTag({ name: '  story /  ByteDance ' })).name).toBe('story/ByteDance');
    await expect(core.api.createTag({ name: '   ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.api.createTag({ name: 'story//x' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.api.createTag({ name: 'x'.repeat(81) })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.api.createTag({ name: 'STORY/bytedance' })).rejects.toMatchObject({ code: 'DUPLICATE' });
    await expect(core.api.createTag({ name: 'ok', color: 'red' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('tagging articles', () => {
  it('tags a selection in bulk, creating new tags, and untags them', async () => {
    const a = addTestArticle(core, { title: 'A', text: 'alpha text' });
    const b = addTestArticle(core, { title: 'B', text: 'beta text' });
    const result = await core.api.tagArticles({ ids: [a, b], tags: ['story/tiktok', 'to read'] });
    expect(result).toEqual([
      { id: a, tags: ['story/tiktok', 'to read'] },
      { id: b, tags: ['story/tiktok', 'to read'] },
    ]);
    expect((await core.api.listArticles({ tag: 'story/tiktok' })).total).toBe(2);
    expect(await core.api.untagArticles({ ids: [a], tags: ['to read'] })).toEqual([{ id: a, tags: ['story/tiktok'] }]);
    expect(await tagNames()).toEqual(['story/tiktok:2', 'to read:1']);
  });

  it('refuses unknown articles without tagging any', async () => {
    const a = addTestArticle(core, { title: 'A', text: 'alpha text' });
    await expect(core.api.tagArticles({ ids: [a, 999 as ArticleId], tags: ['x'] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await core.api.getArticle({ id: a })).tags).toEqual([]);
  });
});

describe('managing tags', () => {
  it('renames a tag together with the tags nested under it', async () => {
    const a = addTestArticle(core, { title: 'A', text: 'alpha text' });
    await core.api.tagArticles({ ids: [a], tags: ['story', 'story/bytedance', 'storyline'] });
    const story = (await core.api.listTags()).find((t) => t.name === 'story')!;
    await core.api.renameTag({ id: story.id, name: 'case' });
    expect((await core.api.getArticle({ id: a })).tags).toEqual(['case', 'case/bytedance', 'storyline']);
    // Moving a tag under itself keeps its children beside it, not doubled.
    await core.api.renameTag({ id: story.id, name: 'case/2025' });
    expect((await core.api.getArticle({ id: a })).tags).toEqual(['case/2025', 'case/2025/bytedance', 'storyline']);
  });

  it('recolours, merges and refuses to rename onto an existing name', async () => {
    const a = addTestArticle(core, { title: 'A', text: 'alpha text' });
    const b = addTestArticle(core, { title: 'B', text: 'beta text' });
    await core.api.tagArticles({ ids: [a], tags: ['chips'] });
    await core.api.tagArticles({ ids: [a, b], tags: ['semiconductors'] });
    const [chips, semis] = await core.api.listTags();
    expect((await core.api.recolourTag({ id: chips!.id, color: '#FF0000' })).color).toBe('#ff0000');
    await expect(core.api.renameTag({ id: chips!.id, name: 'Semiconductors' })).rejects.toMatchObject({
      code: 'DUPLICATE',
    });
    const merged = await core.api.mergeTags({ sourceIds: [chips!.id], targetId: semis!.id });
    expect(merged.articles).toBe(2);
    expect(await tagNames()).toEqual(['semiconductors:2']);
  });

  it('deletes a tag in use and restores it with its articles (undo)', async () => {
    const a = addTestArticle(core, { title: 'A', text: 'alpha text' });
    const b = addTestArticle(core, { title: 'B', text: 'beta text' });
    await core.api.tagArticles({ ids: [a, b], tags: ['export controls'] });
    const tag = (await core.api.listTags())[0]!;
    await core.api.recolourTag({ id: tag.id, color: '#123456' });
    const deleted = await core.api.deleteTag({ id: tag.id });
    expect(deleted).toEqual({ name: 'export controls', color: '#123456', articleIds: [a, b] });
    expect(await core.api.listTags()).toEqual([]);
    expect((await core.api.getArticle({ id: a })).tags).toEqual([]);
    const restored = await core.api.restoreTag(deleted);
    expect(restored).toMatchObject({ name: 'export controls', color: '#123456', articles: 2 });
    await expect(core.api.deleteTag({ id: 999 as TagId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
