import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { TagSummary } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { useReportFailure } from '../ui/use-report-failure';
import { ClientError, describeError } from '../api/client';
import { SidebarItem, SidebarSection } from '../app/sidebar-section';
import { useNavigation } from '../app/navigation';
import { useAsync } from '../ui/use-async';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { buildTagTree, type TagNode } from './tag-tree';
import { useToast } from '../ui/toast';
import './research.css';

/** Rename, recolour and delete for one tag, shown under it in the sidebar. */
function TagMenu({ tag, onDone }: { tag: TagSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const toast = useToast();
  const [name, setName] = useState(tag.name);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<null | 'delete' | { mergeInto: TagSummary }>(null);

  /** Starts a write; its failure shows in the menu's error line. */
  const run = (action: () => Promise<unknown>): void => {
    action().then(onDone, (err: unknown) => setError(describeError(err)));
  };

  const remove = () =>
    run(async () => {
      const deleted = await client.deleteTag({ id: tag.id });
      toast(t('tags.deleted', { name: deleted.name }), () =>
        reportFailure(client.restoreTag(deleted).then(onDone), t('tags.restoreWhat', { name: deleted.name })),
      );
    });

  const rename = async () => {
    try {
      await client.renameTag({ id: tag.id, name });
      onDone();
    } catch (err) {
      // Renaming onto an existing tag is how people merge: offer it.
      if (err instanceof ClientError && err.code === 'DUPLICATE') {
        const target = (await client.listTags()).find((x) => x.name.toLowerCase() === name.trim().toLowerCase());
        if (target) return setConfirm({ mergeInto: target });
      }
      setError(describeError(err));
    }
  };

  return (
    <div className="tag-tree__menu" data-testid="tag-menu">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          reportFailure(rename(), t('tags.renameWhat'));
        }}
      >
        <input
          type="text"
          aria-label={t('tags.name')}
          data-testid="tag-rename-input"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="research-button" data-testid="tag-rename">
          {t('tags.rename')}
        </button>
      </form>
      <label>
        {t('tags.colour')}{' '}
        <input
          type="color"
          data-testid="tag-recolour"
          value={tag.color ?? '#2f5fd0'}
          onChange={(e) => run(() => client.recolourTag({ id: tag.id, color: e.target.value }))}
        />
      </label>
      <button
        type="button"
        className="research-button research-button--danger"
        data-testid="tag-delete"
        onClick={() => (tag.articles > 0 ? setConfirm('delete') : void remove())}
      >
        {t('tags.delete')}
      </button>
      {error ? <p role="alert">{error}</p> : null}
      {confirm === 'delete' ? (
        <ConfirmDialog
          message={t('tags.confirmDelete', { name: tag.name, count: tag.articles })}
          confirmLabel={t('tags.delete')}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            remove();
          }}
        />
      ) : confirm ? (
        <ConfirmDialog
          message={t('tags.confirmMerge', { target: confirm.mergeInto.name, name: tag.name })}
          confirmLabel={t('tags.merge')}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            run(() => client.mergeTags({ sourceIds: [tag.id], targetId: confirm.mergeInto.id }));
          }}
        />
      ) : null}
    </div>
  );
}

function TagTreeNode({ node, depth, onChanged }: { node: TagNode; depth: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const { view, navigate, setQuery } = useNavigation();
  const [open, setOpen] = useState(true);
  const [menu, setMenu] = useState(false);
  const { tag } = node;
  return (
    <div className="tag-tree__node">
      <div className="tag-tree__row">
        {node.children.length > 0 ? (
          <button
            type="button"
            className="tag-tree__menu-button"
            style={{ opacity: 1 }}
            aria-label={open ? t('tags.collapse', { path: node.path }) : t('tags.expand', { path: node.path })}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? '▾' : '▸'}
          </button>
        ) : null}
        {tag ? (
          <SidebarItem
            testId="sidebar-tag"
            name={tag.name}
            icon={depth === 0 ? '#' : '·'}
            label={node.label}
            count={tag.articles}
            active={view.kind === 'library' && view.tag === tag.name}
            onClick={() => {
              setQuery('');
              navigate({ kind: 'library', tag: tag.name });
            }}
          />
        ) : (
          <span className="tag-tree__group" data-testid="sidebar-tag-group" data-name={node.path}>
            # {node.label}
          </span>
        )}
        {tag?.color ? <span className="tag-swatch" style={{ background: tag.color }} aria-hidden="true" /> : null}
        {tag ? (
          <button
            type="button"
            className="tag-tree__menu-button"
            data-testid="tag-actions"
            data-name={tag.name}
            aria-label={t('tags.edit', { name: tag.name })}
            aria-expanded={menu}
            onClick={() => setMenu(!menu)}
          >
            ⋯
          </button>
        ) : null}
      </div>
      {tag && menu ? (
        <TagMenu
          tag={tag}
          onDone={() => {
            setMenu(false);
            onChanged();
          }}
        />
      ) : null}
      {open && node.children.length > 0 ? (
        <div className="tag-tree__children">
          {node.children.map((child) => (
            <TagTreeNode key={child.path} node={child} depth={depth + 1} onChanged={onChanged} />
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** Sidebar: tags as a tree ("story/bytedance" under "story") with counts; a click filters the list. */
export function TagTreeSection() {
  const { t } = useTranslation();
  const client = useClient();
  const { libraryVersion } = useNavigation();
  const tags = useAsync(() => client.listTags(), [client, libraryVersion]);
  const tree = buildTagTree(tags.value ?? []);
  return (
    <SidebarSection title={t('tags.title')}>
      {tags.status === 'error' ? <p className="sidebar-note">{t('tags.loadFailed', { reason: tags.error })}</p> : null}
      {tags.value?.length === 0 ? <p className="sidebar-note">{t('tags.none')}</p> : null}
      {tree.map((node) => (
        <TagTreeNode key={node.path} node={node} depth={0} onChanged={tags.reload} />
      ))}
    </SidebarSection>
  );
}
