import { describe, expect, it } from 'vitest';
import type { EntityId } from '../../../preload/api';
import { EntityMatcher, type MatchableAlias } from './matcher';

const id = (n: number): EntityId => n as EntityId;
const alias = (entityId: number, text: string, caseSensitive = false): MatchableAlias => ({
  entityId: id(entityId),
  alias: text,
  caseSensitive,
});

/** The surface strings found, in order, as "entityId:text". */
function found(matcher: EntityMatcher, text: string): string[] {
  return matcher.findMentions(text).map((m) => `${m.entityId}:${text.slice(m.start, m.end)}`);
}

describe('EntityMatcher', () => {
  const matcher = new EntityMatcher([
    alias(1, 'Nvidia'),
    alias(1, '英伟达'),
    alias(2, 'A800', true),
    alias(3, 'AMD', true),
    alias(4, 'US', true),
    alias(5, 'US government'),
    alias(6, 'Hopper', true),
    alias(7, 'Bureau of Industry and Security'),
    alias(8, 'Industry'),
    alias(9, 'États-Unis'),
    alias(10, "Tom's Hardware"),
    alias(11, 'H20', true),
    alias(12, '字节跳动'),
  ]);

  it('treats apostrophes, straight or curly, as word edges', () => {
    expect(found(matcher, "l'A800 et d’AMD, puis Nvidia's chips")).toEqual(['2:A800', '3:AMD', '1:Nvidia']);
    expect(found(matcher, 'Tom’s Hardware a écrit')).toEqual(['10:Tom’s Hardware']);
  });

  it('does not match inside longer words or numbers', () => {
    expect(found(matcher, 'NvidiaX, MegaAMD, H200 and A8000 are not ours; nor is AMDs')).toEqual([]);
  });

  it('matches case-insensitive aliases in any case and case-sensitive ones only in exact case', () => {
    expect(found(matcher, 'NVIDIA and nvidia and NVidia')).toEqual(['1:NVIDIA', '1:nvidia', '1:NVidia']);
    expect(found(matcher, 'let us go, said the hopper to amd and Us')).toEqual([]);
    expect(found(matcher, 'The US said Hopper and AMD')).toEqual(['4:US', '6:Hopper', '3:AMD']);
  });

  it('matches Chinese aliases without word boundaries, and Latin aliases next to Chinese text', () => {
    expect(found(matcher, '据报道英伟达向字节跳动出售H20芯片')).toEqual(['1:英伟达', '12:字节跳动', '11:H20']);
  });

  it('lets the longest of overlapping aliases win', () => {
    expect(found(matcher, 'the US government and the Bureau of Industry and Security')).toEqual([
      '5:US government',
      '7:Bureau of Industry and Security',
    ]);
    expect(found(matcher, 'Industry groups and the us government')).toEqual(['8:Industry', '5:us government']);
  });

  it('folds hyphen and space variants but keeps accents', () => {
    expect(found(matcher, 'les États‑Unis et les Etats-Unis')).toEqual(['9:États‑Unis']);
  });

  it('reports offsets into the original text even when case folding would change lengths', () => {
    const text = 'İİ Nvidia';
    const [m] = matcher.findMentions(text);
    expect(text.slice(m!.start, m!.end)).toBe('Nvidia');
  });

  it('handles aliases that are prefixes and suffixes of others', () => {
    const m = new EntityMatcher([
      alias(1, 'Ascend'),
      alias(2, 'Ascend 910B'),
      alias(3, '910B', true),
      alias(4, 'Kirin 9000S'),
      alias(5, '9000S'),
    ]);
    expect(found(m, 'Ascend 910B, Ascend, 910B and Kirin 9000S')).toEqual([
      '2:Ascend 910B',
      '1:Ascend',
      '3:910B',
      '4:Kirin 9000S',
    ]);
  });
});
