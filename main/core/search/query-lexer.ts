import { FILTER_NAMES, TEXT_FIELDS } from './query-ast';

export type LexToken =
  | { type: 'lparen' | 'rparen' | 'or' | 'and' | 'not' | 'minus' | 'plus' }
  | { type: 'word'; value: string }
  | { type: 'phrase'; value: string }
  | { type: 'field'; value: string };

const OPEN_QUOTES = new Set(['"', '\u201c', '\u201e', '\u00ab']);
const CLOSE_QUOTES = new Set(['"', '\u201d', '\u201c', '\u00bb']);
const KNOWN_FIELDS = new Set<string>([...TEXT_FIELDS, ...FILTER_NAMES]);
const isSpace = (c: string): boolean => /\s/u.test(c);

/**
 * Splits a query into tokens. It never fails: an unclosed quote runs to the end of the input
 * (reported in `warnings`), and characters with no meaning are left inside words for the
 * analyser to drop.
 */
export function lexQuery(input: string, warnings: string[]): LexToken[] {
  const tokens: LexToken[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (isSpace(c)) {
      i++;
    } else if (c === '(') {
      tokens.push({ type: 'lparen' });
      i++;
    } else if (c === ')') {
      tokens.push({ type: 'rparen' });
      i++;
    } else if (OPEN_QUOTES.has(c)) {
      i = readPhrase(input, i, tokens, warnings);
    } else if (
      (c === '-' || c === '+') &&
      i + 1 < input.length &&
      !isSpace(input[i + 1]!) &&
      (i === 0 || /[\s(]/u.test(input[i - 1]!))
    ) {
      tokens.push({ type: c === '-' ? 'minus' : 'plus' });
      i++;
    } else {
      i = readWord(input, i, tokens);
    }
  }
  return tokens;
}

function readPhrase(input: string, start: number, tokens: LexToken[], warnings: string[]): number {
  let j = start + 1;
  while (j < input.length && !CLOSE_QUOTES.has(input[j]!)) j++;
  if (j >= input.length) warnings.push('A quotation mark was not closed; the phrase was read to the end of the query.');
  tokens.push({ type: 'phrase', value: input.slice(start + 1, j) });
  return j + 1;
}

function readWord(input: string, start: number, tokens: LexToken[]): number {
  let j = start;
  while (
    j < input.length &&
    !isSpace(input[j]!) &&
    input[j] !== '(' &&
    input[j] !== ')' &&
    !OPEN_QUOTES.has(input[j]!)
  ) {
    if (input[j] === ':') {
      const name = input.slice(start, j).toLowerCase();
      if (KNOWN_FIELDS.has(name)) {
        tokens.push({ type: 'field', value: name });
        return j + 1;
      }
    }
    j++;
  }
  const word = input.slice(start, j);
  if (word === 'OR' || word === '||' || word === '|') tokens.push({ type: 'or' });
  else if (word === 'AND' || word === '&&' || word === '&') tokens.push({ type: 'and' });
  else if (word === 'NOT' || word === '!') tokens.push({ type: 'not' });
  else tokens.push({ type: 'word', value: word });
  return j;
}
