import { useTranslation } from 'react-i18next';
import { formatCount } from '../ui/format';
import { useState } from 'react';
import type { ArticleForReader, EditableArticleField } from '../../../preload/api';
import { describeError } from '../api/client';
import { useClient } from '../api/client-context';
import { formatBytes, formatDate, formatDateTime } from '../ui/format';
import { MetadataForm } from './metadata-form';
import { describeDateSource, describeEdit } from './metadata-source';

/** One metadata row: the value, then where it came from (or that the reporter edited it, with a way back). */
function DetailRow({
  article,
  field,
  label,
  value,
  source,
  onRevert,
}: {
  article: ArticleForReader;
  field: EditableArticleField;
  label: string;
  value: string | null;
  source?: string;
  onRevert: (field: EditableArticleField) => void;
}) {
  const { t } = useTranslation();
  const edit = describeEdit(t, article, field);
  const note = edit ?? source;
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={`info-${field}`}>
        <span dir="auto">{value || '—'}</span>
        {note ? (
          <span className="reader-info__source" data-testid={`info-${field}-source`}>
            {' '}
            · {note}
          </span>
        ) : null}
        {edit ? (
          <button
            type="button"
            className="button button--small button--ghost"
            data-testid={`info-${field}-revert`}
            aria-label={t('reader.restoreField', { field: label.toLowerCase() })}
            onClick={() => onRevert(field)}
          >
            {t('reader.restore')}
          </button>
        ) : null}
      </dd>
    </>
  );
}

/** Provenance: where this article came from, so every claim can be traced to its file. */
export function ReaderInfo({ article, onEdited }: { article: ArticleForReader; onEdited: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { source } = article;
  const url = article.canonicalUrl ?? article.url;
  const revert = (field: EditableArticleField) => {
    setError(null);
    client
      .updateArticleMetadata({ id: article.id, changes: { revert: [field] } })
      .then(onEdited, (err: unknown) => setError(describeError(err)));
  };
  const row = { article, onRevert: revert };
  return (
    <details className="reader-info" data-testid="reader-info" open>
      <summary>{t('reader.info.summary')}</summary>
      {editing ? (
        <MetadataForm
          article={article}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onEdited();
          }}
        />
      ) : (
        <>
          <dl>
            <DetailRow {...row} field="title" label={t('reader.field.title')} value={article.title} />
            <DetailRow {...row} field="byline" label={t('reader.field.byline')} value={article.byline} />
            <DetailRow {...row} field="siteName" label={t('reader.field.siteName')} value={article.siteName} />
            <DetailRow
              {...row}
              field="publishedAt"
              label={t('reader.field.publishedAt')}
              value={formatDate(article.publishedAt)}
              source={article.publishedAt ? describeDateSource(t, article.publishedAtSource) : undefined}
            />
            <DetailRow {...row} field="language" label={t('reader.field.language')} value={article.language} />
          </dl>
          {error ? (
            <p role="alert" className="metadata-form__error">
              {error}
            </p>
          ) : null}
          <button
            type="button"
            className="button button--small reader-info__edit"
            data-testid="info-edit"
            onClick={() => setEditing(true)}
          >
            {t('reader.info.edit')}
          </button>
        </>
      )}
      <dl>
        <dt>{t('reader.info.file')}</dt>
        <dd data-testid="info-file-name">{source.fileName}</dd>
        <dt>{t('reader.info.format')}</dt>
        <dd>{article.format.toUpperCase()}</dd>
        <dt>{t('reader.info.size')}</dt>
        <dd>{formatBytes(source.bytes)}</dd>
        <dt>{t('reader.info.imported')}</dt>
        <dd>
          <time dateTime={source.importedAt}>{formatDateTime(source.importedAt)}</time>
        </dd>
        <dt>{t('reader.info.sha256')}</dt>
        <dd className="mono" data-testid="info-sha256">
          {source.sha256}
        </dd>
        {url ? (
          <>
            <dt>{t('reader.info.url')}</dt>
            <dd className="mono break" data-testid="info-url">
              {url}
            </dd>
          </>
        ) : null}
        <dt>{t('reader.info.words')}</dt>
        <dd>{formatCount(article.wordCount)}</dd>
      </dl>
    </details>
  );
}
