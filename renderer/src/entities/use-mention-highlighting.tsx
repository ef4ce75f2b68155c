import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ArticleId, ArticleMention } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { useAsync } from '../ui/use-async';
import './entities.css';

const STORAGE_KEY = 'dossier.highlightMentions';
const NONE: readonly ArticleMention[] = [];

function readPreference(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** Whether the reader highlights entity mentions (remembered), and the mentions of the open article when it does. */
export function useMentionHighlighting(
  id: ArticleId | null,
  libraryVersion: number,
): { on: boolean; toggle: () => void; mentions: readonly ArticleMention[] } {
  const client = useClient();
  const [on, setOn] = useState(readPreference);
  const state = useAsync(
    () => (on && id !== null ? client.getArticleMentions({ id }) : Promise.resolve(NONE)),
    [client, id, on, libraryVersion],
  );
  const toggle = () => {
    setOn((v) => {
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, v ? '0' : '1');
      } catch {
        // Private mode or a sandbox without storage: the toggle still works for this session.
      }
      return !v;
    });
  };
  return { on, toggle, mentions: (on && state.value) || NONE };
}

/** The reader's switch for entity highlighting. */
export function MentionToggle({ on, onToggle }: { on: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`button button--small mention-toggle${on ? ' is-on' : ''}`}
      aria-pressed={on}
      data-testid="mention-toggle"
      onClick={onToggle}
    >
      {on ? t('entities.hideHighlights') : t('entities.highlight')}
    </button>
  );
}
