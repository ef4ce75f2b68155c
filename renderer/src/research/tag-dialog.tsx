import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
import { useClient } from '../api/client-context';
import { useReportFailure } from '../ui/use-report-failure';
import { describeError } from '../api/client';
import { useAsync } from '../ui/use-async';
import { parseTagInput } from './tag-tree';
import { ModalDialog } from '../ui/modal-dialog';

/**
 * Asks for tags to add to one or more articles. Several tags are separated by commas; nested
 * tags are written with a slash. Existing tags are offered as suggestions.
 */
export function TagDialog({
  count,
  onApply,
  onClose,
}: {
  count: number;
  onApply: (tags: string[]) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const tags = useAsync(() => client.listTags(), [client]);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const apply = async () => {
    const names = parseTagInput(value);
    if (names.length === 0) {
      setError(t('tags.typeName'));
      return;
    }
    setBusy(true);
    try {
      await onApply(names);
      onClose();
    } catch (err) {
      setError(describeError(err));
      setBusy(false);
    }
  };

  return (
    <ModalDialog className="tag-dialog" testId="tag-dialog" label={t('tags.addTags')} onClose={onClose}>
      <form
        className="dialog__form"
        onSubmit={(e) => {
          e.preventDefault();
          reportFailure(apply(), t('tags.tagWhat'));
        }}
      >
        <label htmlFor="tag-dialog-input">{t('tags.dialogLabel', { count })}</label>
        <input
          id="tag-dialog-input"
          ref={input}
          data-testid="tag-input"
          list="tag-dialog-suggestions"
          value={value}
          autoComplete="off"
          onChange={(e) => setValue(e.target.value)}
        />
        <datalist id="tag-dialog-suggestions">
          {tags.value?.map((tag) => (
            <option key={tag.id} value={tag.name} />
          ))}
        </datalist>
        {error ? <p role="alert">{error}</p> : null}
        <div className="dialog__actions">
          <button type="button" className="research-button" data-testid="tag-cancel" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="research-button research-button--primary"
            data-testid="tag-apply"
            disabled={busy}
          >
            {t('tags.addTags')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
