import type { ArticleFormat } from '../../../preload/api';
import type { ParseErrorCode } from './types';

/**
 * A parse failure with a stable code. Thrown inside parsers (worker side) and turned into a
 * ParseOutcome; DossierError is not used here because the worker must not depend on the db layer.
 */
export class ParseError extends Error {
  constructor(
    readonly code: ParseErrorCode,
    message: string,
    readonly format?: ArticleFormat,
  ) {
    super(message);
    this.name = 'ParseError';
  }
}

/** Shortcut for the most common failure: the bytes cannot be read as the format they claim. */
export function corrupt(format: ArticleFormat, detail: string): ParseError {
  return new ParseError(
    'CORRUPT_FILE',
    `This ${FORMAT_NAMES[format]} is damaged and could not be read (${detail}).`,
    format,
  );
}

/** Names of the formats as a reporter knows them. */
export const FORMAT_NAMES: Record<ArticleFormat, string> = {
  html: 'web page',
  mhtml: 'web archive (MHTML)',
  pdf: 'PDF',
  docx: 'Word document',
  eml: 'e-mail',
  txt: 'text file',
  md: 'Markdown file',
};
