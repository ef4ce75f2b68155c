import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ArticleForReader } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { describeError } from '../api/client';
import { TagDialog } from './tag-dialog';
import './research.css';

/**
 * The article's one tag row, under its headline: each tag filters the list when clicked and
 * has its own remove button; "+ Tag" (or T) adds more.
 */
export function ReaderTags({ article, onPickTag }: { article: ArticleForReader; onPickTag: (tag: string) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [tagging, setTagging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = (tag: string) =>
    void client.untagArticles({ ids: [article.id], tags: [tag] }).then(
      () => setError(null),
      (err: unknown) => setError(describeError(err)),
    );

  return (
    <div className="reader__tags" role="group" aria-label={t('tags.title')} data-testid="reader-tags">
      {article.tags.map((tag) => (
        <span key={tag} className="chip chip--tag chip--removable">
          <button
            type="button"
            className="chip__label"
            data-testid="reader-tag"
            data-name={tag}
            title={t('tags.showTagged', { tag })}
            onClick={() => onPickTag(tag)}
          >
            #{tag}
          </button>
          <button
            type="button"
            className="chip__remove"
            data-testid="reader-tag-remove"
            data-name={tag}
            aria-label={t('tags.removeTag', { tag })}
            onClick={() => remove(tag)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </span>
      ))}
      <button
        type="button"
        className="chip chip--add"
        data-testid="reader-tag-add"
        title={t('tags.addTagsShortcut')}
        aria-keyshortcuts="T"
        onClick={() => setTagging(true)}
      >
        {t('tags.addTag')}
      </button>
      {error ? (
        <p role="alert" className="reader__tags-error">
          {error}
        </p>
      ) : null}
      {tagging ? (
        <TagDialog
          count={1}
          onClose={() => setTagging(false)}
          onApply={async (tags) => {
            await client.tagArticles({ ids: [article.id], tags });
          }}
        />
      ) : null}
    </div>
  );
}
