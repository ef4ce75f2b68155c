import type { EntityType } from '../../../preload/api';
import {
  DATE_WORDS,
  FUNCTION_WORDS,
  GENERIC_ACRONYMS,
  LAW_WORDS,
  MONEY_WORDS,
  NAME_CONNECTORS,
  ORGANISATION_WORDS,
  PERSON_TITLES,
} from './suggestion-words';
import type { SuggestionTyper } from './suggestion-typer';

/** A capitalised phrase that may be a name the registry lacks. */
export interface Candidate {
  name: string;
  start: number;
  end: number;
  /** A guess from the words around it; the reporter confirms the type. */
  type: EntityType;
}

interface Token {
  text: string;
  start: number;
  end: number;
  capitalised: boolean;
  sentenceStart: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
const ELISION = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;
const POSSESSIVE = /['’]s$/u;
const SENTENCE_END = new Set(['.', '!', '?', '…', ':', '\n', '•']);
const OPENERS = new Set([' ', '\t', '\u00a0', '\u202f', '"', '“', '«', '(', '[', "'", '‘', '-', '—', '–']);
const MAX_WORDS = 6;

/**
 * Finds capitalised phrases that look like names (language-independent: it relies on capitals,
 * not on a model), skipping spans where `isCovered` says a registry mention already sits.
 * A `typer` (English only today) may re-type what the surrounding words guessed.
 */
export function findCandidates(
  text: string,
  isCovered: (start: number, end: number) => boolean,
  typer?: SuggestionTyper,
): Candidate[] {
  const tokens = tokenize(text);
  const lowerWords = collectLowerCaseWords(tokens);
  const out: Candidate[] = [];
  for (const phrase of groupPhrases(text, tokens)) {
    for (const chunk of cleanPhrase(phrase, lowerWords, isCovered)) {
      const first = chunk[0]!;
      const last = chunk[chunk.length - 1]!;
      const name = text.slice(first.start, last.end);
      out.push({ name, start: first.start, end: last.end, type: refineType(guessType(text, chunk), name, typer) });
    }
  }
  return out;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let word = m[0];
    let start = m.index;
    // Elisions and possessives hold an apostrophe: most words have none and skip both tests.
    if (word.includes("'") || word.includes('’')) {
      const elided = ELISION.exec(word);
      if (elided) {
        word = word.slice(elided[0].length);
        start += elided[0].length;
      }
      if (POSSESSIVE.test(word)) word = word.slice(0, -2);
      if (word.length === 0) continue;
    }
    const capitalised = isCapitalised(word);
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      capitalised,
      // Only a phrase's first word is asked, and phrases start with a capital.
      sentenceStart: capitalised && isSentenceStart(text, m.index),
    });
  }
  return tokens;
}

/** An upper-case first letter (a capital letter has a lower case and is its own upper case); ASCII without case tables. */
function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const first = word[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function isSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i]!;
    if (SENTENCE_END.has(c)) return true;
    if (!OPENERS.has(c)) return false;
  }
  return true;
}

/** Words the text also uses in lower case: capitalised, they are ordinary words at a sentence start or in a heading. */
function collectLowerCaseWords(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) if (!t.capitalised) words.add(t.text.toLowerCase());
  return words;
}

/** Runs of capitalised words separated by single spaces, allowing connectors such as "of" between them. */
function groupPhrases(text: string, tokens: readonly Token[]): Token[][] {
  const phrases: Token[][] = [];
  let current: Token[] = [];
  const flush = (): void => {
    while (current.length > 0 && !current[current.length - 1]!.capitalised) current.pop();
    if (current.length > 0) phrases.push(current);
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = current[current.length - 1];
    const joined = prev !== undefined && isSingleSpace(text, prev.end, t.start);
    if (t.capitalised) {
      if (!joined) flush();
      current.push(t);
    } else if (
      joined &&
      isConnectorHere(t, current) &&
      tokens[i + 1]?.capitalised &&
      isSingleSpace(text, t.end, tokens[i + 1]!.start)
    ) {
      current.push(t);
    } else {
      flush();
    }
  }
  flush();
  return phrases;
}

/**
 * "of", "de"... join words inside one name; "and", "et", "&" only once such a connector is in it
 * ("Bureau of Industry and Security"), since "Innolux et Foxconn" is two names.
 */
function isConnectorHere(t: Token, current: readonly Token[]): boolean {
  const word = t.text.toLowerCase();
  if (!NAME_CONNECTORS.has(word)) return false;
  if (word !== 'and' && word !== 'et' && word !== '&') return true;
  return current.some((c) => !c.capitalised && c.text.toLowerCase() !== 'and' && c.text.toLowerCase() !== 'et');
}

function isSingleSpace(text: string, from: number, to: number): boolean {
  return to - from === 1 && (text[from] === ' ' || text[from] === '\u00a0');
}

/** Drops sentence-initial ordinary words, dates, money words and registry mentions; returns what is left. */
function cleanPhrase(
  phrase: Token[],
  lowerWords: Set<string>,
  isCovered: (start: number, end: number) => boolean,
): Token[][] {
  let tokens = phrase;
  const first = tokens[0]!;
  if (first.sentenceStart) {
    const lower = first.text.toLowerCase();
    // A sentence-initial word is a name only if it cannot be an ordinary capitalised word: not alone, not a
    // function word, not used in lower case elsewhere, and not followed by a connector ("Shares of Huawei").
    const second = tokens[1];
    if (
      tokens.length === 1 ||
      FUNCTION_WORDS.has(lower) ||
      lowerWords.has(lower) ||
      (second !== undefined && !second.capitalised)
    )
      tokens = tokens.slice(1);
  }
  // "Mr", "President", "Dr": the title is not part of the name (guessType reads it to say "person").
  while (tokens.length > 1 && PERSON_TITLES.has(tokens[0]!.text.toLowerCase())) tokens = tokens.slice(1);
  const chunks: Token[][] = [];
  let current: Token[] = [];
  const flush = (): void => {
    while (current.length > 0 && !current[0]!.capitalised) current.shift();
    while (current.length > 0 && !current[current.length - 1]!.capitalised) current.pop();
    if (current.length > 0 && current.length <= MAX_WORDS && isNameLike(current, lowerWords)) chunks.push(current);
    current = [];
  };
  for (const t of tokens) {
    if (t.capitalised && (isNeverName(t.text) || isCovered(t.start, t.end))) flush();
    else current.push(t);
  }
  flush();
  return chunks;
}

function isNeverName(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    DATE_WORDS.has(lower) ||
    MONEY_WORDS.has(lower) ||
    FUNCTION_WORDS.has(lower) ||
    GENERIC_ACRONYMS.has(word.toUpperCase())
  );
}

function isNameLike(tokens: readonly Token[], lowerWords: Set<string>): boolean {
  if (tokens.length > 1) return true;
  const word = tokens[0]!.text;
  if (word.length < 3) return false;
  if (/^\p{Lu}{1,2}\d*$/u.test(word)) return false;
  return !lowerWords.has(word.toLowerCase());
}

/**
 * Law words, organisation words, digits and titles are surer signs than a tagger's lexicon (which
 * knows no laws or products, and calls "Harbin Tech" a place); the weaker guesses go to the typer.
 */
function refineType(guess: Guess, name: string, typer: SuggestionTyper | undefined): EntityType {
  if (!typer || guess.sure) return guess.type;
  return typer.typeName(name) ?? guess.type;
}

interface Guess {
  type: EntityType;
  /** False for guesses from weak signs ("said" after it) or none at all (the default). */
  sure: boolean;
}

function guessType(text: string, tokens: readonly Token[]): Guess {
  const words = tokens.map((t) => t.text.toLowerCase());
  if (words.some((w) => LAW_WORDS.has(w))) return { type: 'law', sure: true };
  if (ORGANISATION_WORDS.has(words[words.length - 1]!) || ORGANISATION_WORDS.has(words[0]!))
    return { type: 'organisation', sure: true };
  if (tokens.some((t) => /\d/.test(t.text))) return { type: 'product', sure: true };
  const before = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, tokens[0]!.start - 24), tokens[0]!.start));
  if (before && PERSON_TITLES.has(before[1]!.toLowerCase())) return { type: 'person', sure: true };
  const after = text.slice(tokens[tokens.length - 1]!.end, tokens[tokens.length - 1]!.end + 16);
  if (tokens.length >= 2 && /^,?\s+(said|says|told|a déclaré|a dit|explique|estime|who)\b/u.test(after))
    return { type: 'person', sure: false };
  return { type: 'organisation', sure: false };
}
