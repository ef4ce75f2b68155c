import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import {
  ENTITY_TYPES,
  type EntityAlias,
  type EntityDetail,
  type EntityId,
  type EntityType,
} from '../../../preload/api';
import { describeError } from '../api/client';
import { useClient } from '../api/client-context';
import { entityTypeName } from './entity-labels';
import { EntityPicker } from './entity-picker';

/**
 * The entity's registry record, editable: name, type, description, aliases (with language and
 * case rule), and the structural edits: split an alias off, merge into another entity, delete.
 */
export function EntityEditor({
  entity,
  onNavigate,
  onDeleted,
}: {
  entity: EntityDetail;
  onNavigate: (id: EntityId) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [name, setName] = useState(entity.name);
  const [type, setType] = useState<EntityType>(entity.type);
  const [description, setDescription] = useState(entity.description);
  const [aliases, setAliases] = useState<EntityAlias[]>(entity.aliases);
  const [newAlias, setNewAlias] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    setName(entity.name);
    setType(entity.type);
    setDescription(entity.description);
    setAliases(entity.aliases);
    setError(null);
  }, [entity]);

  /** Starts a write; its failure shows in the editor's error line. */
  const run = (work: () => Promise<unknown>): void => {
    setError(null);
    setSaved(false);
    work().catch((err: unknown) => setError(describeError(err)));
  };
  const dirty =
    name !== entity.name ||
    type !== entity.type ||
    description !== entity.description ||
    JSON.stringify(aliases) !== JSON.stringify(entity.aliases);

  const save = () =>
    run(async () => {
      await client.updateEntity({ id: entity.id, name, type, description, aliases });
      setSaved(true);
    });
  const addAlias = () => {
    const text = newAlias.trim();
    if (!text || aliases.some((a) => a.alias === text)) return;
    setAliases([...aliases, { alias: text, language: null, caseSensitive: /^[A-Z0-9.&-]{1,5}$/.test(text) }]);
    setNewAlias('');
  };
  const setAlias = (i: number, patch: Partial<EntityAlias>) =>
    setAliases(aliases.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  return (
    <section className="entity-editor" aria-label={t('entities.registryRecord')}>
      <div className="entity-editor__row">
        <label>
          {t('entities.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="entity-name-input" />
        </label>
        <label>
          {t('entities.typeLabel')}
          <select value={type} onChange={(e) => setType(e.target.value as EntityType)} data-testid="entity-type-select">
            {ENTITY_TYPES.map((option) => (
              <option key={option} value={option}>
                {entityTypeName(t, option)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="entity-editor__description">
        {t('entities.description')}
        <textarea
          value={description}
          rows={2}
          onChange={(e) => setDescription(e.target.value)}
          data-testid="entity-description"
        />
      </label>
      <table className="entity-aliases" data-testid="entity-aliases">
        <thead>
          <tr>
            <th>{t('entities.alias')}</th>
            <th>{t('entities.aliasLanguage')}</th>
            <th title={t('entities.exactCaseHint')}>{t('entities.exactCase')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {aliases.map((a, i) => (
            <tr key={`${a.alias}-${i}`} data-testid="entity-alias" data-alias={a.alias}>
              <td lang={a.language ?? undefined}>{a.alias}</td>
              <td>
                <input
                  className="entity-aliases__lang"
                  value={a.language ?? ''}
                  placeholder={t('entities.anyLanguage')}
                  aria-label={t('entities.languageOf', { alias: a.alias })}
                  onChange={(e) => setAlias(i, { language: e.target.value.trim() || null })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  checked={a.caseSensitive}
                  aria-label={t('entities.exactCaseFor', { alias: a.alias })}
                  onChange={(e) => setAlias(i, { caseSensitive: e.target.checked })}
                />
              </td>
              <td className="entity-aliases__actions">
                <button
                  type="button"
                  className="button button--small button--ghost"
                  onClick={() => setAliases(aliases.filter((_, j) => j !== i))}
                >
                  {t('entities.removeAlias')}
                </button>
                {a.alias !== entity.name && entity.aliases.some((x) => x.alias === a.alias) ? (
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    title={t('entities.splitOffHint')}
                    onClick={() =>
                      run(async () => onNavigate((await client.splitAlias({ id: entity.id, alias: a.alias })).id))
                    }
                  >
                    {t('entities.splitOff')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="entity-editor__row"
        onSubmit={(e) => {
          e.preventDefault();
          addAlias();
        }}
      >
        <input
          value={newAlias}
          onChange={(e) => setNewAlias(e.target.value)}
          placeholder={t('entities.newAliasExample')}
          aria-label={t('entities.newAlias')}
          data-testid="entity-new-alias"
        />
        <button type="submit" className="button button--small">
          {t('entities.addAlias')}
        </button>
      </form>
      <div className="entity-editor__row">
        <button type="button" className="button" disabled={!dirty} onClick={save} data-testid="entity-save">
          {t('entities.saveChanges')}
        </button>
        {saved && !dirty ? <span className="entity-muted">{t('entities.savedRescanning')}</span> : null}
        <span className="entity-editor__spacer" />
        <EntityPicker
          label={t('entities.mergeInto')}
          excludeId={entity.id}
          onPick={(target) =>
            run(async () => onNavigate((await client.mergeEntities({ sourceId: entity.id, targetId: target.id })).id))
          }
        />
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => {
            if (window.confirm(t('entities.confirmDelete', { name: entity.name })))
              run(async () => {
                await client.deleteEntity({ id: entity.id });
                onDeleted();
              });
          }}
        >
          {t('entities.delete')}
        </button>
      </div>
      {error ? (
        <p className="entity-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
