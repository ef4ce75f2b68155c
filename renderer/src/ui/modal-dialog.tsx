import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal in front of the window: Tab and Shift+Tab stay inside it, Escape or a click on the
 * backdrop closes it, and focus goes back to where it was when it closes.
 */
export function ModalDialog({
  label,
  onClose,
  children,
  className,
  testId,
  role = 'dialog',
}: {
  label: string;
  onClose: () => void;
  children: ReactNode;
  className: string;
  testId: string;
  role?: 'dialog' | 'alertdialog';
}) {
  const box = useRef<HTMLDivElement>(null);
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });

  // Taken while rendering, before a child's effect moves focus into the dialog.
  const returnTo = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);

  useEffect(() => {
    const back = returnTo.current;
    if (box.current && !box.current.contains(document.activeElement))
      box.current.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => back?.focus?.();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      latestClose.current();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      className={className}
      data-testid={testId}
      role={role}
      aria-modal="true"
      aria-label={label}
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
      onKeyDown={onKeyDown}
    >
      <div ref={box} className="dialog__box">
        {children}
      </div>
    </div>
  );
}
