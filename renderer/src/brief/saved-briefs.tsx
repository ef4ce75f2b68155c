import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefDefinition, BriefId, SavedBrief } from '../../../preload/api';
import { describeError } from '../api/client';
import { useClient } from '../api/client-context';
import { useReportFailure } from '../ui/use-report-failure';
import { useNavigation } from '../app/navigation';
import { useAsync } from '../ui/use-async';
import { formatDate } from '../ui/format';

/** Saved brief definitions: save the current one, reload one, or re-run it with what came in since its last export. */
export function SavedBriefs({
  definition,
  savedId,
  onSaved,
  onLoad,
}: {
  definition: BriefDefinition | null;
  savedId: BriefId | null;
  onSaved: (id: BriefId) => void;
  onLoad: (brief: SavedBrief, since: boolean) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const { libraryVersion } = useNavigation();
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const briefs = useAsync(() => client.listBriefs(), [client, libraryVersion, attempt]);

  async function save() {
    if (!definition) return;
    try {
      const current = briefs.value?.find((b) => b.id === savedId);
      const saved = await client.saveBrief({
        ...(current ? { id: current.id } : {}),
        name: definition.title,
        definition,
      });
      onSaved(saved.id);
      setAttempt((n) => n + 1);
      setError(null);
    } catch (err) {
      setError(describeError(err));
    }
  }

  return (
    <section className="saved-briefs" aria-label={t('brief.savedBriefs')}>
      <button
        type="button"
        className="button"
        data-testid="brief-save"
        disabled={!definition}
        onClick={() => reportFailure(save(), t('brief.saveWhat'))}
      >
        {savedId !== null ? t('brief.saveChanges') : t('brief.saveThis')}
      </button>
      {error ? <p role="alert">{error}</p> : null}
      <ul>
        {(briefs.value ?? []).map((b) => (
          <li key={b.id} data-testid="saved-brief" data-id={b.id}>
            <button type="button" className="link-button" onClick={() => onLoad(b, false)}>
              {b.name}
            </button>
            {b.lastRunAt && b.newArticles > 0 ? (
              <button
                type="button"
                className="link-button"
                data-testid="saved-brief-since"
                onClick={() => onLoad(b, true)}
              >
                {t('brief.newSince', { count: b.newArticles, date: formatDate(b.lastRunAt) })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
