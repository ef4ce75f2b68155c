/**
 * Character folding for matching. Every function maps one UTF-16 code unit to one code unit,
 * so offsets found in folded text are offsets in the article's `text` too.
 */

const WORD = 1;
const CJK = 2;

let punctTable: Uint16Array | undefined;
let lowerTable: Uint16Array | undefined;
let classTable: Uint8Array | undefined;

/** Typographic apostrophes, odd spaces and hyphens become their plain ASCII forms. */
function buildPunctTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  for (const c of [0x2019, 0x2018, 0x02bc, 0x2032, 0x00b4, 0x0060]) table[c] = 0x27; // apostrophes → '
  for (const c of [0x00a0, 0x202f, 0x2009, 0x2007, 0x2002, 0x2003, 0x3000]) table[c] = 0x20; // spaces → ' '
  for (const c of [0x2010, 0x2011]) table[c] = 0x2d; // hyphens → '-'
  return table;
}

/** Punctuation folding plus lower case, wherever lower-casing keeps the length (it nearly always does). */
function buildLowerTable(punct: Uint16Array): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const p = punct[c]!;
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = c;
      continue;
    }
    const lower = String.fromCharCode(p).toLowerCase();
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : p;
  }
  return table;
}

function buildClassTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const word = /[\p{L}\p{N}\p{M}]/u;
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (cjk.test(ch)) table[c] = CJK;
    else if (word.test(ch)) table[c] = WORD;
  }
  return table;
}

function tables(): { punct: Uint16Array; lower: Uint16Array; cls: Uint8Array } {
  punctTable ??= buildPunctTable();
  lowerTable ??= buildLowerTable(punctTable);
  classTable ??= buildClassTable();
  return { punct: punctTable, lower: lowerTable, cls: classTable };
}

const utf16 = new TextDecoder('utf-16le');

function mapString(s: string, table: Uint16Array): string {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = table[s.charCodeAt(i)]!;
  // Decoding keeps one code unit per code unit (a lone surrogate becomes U+FFFD), so offsets hold.
  return utf16.decode(out);
}

/** Folds punctuation only: what exact-case aliases are compared with. Same length as the input. */
export function foldPunctuation(s: string): string {
  return mapString(s, tables().punct);
}

/** Folds punctuation and case: what the automaton runs on. Same length as the input. */
export function foldForMatching(s: string): string {
  return mapString(s, tables().lower);
}

/**
 * True when the code unit is part of a word for boundary purposes: letters, digits and marks,
 * except Chinese and Japanese characters, which are written without spaces and so never glue
 * onto a neighbouring name.
 */
export function isWordUnit(code: number): boolean {
  return tables().cls[code] === WORD;
}

/** True for Han, kana and full-width forms: aliases starting or ending with one need no word edge. */
export function isCjkUnit(code: number): boolean {
  return tables().cls[code] === CJK;
}
