import { useTranslation } from 'react-i18next';
import type { ArticleId } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { ErrorBanner } from '../ui/error-banner';
import { Loading } from '../ui/loading';
import { useAsync } from '../ui/use-async';

/** A word-level diff of one member against the original: inserted text marked <ins>, cut text <del>. */
export function FamilyDiff({ baseId, otherId }: { baseId: ArticleId; otherId: ArticleId }) {
  const { t } = useTranslation();
  const client = useClient();
  const diff = useAsync(() => client.diffArticles({ baseId, otherId }), [client, baseId, otherId]);
  if (diff.status === 'error')
    return <ErrorBanner title={t('families.couldNotCompare')} message={diff.error} onRetry={diff.reload} />;
  const d = diff.value;
  if (!d || d.otherId !== otherId || d.baseId !== baseId) return <Loading label={t('families.comparing')} />;
  return (
    <section className="family-diff" aria-label={t('families.diffLabel')} data-testid="family-diff">
      <p className="family-diff__summary">
        {t(d.headline.changed ? 'families.diffSummaryHeadline' : 'families.diffSummary', {
          added: t('families.wordsAdded', { count: d.addedWords }),
          removed: t('families.wordsRemoved', { count: d.removedWords }),
        })}
      </p>
      {d.headline.changed ? (
        <p className="family-diff__headline" dir="auto">
          {t('families.headlineLabel')} <del>{d.headline.base}</del> <ins>{d.headline.other}</ins>
        </p>
      ) : null}
      <div className="family-diff__body" dir="auto">
        {d.body.map((part, i) =>
          part.kind === 'added' ? (
            <ins key={i}>{part.text}</ins>
          ) : part.kind === 'removed' ? (
            <del key={i}>{part.text}</del>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </div>
    </section>
  );
}
