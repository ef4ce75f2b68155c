import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { ModalDialog } from './modal-dialog';

/** A yes/no question in front of the window; Escape or a click outside answers no. */
export function ConfirmDialog({
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ok = useRef<HTMLButtonElement>(null);
  useEffect(() => ok.current?.focus(), []);
  return (
    <ModalDialog
      className="confirm-dialog"
      testId="confirm-dialog"
      role="alertdialog"
      label={message}
      onClose={onCancel}
    >
      <p>{message}</p>
      <div className="dialog__actions">
        <button type="button" className="research-button" data-testid="confirm-cancel" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          ref={ok}
          className="research-button research-button--danger"
          data-testid="confirm-ok"
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
