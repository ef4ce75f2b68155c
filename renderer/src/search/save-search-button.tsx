import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useClient } from '../api/client-context';
import { useReportFailure } from '../ui/use-report-failure';
import { describeError } from '../api/client';
import { useToast } from '../ui/toast';
import { ModalDialog } from '../ui/modal-dialog';

/** "Save search" beside the search field: names the current query and keeps it in the sidebar. */
export function SaveSearchButton({ query }: { query: string }) {
  const { t } = useTranslation();
  const [naming, setNaming] = useState(false);
  const trimmed = query.trim();
  if (!trimmed) return null;
  return (
    <>
      <button
        type="button"
        className="button toolbar__button"
        data-testid="save-search"
        onClick={() => setNaming(true)}
      >
        <span aria-hidden="true">☆</span> {t('search.save')}
      </button>
      {naming ? <SaveSearchDialog query={trimmed} onClose={() => setNaming(false)} /> : null}
    </>
  );
}

function SaveSearchDialog({ query, onClose }: { query: string; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const toast = useToast();
  const [name, setName] = useState(query);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (!name.trim()) return setError(t('search.nameRequired'));
    setBusy(true);
    try {
      const saved = await client.saveSearch({ name: name.trim(), query });
      toast(t('search.saved', { name: saved.name }));
      onClose();
    } catch (err) {
      setError(describeError(err));
      setBusy(false);
    }
  };

  return (
    <ModalDialog className="tag-dialog" testId="save-search-dialog" label={t('search.save')} onClose={onClose}>
      <form
        className="dialog__form"
        onSubmit={(e) => {
          e.preventDefault();
          reportFailure(save(), t('search.saveWhat'));
        }}
      >
        <label htmlFor="save-search-name">{t('search.nameThis')}</label>
        <input
          id="save-search-name"
          data-testid="save-search-name"
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
          onFocus={(e) => e.target.select()}
        />
        <p className="dialog__hint">
          <Trans i18nKey="search.queryIs" values={{ query }} components={{ query: <code /> }} />
        </p>
        {error ? <p role="alert">{error}</p> : null}
        <div className="dialog__actions">
          <button type="button" className="research-button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="research-button research-button--primary"
            data-testid="save-search-confirm"
            disabled={busy}
          >
            {t('search.saveButton')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
