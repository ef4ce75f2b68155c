import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AVAILABLE_LANGUAGES } from '../../../preload/contract/locales';
import { useClient } from '../api/client-context';
import { useNavigation } from '../app/navigation';
import { useLanguage } from '../i18n/language-provider';
import { ModalDialog } from '../ui/modal-dialog';
import { useToast } from '../ui/toast';
import { useAsync } from '../ui/use-async';
import { useReportFailure } from '../ui/use-report-failure';
import type { CommandContext, CommandGroup, PaletteCommand } from './command-registry';
import { matchCommands } from './match-commands';
import { COMMAND_SOURCES } from './palette-commands';
import './palette.css';

const GROUP_KEYS: Record<CommandGroup, string> = {
  go: 'palette.groupGo',
  actions: 'palette.groupActions',
  tags: 'palette.groupTags',
  language: 'palette.groupLanguage',
};

/**
 * Ctrl/Cmd+K: every action of the app, found by typing. A combobox over a listbox: ↑/↓ choose,
 * Enter runs, Escape closes (focus goes back where it was); Tab cannot leave it.
 */
export function CommandPalette({
  onClose,
  focusSearch,
  openImport,
  showShortcuts,
}: {
  onClose: () => void;
  focusSearch: () => void;
  openImport: () => void;
  showShortcuts: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const { view, navigate, query, opened, libraryVersion } = useNavigation();
  const { language, choose } = useLanguage();
  const toast = useToast();
  const reportFailure = useReportFailure();
  const tags = useAsync(() => client.listTags(), [client, libraryVersion]);
  // A failed tag list counts as known (and empty): the palette's other commands must still run.
  const tagsKnown = tags.value !== null || tags.status === 'error';
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  // Enter pressed while the tags were loading: it runs once they are there, on the full list.
  const [enterWaiting, setEnterWaiting] = useState(false);

  const commands = useMemo(() => {
    const ctx: CommandContext = {
      t,
      client,
      view,
      navigate,
      query,
      typed,
      openedArticle: opened?.id ?? null,
      tags: tagsKnown ? (tags.value ?? []) : null,
      language,
      languages: AVAILABLE_LANGUAGES,
      chooseLanguage: choose,
      focusSearch,
      openImport,
      showShortcuts,
      notify: (text) => toast(text),
    };
    return matchCommands(
      COMMAND_SOURCES.flatMap((source) => source(ctx)),
      typed,
    );
  }, [
    t,
    client,
    view,
    navigate,
    query,
    typed,
    opened,
    tags.value,
    tagsKnown,
    language,
    choose,
    focusSearch,
    openImport,
    showShortcuts,
    toast,
  ]);

  const current = Math.min(active, Math.max(0, commands.length - 1));

  const run = useCallback(
    (command: PaletteCommand) => {
      onClose();
      // After the palette has closed and given focus back, so a command that moves focus keeps it.
      setTimeout(() => {
        try {
          const result: unknown = command.run();
          if (result instanceof Promise) reportFailure(result, t('palette.runWhat'));
        } catch (err) {
          reportFailure(Promise.reject(err), t('palette.runWhat'));
        }
      }, 0);
    },
    [onClose, reportFailure, t],
  );

  useEffect(() => {
    if (!enterWaiting || !tagsKnown) return;
    setEnterWaiting(false);
    const command = commands[current];
    if (command) run(command);
  }, [enterWaiting, tagsKnown, commands, current, run]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(commands.length - 1, current + moves[event.key]!)));
      requestAnimationFrame(() =>
        document
          .getElementById(`palette-option-${Math.max(0, Math.min(commands.length - 1, current + moves[event.key]!))}`)
          ?.scrollIntoView({ block: 'nearest' }),
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Until the tags are known, the best match may not be listed yet ("timeline nvidia" finds
      // nothing before the tag "nvidia" is known): wait for them rather than run the wrong one.
      if (!tagsKnown) {
        setEnterWaiting(true);
        return;
      }
      const command = commands[current];
      if (command) run(command);
    }
  };

  return (
    <ModalDialog className="palette-dialog" testId="command-palette" label={t('palette.title')} onClose={onClose}>
      <input
        className="palette__input"
        data-testid="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-autocomplete="list"
        aria-activedescendant={commands.length ? `palette-option-${current}` : undefined}
        aria-label={t('palette.inputLabel')}
        placeholder={t('palette.placeholder')}
        autoFocus
        spellCheck={false}
        autoComplete="off"
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setActive(0);
          // Typing on after an early Enter: the reporter has not finished; the next Enter decides.
          setEnterWaiting(false);
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        className="palette__list"
        id="palette-list"
        role="listbox"
        aria-label={t('palette.title')}
        data-testid="palette-list"
      >
        {commands.map((command, i) => (
          <li
            key={command.id}
            id={`palette-option-${i}`}
            role="option"
            aria-selected={i === current}
            className={`palette__option${i === current ? ' is-active' : ''}`}
            data-testid="palette-command"
            data-command={command.id}
            onMouseMove={() => setActive(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run(command)}
          >
            <span className="palette__title">{command.title}</span>
            <span className="palette__group">{t(GROUP_KEYS[command.group])}</span>
            {command.shortcut ? <kbd className="palette__kbd">{command.shortcut}</kbd> : null}
          </li>
        ))}
      </ul>
      {!tagsKnown ? (
        <p className="palette__empty" role="status" data-testid="palette-loading">
          {t('palette.loadingTags')}
        </p>
      ) : commands.length === 0 ? (
        <p className="palette__empty" role="status" data-testid="palette-empty">
          {t('palette.noResults')}
        </p>
      ) : null}
    </ModalDialog>
  );
}
