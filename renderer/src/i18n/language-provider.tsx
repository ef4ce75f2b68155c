import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { pickLanguage } from '../../../preload/contract/locales';
import type { InterfaceSettings } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { i18n, switchLanguage } from './i18n';

interface LanguageState {
  /** The language in force. */
  language: string;
  /** The reporter's choice, or null when following the system (desktop) or the browser. */
  chosen: string | null;
  /** Saves a choice in the library's settings (null: follow the system again). */
  choose(language: string | null): Promise<void>;
}

const LanguageContext = createContext<LanguageState | null>(null);

/** The chosen language, else the OS's (desktop shell), else the browser's own list. */
export function languageFor(settings: InterfaceSettings | null, browserLanguages: readonly string[]): string {
  return pickLanguage([settings?.language, settings?.systemLocale, ...browserLanguages]);
}

/**
 * Puts the interface in the reporter's language: reads the settings kept in the library, and
 * re-renders everything under it when the language changes.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [settings, setSettings] = useState<InterfaceSettings | null>(null);
  const language = languageFor(settings, navigator.languages);

  useEffect(() => {
    let live = true;
    client.getSettings().then(
      (value) => {
        if (live) setSettings(value);
      },
      // Without settings the browser's language still applies; nothing to tell the reporter.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client]);

  useEffect(() => {
    switchLanguage(language);
    document.documentElement.lang = language;
  }, [language]);

  const choose = useCallback(
    async (next: string | null) => {
      setSettings(await client.updateSettings({ language: next }));
    },
    [client],
  );
  const value = useMemo(() => ({ language, chosen: settings?.language ?? null, choose }), [language, settings, choose]);
  // Before the children render, so the first paint is already in the right language.
  switchLanguage(language);
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
    </I18nextProvider>
  );
}

/** The language state; outside a LanguageProvider (component tests) English, and choosing does nothing. */
export function useLanguage(): LanguageState {
  return useContext(LanguageContext) ?? { language: i18n.language, chosen: null, choose: () => Promise.resolve() };
}
