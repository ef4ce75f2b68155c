import type { ArticleFormat } from '../../../preload/api';
import { FORMAT_NAMES, ParseError } from './errors';

/**
 * The most text Dossier keeps for one article, in characters (about 330,000 words, a
 * 1,000-page book). Memory while importing and indexing grows with the text, not with the file,
 * so this is what keeps one huge file from taking a reporter's laptop down; a file over it fails
 * as FILE_TOO_LARGE before the expensive steps rather than being cut short, because a silently
 * truncated article would make searches miss what the reporter believes is in the library.
 */
export const MAX_TEXT_CHARS = 2_000_000;

function millions(chars: number): string {
  const m = chars / 1_000_000;
  return `${m >= 10 ? Math.round(m) : Math.round(m * 10) / 10} million`;
}

/** The error for a file whose text passes the cap; `chars` is how much was seen, when known. */
export function textTooLarge(format: ArticleFormat, maxChars: number, chars?: number): ParseError {
  const seen = chars === undefined ? 'more text than' : `about ${millions(chars)} characters of text, more than`;
  return new ParseError(
    'FILE_TOO_LARGE',
    `This ${FORMAT_NAMES[format]} holds ${seen} the ${millions(maxChars)} characters Dossier keeps for one article; split it into smaller files to import it.`,
    format,
  );
}

/** Throws FILE_TOO_LARGE when the text is longer than the cap. */
export function checkTextLength(text: string, format: ArticleFormat, maxChars: number): void {
  if (text.length > maxChars) throw textTooLarge(format, maxChars, text.length);
}
