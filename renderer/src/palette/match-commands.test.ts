import { describe, expect, it } from 'vitest';
import type { PaletteCommand } from './command-registry';
import { matchCommands } from './match-commands';

const command = (id: string, title: string, keywords?: string): PaletteCommand => ({
  id,
  title,
  group: 'go',
  ...(keywords ? { keywords } : {}),
  run: () => undefined,
});

const COMMANDS = [
  command('view.timeline', 'Ouvrir la chronologie', 'timeline'),
  command('view.notes', 'Ouvrir les notes'),
  command('tag.timeline.allies', 'Chronologie de #allies', 'timeline'),
  command('language.fr', 'Passer l’interface en français'),
];

describe('finding a command by typing', () => {
  it('ignores case and accents, needs every word, and keeps views before per-tag commands', () => {
    expect(matchCommands(COMMANDS, 'chrono').map((c) => c.id)).toEqual(['view.timeline', 'tag.timeline.allies']);
    expect(matchCommands(COMMANDS, 'FRANCAIS').map((c) => c.id)).toEqual(['language.fr']);
    expect(matchCommands(COMMANDS, 'chrono allies').map((c) => c.id)).toEqual(['tag.timeline.allies']);
    expect(matchCommands(COMMANDS, 'timeline').map((c) => c.id)).toEqual(['view.timeline', 'tag.timeline.allies']);
    expect(matchCommands(COMMANDS, 'nothing')).toEqual([]);
    expect(matchCommands(COMMANDS, '  ')).toHaveLength(4);
  });

  it('puts a title with a word starting with the typing before one that only contains it', () => {
    const list = [command('a', 'Unrelated denotes'), command('b', 'Open notes')];
    expect(matchCommands(list, 'notes').map((c) => c.id)).toEqual(['b', 'a']);
  });
});
