import { formatCount } from '../ui/format';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';

/** A titled sidebar group; sections render their own items inside. */
export function SidebarSection({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <section className="sidebar-section" aria-label={title}>
      <div className="sidebar-section__head">
        <h2 className="sidebar-section__title">{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}

/** One clickable sidebar line with a label and a count. */
export function SidebarItem({
  label,
  count,
  active,
  onClick,
  testId,
  name,
  icon,
  badge,
  title,
}: {
  label: string;
  count?: number;
  active?: boolean;
  onClick: () => void;
  testId: string;
  name?: string;
  icon?: string;
  /** New items since last seen, shown as a highlighted badge when above zero. */
  badge?: number;
  title?: string;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`sidebar-item${active ? ' is-active' : ''}`}
      data-testid={testId}
      data-name={name}
      aria-current={active ? 'true' : undefined}
      onClick={onClick}
      title={title ?? label}
    >
      {icon ? (
        <span className="sidebar-item__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <span className="sidebar-item__label">{label}</span>
      {count !== undefined ? <span className="sidebar-item__count">{formatCount(count)}</span> : null}
      {badge ? (
        <span className="sidebar-item__badge" data-testid="sidebar-badge">
          {formatCount(badge)}
          <span className="visually-hidden"> {t('common.newBadge')}</span>
        </span>
      ) : null}
    </button>
  );
}
