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

const FIELDS: { key: keyof Draft; label: string; hint?: string; type?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'byline', label: 'Byline' },
  { key: 'siteName', label: 'Outlet' },
  { key: 'publishedAt', label: 'Date', hint: 'YYYY-MM-DD; empty if unknown', type: 'date' },
  { key: 'language', label: 'Language', hint: 'a tag such as en, fr or pt-BR' },
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
      aria-label="Edit article details"
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
      {FIELDS.map(({ key, label, hint, type }, i) => (
        <div className="metadata-form__field" key={key}>
          <label htmlFor={`metadata-${key}`}>{label}</label>
          <input
            id={`metadata-${key}`}
            ref={i === 0 ? first : undefined}
            data-testid={`metadata-${key}`}
            type={type ?? 'text'}
            dir="auto"
            value={draft[key]}
            required={key === 'title'}
            aria-describedby={hint ? `metadata-${key}-hint` : undefined}
            onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
          />
          {hint ? (
            <span className="metadata-form__hint" id={`metadata-${key}-hint`}>
              {hint}
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
          Cancel
        </button>
        <button type="submit" className="button button--small" data-testid="metadata-save" disabled={busy}>
          {busy ? 'Saving…' : 'Save details'}
        </button>
      </div>
    </form>
  );
}
