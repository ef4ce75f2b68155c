import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../ui/format';
import type { CopyRow } from './folded-rows';
import './families.css';

/**
 * "+2 copies" on a row that stands for its family: a click unfolds or folds the copies (→ and ←
 * do it from the keyboard). Not a button: the row is a listbox option, which may hold no control.
 */
export function CopiesBadge({ count, unfolded, onToggle }: { count: number; unfolded: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <span
      className={`copies-badge${unfolded ? ' is-unfolded' : ''}`}
      data-testid="family-copies"
      data-unfolded={unfolded}
      title={unfolded ? t('families.foldHint') : t('families.unfoldHint')}
      onClick={(event: MouseEvent) => {
        event.stopPropagation();
        onToggle();
      }}
    >
      <span aria-hidden="true">{unfolded ? '▾ ' : '▸ '}</span>
      {t('families.copies', { count })}
    </span>
  );
}

/** An unfolded copy under its family's row: outlet, date and headline, marked as a copy. */
export function FamilyCopyRow({ copy, opened }: { copy: CopyRow; opened: boolean }) {
  const { t } = useTranslation();
  const meta = [copy.siteName, formatDate(copy.publishedAt), copy.language?.toUpperCase()].filter(Boolean).join(' · ');
  return (
    <div className={`family-copy-row${opened ? ' is-opened' : ''}`}>
      <div className="family-copy-row__title" dir="auto">
        <span className="family-copy-row__label">{t('families.copyLabel')}</span> {copy.title}
      </div>
      {meta ? <div className="family-copy-row__meta">{meta}</div> : null}
    </div>
  );
}

/** The switch between one row per family and every copy as its own row. */
export function EveryCopyToggle({ everyCopy, onToggle }: { everyCopy: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`button button--small every-copy-toggle${everyCopy ? ' is-on' : ''}`}
      aria-pressed={everyCopy}
      data-testid="every-copy-toggle"
      onClick={onToggle}
    >
      {t('families.showEveryCopy')}
    </button>
  );
}
