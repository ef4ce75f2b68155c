// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ArticleMention, EntityId } from '../../../preload/api';
import { highlightMentions } from './mention-dom';

const mention = (text: string, surface: string, from = 0): ArticleMention => {
  const start = text.indexOf(surface, from);
  return { entityId: 1 as EntityId, name: surface, type: 'organisation', start, end: start + surface.length };
};

describe('highlightMentions', () => {
  it('marks mentions in the rendered HTML, even across inline tags and repeated words', () => {
    const text = 'NVIDIA sells to ByteDance.\n\nByteDance buys from NVIDIA.';
    const root = document.createElement('div');
    root.innerHTML = '<p>NVIDIA sells to <b>Byte</b>Dance.</p><p>ByteDance buys from NVIDIA.</p>';
    const marks = highlightMentions(
      root,
      [
        mention(text, 'NVIDIA'),
        mention(text, 'ByteDance'),
        mention(text, 'ByteDance', 20),
        mention(text, 'NVIDIA', 10),
      ],
      text,
    );
    expect(marks.map((m) => m.textContent)).toEqual(['NVIDIA', 'Byte', 'Dance', 'ByteDance', 'NVIDIA']);
    expect(root.textContent).toBe('NVIDIA sells to ByteDance.ByteDance buys from NVIDIA.');
    expect(root.querySelectorAll('p')[1]!.querySelectorAll('mark')).toHaveLength(2);
  });
});
