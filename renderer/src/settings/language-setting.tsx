import { useTranslation } from 'react-i18next';
import { AVAILABLE_LANGUAGES } from '../../../preload/contract/locales';
import { useLanguage } from '../i18n/language-provider';
import { nativeLanguageName } from '../i18n/native-language-name';
import { useReportFailure } from '../ui/use-report-failure';

/** The settings panel's language choice, kept in the library so it survives a reload or a new port. */
export function LanguageSetting() {
  const { t } = useTranslation();
  const { chosen, choose } = useLanguage();
  const reportFailure = useReportFailure();
  return (
    <label className="settings-field">
      <span className="settings-field__label">{t('settings.language')}</span>
      <select
        data-testid="language-select"
        value={chosen ?? ''}
        onChange={(event) => {
          const value = event.target.value;
          reportFailure(choose(value === '' ? null : value), t('settings.saveLanguage'));
        }}
      >
        <option value="">{t('settings.followSystem')}</option>
        {AVAILABLE_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {nativeLanguageName(language)}
          </option>
        ))}
      </select>
    </label>
  );
}
