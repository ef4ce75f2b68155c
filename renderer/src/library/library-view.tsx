import { useTranslation } from 'react-i18next';
import { formatCount } from '../ui/format';
import { useEffect } from 'react';
import { useNavigation } from '../app/navigation';
import { Reader } from '../reader/reader';
import { SearchResults } from '../search/search-results';
import { ArticleList } from './article-list';
import { useArticlePages } from './use-article-pages';
import { BulkTagging } from '../research/bulk-tagging';
import { useMultiSelection } from '../ui/use-multi-selection';
import { useFamilyGrouping } from '../families/use-family-grouping';
import { useFoldedPages } from '../families/use-folded-pages';
import { EveryCopyToggle } from '../families/family-rows';

/** The main view: the article list (or search results while a query is typed) beside the reader. */
export function LibraryView({ tag }: { tag: string | null }) {
  const { t } = useTranslation();
  const { query, setQuery, opened, openArticle, libraryVersion, navigate } = useNavigation();
  // One row per family of near copies unless the reporter asked to see every copy.
  const grouping = useFamilyGrouping();
  const serverPages = useArticlePages(tag, libraryVersion, !grouping.everyCopy);
  const pages = useFoldedPages(serverPages, `${tag ?? ''}:${grouping.everyCopy}`);
  const searching = query.trim() !== '';
  const selection = useMultiSelection();
  const { clear } = selection;
  // A selection belongs to the rows it was made in: a new query or filter starts afresh.
  useEffect(() => clear(), [clear, query, tag]);

  return (
    <div className={`view-library${searching ? ' is-searching' : ''}`} data-testid="view-library">
      <div className="list-pane">
        <BulkTagging selection={selection} openedId={opened?.id ?? null} />
        {searching ? (
          <SearchResults
            query={query}
            setQuery={setQuery}
            openedId={opened?.id ?? null}
            onOpen={openArticle}
            libraryVersion={libraryVersion}
            selection={selection}
            grouping={grouping}
          />
        ) : (
          <>
            <div className="list-pane__head">
              <h2 className="list-pane__title">{tag ? t('library.tagTitle', { tag }) : t('sidebar.allArticles')}</h2>
              <span className="list-pane__count" data-testid="list-count">
                {serverPages.total !== null ? formatCount(serverPages.total) : ''}
              </span>
              <EveryCopyToggle everyCopy={grouping.everyCopy} onToggle={grouping.toggle} />
            </div>
            <ArticleList
              selection={selection}
              pages={pages}
              openedId={opened?.id ?? null}
              onOpen={(id) => openArticle(id)}
              emptyHint={tag ? t('library.emptyTag') : t('library.emptyHint')}
            />
          </>
        )}
      </div>
      <div className="reader-pane">
        <Reader
          opened={opened}
          libraryVersion={libraryVersion}
          onPickTag={(name) => {
            setQuery('');
            navigate({ kind: 'library', tag: name });
          }}
          onPickEntity={(entity) => navigate({ kind: 'entity', id: entity.id })}
          onOpenArticle={(id) => openArticle(id)}
        />
      </div>
    </div>
  );
}
