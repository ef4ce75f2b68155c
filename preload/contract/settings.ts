/** Settings kept in the library file, so they follow the library whatever window or port opens it. */

import { listKeys } from './key-list';

export interface InterfaceSettings {
  /** The interface language the reporter chose (BCP 47, e.g. "fr"), or null to follow the system or browser. */
  language: string | null;
  /**
   * The operating system's language as the desktop shell read it (Electron's app.getLocale()), or
   * null in browser mode, where the page reads the browser's own languages.
   */
  systemLocale: string | null;
  /** Languages OCR reads scans in by default ("fra+eng"), from the library's settings ("eng" until set). */
  ocrLanguages: string;
}

export interface SettingsApi {
  getSettings(): Promise<InterfaceSettings>;
  /** Sets (or, with null, clears) the chosen interface language. */
  /** Each field given is set; one left out is unchanged. */
  updateSettings(args: { language?: string | null; ocrLanguages?: string }): Promise<InterfaceSettings>;
}

export const SETTINGS_METHODS = listKeys<SettingsApi>({ getSettings: true, updateSettings: true });
