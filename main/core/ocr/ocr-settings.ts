import { readSetting, writeSetting } from '../../../db/settings';
import type { Db } from '../../../db/open';

/** The library's OCR languages ("fra+eng"), in app_settings. */
const OCR_LANGUAGES_KEY = 'ocr.languages';
export const DEFAULT_OCR_LANGUAGES = 'eng';

export function readOcrLanguagesSetting(db: Db): string {
  return readSetting(db, OCR_LANGUAGES_KEY) ?? DEFAULT_OCR_LANGUAGES;
}

export function writeOcrLanguagesSetting(db: Db, languages: string): void {
  writeSetting(db, OCR_LANGUAGES_KEY, languages);
}
