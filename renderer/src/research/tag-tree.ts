import type { TagSummary } from '../../../preload/api';

/** One node of the tag tree: a level of a "/"-nested name, with the tag itself when it exists. */
export interface TagNode {
  /** The last level, e.g. "bytedance" for "story/bytedance". */
  label: string;
  /** The full name up to this level, e.g. "story/bytedance". */
  path: string;
  tag: TagSummary | null;
  children: TagNode[];
}

/**
 * Turns flat tag names into a tree: "story/bytedance" sits under "story", which appears as a
 * group even when no tag is called just "story". Siblings are sorted case-insensitively.
 */
export function buildTagTree(tags: readonly TagSummary[]): TagNode[] {
  const root: TagNode = { label: '', path: '', tag: null, children: [] };
  for (const tag of tags) {
    let node = root;
    const levels = tag.name.split('/');
    levels.forEach((label, i) => {
      const path = levels.slice(0, i + 1).join('/');
      let child = node.children.find((c) => c.path.toLowerCase() === path.toLowerCase());
      if (!child) {
        child = { label, path, tag: null, children: [] };
        node.children.push(child);
      }
      if (i === levels.length - 1) child.tag = tag;
      node = child;
    });
  }
  const sort = (nodes: TagNode[]): TagNode[] => {
    nodes.sort((a, b) => a.label.localeCompare(b.label, undefined, { sensitivity: 'base' }));
    nodes.forEach((n) => sort(n.children));
    return nodes;
  };
  return sort(root.children);
}

/** Splits what a person typed into tag names: commas separate, blanks are dropped. */
export function parseTagInput(input: string): string[] {
  return [
    ...new Set(
      input
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t.length > 0),
    ),
  ];
}
