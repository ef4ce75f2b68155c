import type { ReactNode } from 'react';

/** A designed empty state: a title, a hint of what to do next, and an optional action. */
export function EmptyState({
  title,
  hint,
  testId,
  children,
}: {
  title: string;
  hint?: ReactNode;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <div className="empty-state" data-testid={testId}>
      <p className="empty-state__title">{title}</p>
      {hint ? <p className="empty-state__hint">{hint}</p> : null}
      {children}
    </div>
  );
}
