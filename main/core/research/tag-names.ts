import { DossierError } from '../../../preload/contract/errors';

/** The longest tag name accepted, slashes included. */
export const MAX_TAG_NAME_LENGTH = 80;

/**
 * Cleans a tag name typed by a person: trims it and each "/"-separated level, folds runs of
 * spaces, and rejects empty levels, control characters and over-long names.
 */
export function normalizeTagName(raw: unknown): string {
  if (typeof raw !== 'string') throw new DossierError('INVALID_INPUT', 'A tag name must be text.');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/u.test(raw.replace(/[\t\n\r]/g, ' '))) {
    throw new DossierError('INVALID_INPUT', 'A tag name cannot contain control characters.');
  }
  const levels = raw.split('/').map((level) => level.replace(/\s+/g, ' ').trim());
  if (levels.every((l) => l === '')) throw new DossierError('INVALID_INPUT', 'A tag name cannot be empty.');
  if (levels.some((l) => l === '')) {
    throw new DossierError(
      'INVALID_INPUT',
      `"${raw.trim()}" has an empty level: write nested tags as "story/bytedance".`,
    );
  }
  const name = levels.join('/');
  if (name.length > MAX_TAG_NAME_LENGTH) {
    throw new DossierError('INVALID_INPUT', `A tag name can be at most ${MAX_TAG_NAME_LENGTH} characters long.`);
  }
  return name;
}

/** Checks a colour: "#rrggbb", or null for the default colour. */
export function normalizeTagColor(raw: unknown): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (typeof raw !== 'string' || !/^#[0-9a-f]{6}$/i.test(raw)) {
    throw new DossierError('INVALID_INPUT', 'A tag colour must look like "#1f77b4".');
  }
  return raw.toLowerCase();
}
