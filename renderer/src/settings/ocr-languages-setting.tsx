import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../api/client-context';
import { OcrLanguagesPicker } from '../ocr/ocr-languages-picker';
import { useReportFailure } from '../ui/use-report-failure';

/**
 * The settings panel's OCR languages: what scans and pictures are read in unless an import says
 * otherwise. Kept in the library (`updateSettings({ ocrLanguages })`), like the interface language.
 */
export function OcrLanguagesSetting() {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const [value, setValue] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    client.getSettings().then(
      (settings) => current && setValue(settings.ocrLanguages),
      () => undefined, // the panel shows nothing it could not read; the language setting reports the same failure
    );
    return () => {
      current = false;
    };
  }, [client]);

  if (value === null) return null;
  return (
    <div className="settings-field">
      <OcrLanguagesPicker
        value={value}
        legend={t('settings.ocrLanguages')}
        testId="ocr-languages-setting"
        onChange={(next) => {
          const before = value;
          setValue(next);
          reportFailure(
            client.updateSettings({ ocrLanguages: next }).then(
              (saved) => setValue(saved.ocrLanguages),
              (err: unknown) => {
                setValue(before);
                throw err;
              },
            ),
            t('settings.saveOcrLanguages'),
          );
        }}
      />
      <p className="settings-field__hint">{t('settings.ocrLanguagesHint')}</p>
    </div>
  );
}
