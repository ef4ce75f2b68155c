import type { TFunction } from 'i18next';
import type { ArticleId, DossierApi, TagSummary } from '../../../preload/api';
import type { View } from '../app/view-state';

/** The groups the palette shows its commands in, in this order. */
export const COMMAND_GROUPS = ['go', 'actions', 'tags', 'language'] as const;
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

/** One action of the palette. `title` is already translated; `keywords` help find it (any language). */
export interface PaletteCommand {
  id: string;
  title: string;
  group: CommandGroup;
  keywords?: string;
  /** The keys that do the same without the palette, as shown in the shortcuts sheet (e.g. "/"). */
  shortcut?: string;
  /** May answer a promise: the palette reports its failure in the toast. */
  run: () => unknown;
}

/** What a command may use: navigation, the client, the language, and the window's own actions. */
export interface CommandContext {
  t: TFunction;
  client: DossierApi;
  view: View;
  navigate: (view: View) => void;
  /** The search query in the toolbar. */
  query: string;
  /** What is typed in the palette (a command may offer to use it, e.g. as a new tag's name). */
  typed: string;
  openedArticle: ArticleId | null;
  /**
   * The library's tags; null until they have loaded. Tag commands wait for them: offered early,
   * "tag the article with what was typed" would stand in for the command being typed for.
   */
  tags: readonly TagSummary[] | null;
  language: string;
  languages: readonly string[];
  chooseLanguage: (language: string) => Promise<void>;
  focusSearch: () => void;
  openImport: () => void;
  showShortcuts: () => void;
  /** A short message for the reporter (the toast). */
  notify: (text: string) => void;
}

/** A source of commands: called each time the palette opens or its input changes. */
export type CommandSource = (ctx: CommandContext) => PaletteCommand[];
