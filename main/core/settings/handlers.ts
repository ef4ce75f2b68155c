import { DossierError, type InterfaceSettings, type SettingsApi } from '../../../preload/api';
import { readSetting, writeSetting } from '../../../db/settings';
import type { CoreContext } from '../kernel/context';
import { readOcrLanguagesSetting, writeOcrLanguagesSetting } from '../ocr/ocr-settings';
import { readOcrLanguages } from '../ocr/read-languages';

// In the app_settings table the initial schema made (beside the entity scan's state).
const LANGUAGE_KEY = 'interface.language';
/** A BCP 47 tag as far as we need: a language, optionally a region or script ("fr", "fr-CA", "zh-Hant"). */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Settings handlers; `systemLocale` is what the desktop shell read from the OS (null elsewhere). */
export function createSettingsHandlers(ctx: CoreContext, systemLocale: string | null): SettingsApi {
  const read = (): InterfaceSettings => ({
    language: readSetting(ctx.db, LANGUAGE_KEY),
    systemLocale,
    ocrLanguages: readOcrLanguagesSetting(ctx.db),
  });
  return {
    getSettings() {
      return Promise.resolve(read());
    },
    // Async so a refusal rejects the promise like every other handler, instead of throwing at the caller.
    async updateSettings(args) {
      const given = (args ?? {}) as { language?: unknown; ocrLanguages?: unknown };
      const { language } = given;
      if (!('language' in given) && given.ocrLanguages === undefined)
        throw new DossierError('INVALID_INPUT', 'Give "language" or "ocrLanguages" to change.');
      if ('language' in given && language !== null && (typeof language !== 'string' || !LANGUAGE_TAG.test(language)))
        throw new DossierError(
          'INVALID_INPUT',
          'The language must be a language tag such as "en" or "fr", or null to follow the system.',
        );
      // Both are checked before either is written.
      const ocrLanguages = readOcrLanguages(given.ocrLanguages);
      if ('language' in given) writeSetting(ctx.db, LANGUAGE_KEY, (language ?? null) as string | null);
      if (ocrLanguages !== undefined) writeOcrLanguagesSetting(ctx.db, ocrLanguages);
      return read();
    },
  };
}
