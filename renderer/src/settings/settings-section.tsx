import { useTranslation } from 'react-i18next';
import { SidebarSection } from '../app/sidebar-section';
import { LanguageSetting } from './language-setting';
import { OcrLanguagesSetting } from './ocr-languages-setting';

/** Sidebar: the settings panel (the interface language and OCR's languages, kept in the library). */
export function SettingsSection() {
  const { t } = useTranslation();
  return (
    <SidebarSection title={t('sidebar.settings')}>
      <LanguageSetting />
      <OcrLanguagesSetting />
    </SidebarSection>
  );
}
