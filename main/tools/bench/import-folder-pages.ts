import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../test-support/seeded-random';

/**
 * A folder of N distinct saved web pages for the import benchmark's long run (issue 15: "a
 * 10,000-file folder with memory that stays flat"). Each page is one of the fixture pages with
 * its markup kept (so parsing costs what a real page costs) and its longer lower-case words
 * replaced, by a seeded shuffle, with other such words of the same page: every page has its own
 * text (no duplicates, no syndicated copies) in the page's own language and vocabulary. Short
 * words (articles, prepositions) stay, so language detection sees the same language, and
 * capitalised words (names, sentence starts) stay where they were, so the pages name the same
 * people and companies as a real beat's pages do, not thousands of made-up ones. Addresses in the markup get
 * the copy's number, so no two pages share a canonical URL (that would make them duplicates).
 */

const WORD = /(?<![&\p{L}])\p{Ll}{4,}(?!\p{L})/gu;
const ADDRESS = /(https?:\/\/[^"'\s<>?#\\]+)/g;
/** Text between tags, outside <script> and <style> (whose contents are skipped whole). */
const SEGMENTS = /(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<[^>]*>)|([^<]+)/giu;

export interface Template {
  html: string;
  words: string[];
}

export function templateOf(html: string): Template {
  const words = new Set<string>();
  for (const match of html.matchAll(SEGMENTS)) {
    if (match[2]) for (const w of match[2].match(WORD) ?? []) words.add(w);
  }
  return { html, words: [...words] };
}

/** The template with each longer word of its text replaced by a random word of the same page. */
export function variantOf(template: Template, seed: number): string {
  const next = seededRandom(seed);
  const { words } = template;
  if (words.length === 0) return `${template.html}<!-- ${seed} -->`;
  return template.html.replace(SEGMENTS, (whole: string, tag: string | undefined, text: string | undefined) => {
    // Markup keeps its shape; its addresses get the copy's number, so no two pages share a canonical URL.
    if (tag !== undefined) return tag.replace(ADDRESS, `$1?copy=${seed}`);
    return (text ?? whole).replace(WORD, () => words[Math.floor(next() * words.length)]!);
  });
}

/**
 * Writes `count` pages into `dir` (made if missing), cycling through `sources` (HTML file paths).
 * Returns the folder's size in bytes.
 */
export function writeFolderOfPages(sources: string[], count: number, dir: string): number {
  mkdirSync(dir, { recursive: true });
  const templates = sources.map((path) => templateOf(readFileSync(path, 'utf8')));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const html = variantOf(templates[i % templates.length]!, i + 1);
    writeFileSync(join(dir, `page-${String(i).padStart(5, '0')}.html`), html);
    bytes += Buffer.byteLength(html);
  }
  return bytes;
}
