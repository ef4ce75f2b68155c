import { nativeLanguageName } from '../i18n/native-language-name';
import type { CommandSource, PaletteCommand } from './command-registry';

/** Views: the library and every capability's page. */
export const viewCommands: CommandSource = ({ t, navigate, query }) => [
  {
    id: 'view.library',
    group: 'go',
    title: t('palette.openLibrary'),
    run: () => navigate({ kind: 'library', tag: null }),
  },
  { id: 'view.notes', group: 'go', title: t('palette.openNotes'), run: () => navigate({ kind: 'notes' }) },
  { id: 'view.quotes', group: 'go', title: t('palette.openQuotes'), run: () => navigate({ kind: 'quotes' }) },
  { id: 'view.brief', group: 'go', title: t('palette.openBrief'), run: () => navigate({ kind: 'brief' }) },
  {
    id: 'view.timeline',
    group: 'go',
    title: t('palette.openTimeline'),
    keywords: 'timeline chronologie',
    run: () => navigate({ kind: 'timeline', scope: { kind: 'library' } }),
  },
  ...(query.trim()
    ? [
        {
          id: 'view.timeline.search',
          group: 'go' as const,
          title: t('palette.timelineOfSearch'),
          keywords: 'timeline chronologie',
          run: () => navigate({ kind: 'timeline', scope: { kind: 'query', query: query.trim() } }),
        },
      ]
    : []),
  {
    id: 'view.network',
    group: 'go',
    title: t('palette.openNetwork'),
    keywords: 'network graph réseau',
    run: () => navigate({ kind: 'network', scope: { kind: 'library' } }),
  },
  ...(query.trim()
    ? [
        {
          id: 'view.network.search',
          group: 'go' as const,
          title: t('palette.networkOfSearch'),
          keywords: 'network graph réseau',
          run: () => navigate({ kind: 'network', scope: { kind: 'query', query: query.trim() } }),
        },
      ]
    : []),
  {
    id: 'view.suggestions',
    group: 'go',
    title: t('palette.openSuggestions'),
    run: () => navigate({ kind: 'suggestions' }),
  },
  {
    id: 'view.watchlists',
    group: 'go',
    title: t('palette.openWatchlists'),
    run: () => navigate({ kind: 'watchlists' }),
  },
];

/** Actions of the window: import, search, export a brief, the shortcuts sheet. */
export const actionCommands: CommandSource = ({ t, focusSearch, openImport, showShortcuts, navigate }) => [
  { id: 'action.import', group: 'actions', title: t('palette.import'), keywords: 'import', run: openImport },
  { id: 'action.search', group: 'actions', title: t('palette.search'), shortcut: '/', run: focusSearch },
  {
    id: 'action.export-brief',
    group: 'actions',
    title: t('palette.exportBrief'),
    keywords: 'brief pdf export',
    run: () => {
      navigate({ kind: 'brief' });
      // The brief view renders on the next frame; its first export button takes the focus.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="brief-export-pdf"]')?.focus());
    },
  },
  { id: 'action.shortcuts', group: 'actions', title: t('palette.shortcuts'), shortcut: '?', run: showShortcuts },
];

/** Tags: show one, see its timeline, tag the open article with one (or with the name typed). */
export const tagCommands: CommandSource = ({ t, tags, navigate, openedArticle, typed, client, notify }) => {
  if (tags === null) return [];
  const tagWith = (name: string) => async () => {
    if (openedArticle === null) return;
    await client.tagArticles({ ids: [openedArticle], tags: [name] });
    notify(t('palette.tagged', { tag: name }));
  };
  const commands: PaletteCommand[] = tags.flatMap((tag): PaletteCommand[] => [
    {
      id: `tag.show.${tag.name}`,
      group: 'tags' as const,
      title: t('palette.openTag', { tag: tag.name }),
      run: () => navigate({ kind: 'library', tag: tag.name }),
    },
    {
      id: `tag.timeline.${tag.name}`,
      group: 'tags' as const,
      title: t('palette.timelineOfTag', { tag: tag.name }),
      keywords: 'timeline chronologie',
      run: () => navigate({ kind: 'timeline', scope: { kind: 'tag', tag: tag.name } }),
    },
    ...(openedArticle !== null
      ? [
          {
            id: `tag.add.${tag.name}`,
            group: 'tags' as const,
            title: t('palette.tagArticle', { tag: tag.name }),
            run: tagWith(tag.name),
          },
        ]
      : []),
  ]);
  const name = typed.trim().replace(/^#/, '');
  if (openedArticle !== null && name !== '' && !tags.some((tag) => tag.name.toLowerCase() === name.toLowerCase())) {
    commands.push({
      id: 'tag.add.new',
      group: 'tags',
      title: t('palette.tagArticle', { tag: name }),
      keywords: typed,
      run: tagWith(name),
    });
  }
  return commands;
};

/** One command per interface language other than the current one. */
export const languageCommands: CommandSource = ({ t, languages, language, chooseLanguage }) =>
  languages
    .filter((l) => l !== language)
    .map((l) => ({
      id: `language.${l}`,
      group: 'language' as const,
      title: t('palette.switchLanguage', { language: nativeLanguageName(l) }),
      keywords: `language langue ${l}`,
      run: () => chooseLanguage(l),
    }));
