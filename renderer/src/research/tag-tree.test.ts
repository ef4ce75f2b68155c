import { describe, expect, it } from 'vitest';
import type { TagId, TagSummary } from '../../../preload/api';
import { buildTagTree, parseTagInput } from './tag-tree';

const tag = (id: number, name: string, articles = 1): TagSummary => ({ id: id as TagId, name, color: null, articles });

describe('buildTagTree', () => {
  it('nests slash-separated tags under their parents, with groups for missing parents', () => {
    const tree = buildTagTree([
      tag(1, 'story/bytedance', 3),
      tag(2, 'chips'),
      tag(3, 'story/tiktok/ban', 2),
      tag(4, 'story/bytedance/ceo'),
    ]);
    expect(tree.map((n) => n.path)).toEqual(['chips', 'story']);
    const story = tree[1]!;
    expect(story.tag).toBeNull();
    expect(story.children.map((n) => [n.label, n.tag?.articles ?? null])).toEqual([
      ['bytedance', 3],
      ['tiktok', null],
    ]);
    expect(story.children[0]!.children[0]).toMatchObject({ label: 'ceo', path: 'story/bytedance/ceo' });
    expect(story.children[1]!.children[0]).toMatchObject({ label: 'ban', tag: { id: 3 } });
  });

  it('puts a parent tag and its children in one node', () => {
    const [story] = buildTagTree([tag(1, 'story/x'), tag(2, 'story', 5)]);
    expect(story).toMatchObject({ path: 'story', tag: { articles: 5 } });
    expect(story!.children).toHaveLength(1);
  });
});

describe('parseTagInput', () => {
  it('splits on commas, trims and drops blanks and repeats', () => {
    expect(parseTagInput(' story/x,  to read ,, story/x ')).toEqual(['story/x', 'to read']);
  });
});
