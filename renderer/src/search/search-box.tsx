import { useTranslation } from 'react-i18next';
import { forwardRef } from 'react';

/** The search field; / focuses it (see use-global-shortcuts), Esc clears it. */
export const SearchBox = forwardRef<
  HTMLInputElement,
  { query: string; setQuery: (q: string) => void; onSubmit?: () => void }
>(function SearchBox({ query, setQuery, onSubmit }, ref) {
  const { t } = useTranslation();
  return (
    <div className="search-box" role="search">
      <span className="search-box__icon" aria-hidden="true">
        ⌕
      </span>
      <input
        ref={ref}
        type="search"
        className="search-box__input"
        data-testid="search-input"
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        aria-keyshortcuts="/"
        spellCheck={false}
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            setQuery('');
          } else if (event.key === 'Enter' || event.key === 'ArrowDown') {
            event.preventDefault();
            onSubmit?.();
          }
        }}
      />
      {query === '' ? (
        <kbd className="search-box__hint" aria-hidden="true">
          /
        </kbd>
      ) : null}
    </div>
  );
});
