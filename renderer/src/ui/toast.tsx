import { useTranslation } from 'react-i18next';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

interface ToastMessage {
  id: number;
  text: string;
  undo?: () => void;
}

const ToastContext = createContext<((text: string, undo?: () => void) => void) | null>(null);

/** Shows short messages at the bottom of the window, with an optional Undo. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const show = useCallback((text: string, undo?: () => void) => setToast({ id: Date.now(), text, undo }), []);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), 8000);
    return () => clearTimeout(timer);
  }, [toast]);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      {toast ? (
        <div className="toast" data-testid="toast" role="status">
          <span>{toast.text}</span>
          {toast.undo ? (
            <button
              type="button"
              data-testid="toast-undo"
              onClick={() => {
                toast.undo?.();
                setToast(null);
              }}
            >
              {t('common.undo')}
            </button>
          ) : null}
        </div>
      ) : null}
    </ToastContext.Provider>
  );
}

/** The nearest toast; without a ToastProvider messages are dropped (component tests). */
export function useToast(): (text: string, undo?: () => void) => void {
  return useContext(ToastContext) ?? noop;
}

function noop(): void {}
