import { useTranslation } from 'react-i18next';
import { LibraryFileButton } from '../library-file/library-file-button';
import { SIDEBAR_SECTIONS } from './sidebar-sections';

/** The app's left column: the brand, every registered section, and the library file at the foot. */
export function Sidebar() {
  const { t } = useTranslation();
  return (
    <nav className="sidebar" data-testid="sidebar" aria-label={t('sidebar.label')}>
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">
          D
        </span>
        Dossier
      </div>
      <div className="sidebar__sections">
        {SIDEBAR_SECTIONS.map(({ id, Component }) => (
          <Component key={id} />
        ))}
      </div>
      <LibraryFileButton />
    </nav>
  );
}
