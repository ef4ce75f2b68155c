import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../ui/modal-dialog';
import './palette.css';

/** Whether the keyboard has ⌘ rather than Ctrl (the sheet names the keys a reporter will press). */
function usesCommandKey(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** `?`: every keyboard shortcut of the app, with key names in the interface language. */
export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const mod = usesCommandKey() ? '⌘' : t('palette.keyNames.ctrl');
  const rows: { keys: string[][]; what: string }[] = [
    { keys: [[mod, 'K']], what: t('palette.keys.palette') },
    { keys: [['?']], what: t('palette.keys.shortcuts') },
    { keys: [['/']], what: t('palette.keys.search') },
    { keys: [[t('palette.keyNames.escape')]], what: t('palette.keys.escape') },
    { keys: [['J'], ['K'], ['↓'], ['↑']], what: t('palette.keys.list') },
    { keys: [[t('palette.keyNames.enter')]], what: t('palette.keys.open') },
    { keys: [['↑'], ['↓']], what: t('palette.keys.paletteMove') },
    { keys: [['←'], ['→']], what: t('palette.keys.timelineMove') },
    { keys: [['+'], ['−']], what: t('palette.keys.timelineZoom') },
    {
      keys: [
        [t('palette.keyNames.shift'), '←'],
        [t('palette.keyNames.shift'), '→'],
      ],
      what: t('palette.keys.timelinePan'),
    },
  ];
  return (
    <ModalDialog
      className="palette-dialog"
      testId="shortcuts-sheet"
      label={t('palette.shortcutsTitle')}
      onClose={onClose}
    >
      <h2 className="shortcuts__title">{t('palette.shortcutsTitle')}</h2>
      <table className="shortcuts__table">
        <tbody>
          {rows.map((row) => (
            <tr key={row.what}>
              <td className="shortcuts__keys">
                {row.keys.map((combo, i) => (
                  <span key={i} className="shortcuts__combo">
                    {combo.map((key) => (
                      <kbd key={key} className="palette__kbd">
                        {key}
                      </kbd>
                    ))}
                  </span>
                ))}
              </td>
              <td>{row.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog__actions">
        <button type="button" className="button" data-testid="shortcuts-close" onClick={onClose}>
          {t('palette.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
