import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { ArticleId } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { TagDialog } from './tag-dialog';
import { useToast } from '../ui/toast';
import type { MultiSelection } from '../ui/use-multi-selection';
import './research.css';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The bar above the list when several articles are selected, and the T shortcut: it tags the
 * selection, or the open article when nothing else is selected.
 */
export function BulkTagging({ selection, openedId }: { selection: MultiSelection; openedId: ArticleId | null }) {
  const { t } = useTranslation();
  const client = useClient();
  const toast = useToast();
  const [target, setTarget] = useState<readonly ArticleId[] | null>(null);
  const bulk = selection.ids.length > 1;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 't' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
        return;
      const ids = bulk ? selection.ids : openedId !== null ? [openedId] : selection.ids;
      if (ids.length === 0) return;
      event.preventDefault();
      setTarget(ids);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [bulk, selection.ids, openedId]);

  return (
    <>
      {bulk ? (
        <div className="bulk-bar" data-testid="bulk-bar" role="toolbar" aria-label={t('tags.selectedArticles')}>
          <span data-testid="bulk-count">{t('tags.selected', { count: selection.ids.length })}</span>
          <button
            type="button"
            className="research-button research-button--primary"
            data-testid="bulk-tag"
            onClick={() => setTarget(selection.ids)}
          >
            {t('tags.tagEllipsis')}
          </button>
          <button type="button" className="research-button" data-testid="bulk-clear" onClick={selection.clear}>
            {t('tags.clearSelection')}
          </button>
        </div>
      ) : null}
      {target ? (
        <TagDialog
          count={target.length}
          onClose={() => setTarget(null)}
          onApply={async (tags) => {
            await client.tagArticles({ ids: [...target], tags });
            toast(t('tags.tagged', { count: target.length, tags: tags.map((name) => `#${name}`).join(', ') }));
          }}
        />
      ) : null}
    </>
  );
}
