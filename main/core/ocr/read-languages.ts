import { DossierError } from '../../../preload/contract/errors';
import { parseLanguages } from './lang-data';

/** Reads an OCR language choice ("fra+eng") from a request: undefined when not given, INVALID_INPUT when unknown. */
export function readOcrLanguages(value: unknown, field = 'ocrLanguages'): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > 100)
    throw new DossierError('INVALID_INPUT', `"${field}" must be languages such as "eng" or "fra+eng".`);
  try {
    return parseLanguages(value).join('+');
  } catch (err) {
    throw new DossierError('INVALID_INPUT', (err as Error).message);
  }
}
