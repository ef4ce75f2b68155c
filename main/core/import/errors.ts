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
  return new ParseError('CORRUPT_FILE', describeDamage(format, detail), format);
}

/**
 * The XML reader inside the Word importer reports "[xmldom error]\tinvalid doc source" and the
 * like: words for a programmer. A reporter is told what is wrong with the file and what to try.
 */
const XML_PARSER_DETAIL = /\[xmldom (?:error|warning|fatalError)\]/u;

function describeDamage(format: ArticleFormat, detail: string): string {
  const name = FORMAT_NAMES[format];
  if (XML_PARSER_DETAIL.test(detail)) {
    return (
      `This ${name} is damaged and could not be read: the text inside it is not valid XML. ` +
      'Open it in the program that made it, save it again, and import the copy.'
    );
  }
  return `This ${name} is damaged and could not be read (${detail}).`;
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
  image: 'picture',
};
