import type { PaletteCommand } from './command-registry';

/** Lower case without accents, so "chrono" finds "Chronologie" and "etiquette" finds "Étiquette". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The commands that contain every typed word (in their title or keywords), best first: those with
 * a word of the title starting with the first typed word, then the rest, each group in the
 * registry's order (so general commands, views first, come before the one-per-tag ones).
 */
export function matchCommands(commands: readonly PaletteCommand[], typed: string): PaletteCommand[] {
  const query = foldText(typed.trim());
  if (query === '') return [...commands];
  const words = query.split(/\s+/);
  const wordStart = new RegExp(`(^|[\\s#“«(’'])${escapeRegExp(words[0]!)}`);
  const scored: { command: PaletteCommand; score: number; index: number }[] = [];
  commands.forEach((command, index) => {
    const title = foldText(command.title);
    const haystack = `${title} ${foldText(command.keywords ?? '')}`;
    if (!words.every((w) => haystack.includes(w))) return;
    scored.push({ command, score: wordStart.test(title) ? 0 : 1, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((s) => s.command);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
