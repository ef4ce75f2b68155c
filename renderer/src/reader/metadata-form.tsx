import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
import type { ArticleForReader, ArticleMetadataChanges } from '../../../preload/api';
import { describeError } from '../api/client';
import { useClient } from '../api/client-context';

interface Draft {
  title: string;
  byline: string;
  siteName: string;
  publishedAt: string;
  language: string;
}

function draftOf(article: ArticleForReader): Draft {
  return {
    title: article.title,
    byline: article.byline ?? '',
    siteName: article.siteName ?? '',
    // A date-time is edited as its day (what a citation shows).
    publishedAt: article.publishedAt?.slice(0, 10) ?? '',
    language: article.language ?? '',
  };
}

/** Only the fields the reporter changed, so an untouched field is never marked as edited. */
function changesBetween(before: Draft, after: Draft): ArticleMetadataChanges {
  const changes: Record<string, string | null> = {};
  for (const key of Object.keys(after) as (keyof Draft)[]) {
    if (after[key].trim() !== before[key].trim()) changes[key] = after[key].trim() === '' ? null : after[key];
  }
  return changes as ArticleMetadataChanges;
}

// Labels are reader.field.<key>; hints reader.fieldHint.<key>.
const FIELDS: { key: keyof Draft; hasHint?: boolean; type?: string }[] = [
  { key: 'title' },
  { key: 'byline' },
  { key: 'siteName' },
  { key: 'publishedAt', hasHint: true, type: 'date' },
  { key: 'language', hasHint: true },
];

/**
 * Corrects an article's title, byline, outlet, date and language. The values the file gave are
 * kept by the core; this sends only what changed. Escape cancels; a refused value is said in an
 * alert and the form stays open with what was typed.
 */
export function MetadataForm({
  article,
  onSaved,
  onCancel,
}: {
  article: ArticleForReader;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const initial = useRef(draftOf(article));
  const [draft, setDraft] = useState<Draft>(initial.current);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const save = async () => {
    const changes = changesBetween(initial.current, draft);
    if (Object.keys(changes).length === 0) {
      onCancel();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await client.updateArticleMetadata({ id: article.id, changes });
      onSaved();
    } catch (err) {
      setError(describeError(err));
      setBusy(false);
    }
  };

  return (
    <form
      className="metadata-form"
      data-testid="metadata-form"
      aria-label={t('reader.editDetails')}
      onSubmit={(e) => {
        e.preventDefault();
        save().catch((err: unknown) => setError(describeError(err)));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      {FIELDS.map(({ key, hasHint, type }, i) => (
        <div className="metadata-form__field" key={key}>
          <label htmlFor={`metadata-${key}`}>{t(`reader.field.${key}`)}</label>
          <input
            id={`metadata-${key}`}
            ref={i === 0 ? first : undefined}
            data-testid={`metadata-${key}`}
            type={type ?? 'text'}
            dir="auto"
            value={draft[key]}
            required={key === 'title'}
            aria-describedby={hasHint ? `metadata-${key}-hint` : undefined}
            onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
          />
          {hasHint ? (
            <span className="metadata-form__hint" id={`metadata-${key}-hint`}>
              {t(`reader.fieldHint.${key}`)}
            </span>
          ) : null}
        </div>
      ))}
      {error ? (
        <p role="alert" className="metadata-form__error" data-testid="metadata-error">
          {error}
        </p>
      ) : null}
      <div className="metadata-form__actions">
        <button type="button" className="button button--small" data-testid="metadata-cancel" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--small" data-testid="metadata-save" disabled={busy}>
          {busy ? t('reader.saving') : t('reader.saveDetails')}
        </button>
      </div>
    </form>
  );
}
