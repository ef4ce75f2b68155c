import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { LibraryPanel } from './library-panel';

/** The sidebar's footer: opens the library file panel (where it is, what is in it, backups). */
export function LibraryFileButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="sidebar__footer">
      <button
        type="button"
        className="sidebar-item"
        data-testid="sidebar-library-file"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
      >
        <span className="sidebar-item__icon" aria-hidden="true">
          ⛁
        </span>
        <span className="sidebar-item__label">{t('libraryFile.button')}</span>
      </button>
      {open ? <LibraryPanel onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
