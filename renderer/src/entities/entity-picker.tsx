import { useId, useState } from 'react';
import type { EntityId, EntitySummary } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { useAsync } from '../ui/use-async';

/** A text box that completes entity names from the registry and hands back the chosen entity. */
export function EntityPicker({
  label,
  excludeId,
  onPick,
}: {
  label: string;
  excludeId?: EntityId;
  onPick: (entity: EntitySummary) => void;
}) {
  const client = useClient();
  const listId = useId();
  const [text, setText] = useState('');
  const entities = useAsync(() => client.listEntities({}), [client]);
  const candidates = (entities.value ?? []).filter((e) => e.id !== excludeId);
  const chosen = candidates.find((e) => e.name.toLowerCase() === text.trim().toLowerCase());
  return (
    <form
      className="entity-picker"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) {
          onPick(chosen);
          setText('');
        }
      }}
    >
      <input
        list={listId}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={label}
        aria-label={label}
        data-testid="entity-picker"
      />
      <datalist id={listId}>
        {candidates.map((e) => (
          <option key={e.id} value={e.name} />
        ))}
      </datalist>
      <button type="submit" className="button button--small" disabled={!chosen}>
        {label.replace(/…$/, '')}
      </button>
    </form>
  );
}
