import { useEffect, useMemo, useState } from 'react';
import type {
  ArticleId,
  BriefDefinition,
  BriefFormat,
  BriefId,
  BriefPreview as Preview,
  NoteId,
  SavedBrief,
} from '../../../preload/api';
import { describeError } from '../api/client';
import { useClient } from '../api/client-context';
import { useReportFailure } from '../ui/use-report-failure';
import { useNavigation } from '../app/navigation';
import { useAsync } from '../ui/use-async';
import { BriefPreview } from './brief-preview';
import { initialSections, SectionsEditor, type SectionState } from './brief-sections';
import { downloadBriefFile } from './download';
import { SavedBriefs } from './saved-briefs';
import './brief.css';

type ScopeKind = 'tag' | 'query' | 'ids';
const PREVIEW_DELAY_MS = 350;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function parseIds(text: string): ArticleId[] {
  return text
    .split(/[\s,]+/)
    .map(Number)
    .filter((n) => Number.isSafeInteger(n) && n > 0) as ArticleId[];
}

/** The Brief view: choose a scope and sections, watch the live preview, export PDF, Markdown or HTML. */
export function BriefView({ initialTag }: { initialTag?: string | null }) {
  const client = useClient();
  const reportFailure = useReportFailure();
  const { libraryVersion } = useNavigation();
  const tags = useAsync(() => client.listTags(), [client, libraryVersion]);
  const notes = useAsync(() => client.listNotes({}), [client, libraryVersion]);

  const [scopeKind, setScopeKind] = useState<ScopeKind>('tag');
  const [tag, setTag] = useState(initialTag ?? '');
  const [query, setQuery] = useState('');
  const [idsText, setIdsText] = useState('');
  const [title, setTitle] = useState('Research brief');
  const [author, setAuthor] = useState('');
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>('A4');
  const [sections, setSections] = useState<SectionState[]>(initialSections());
  const [summaryNoteId, setSummaryNoteId] = useState<NoteId | null>(null);
  const [importedAfter, setImportedAfter] = useState<string | null>(null);
  const [savedId, setSavedId] = useState<BriefId | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!tag && tags.value?.[0]) setTag(tags.value[0].name);
  }, [tag, tags.value]);

  const definition = useMemo<BriefDefinition | null>(() => {
    const scope =
      scopeKind === 'tag'
        ? tag
          ? { kind: 'tag' as const, tag }
          : null
        : scopeKind === 'query'
          ? query.trim()
            ? { kind: 'query' as const, query }
            : null
          : parseIds(idsText).length
            ? { kind: 'ids' as const, ids: parseIds(idsText) }
            : null;
    if (!scope || !title.trim()) return null;
    return {
      title,
      scope,
      pageSize,
      sections: sections.filter((s) => s.on).map((s) => s.id),
      ...(author.trim() ? { author } : {}),
      ...(summaryNoteId !== null ? { summaryNoteId } : {}),
      ...(importedAfter ? { importedAfter } : {}),
    };
  }, [scopeKind, tag, query, idsText, title, author, pageSize, sections, summaryNoteId, importedAfter]);

  useEffect(() => {
    if (!definition) return;
    let current = true;
    const timer = setTimeout(() => {
      client.previewBrief({ definition }).then(
        (p) => {
          if (current) {
            setPreview(p);
            setPreviewError(null);
          }
        },
        (err: unknown) => {
          if (current) setPreviewError(describeError(err));
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, definition, libraryVersion]);

  async function exportAs(format: BriefFormat) {
    if (!definition) return;
    setBusy(true);
    setStatus(`Exporting ${format.toUpperCase()}…`);
    try {
      const file = await client.exportBrief({
        definition,
        format,
        ...(savedId !== null ? { savedBriefId: savedId } : {}),
      });
      downloadBriefFile(file);
      setStatus(`Exported ${file.fileName}: ${file.articles} articles${file.pages ? `, ${file.pages} pages` : ''}.`);
    } catch (err) {
      setStatus(`Export failed: ${describeError(err)}`);
    } finally {
      setBusy(false);
    }
  }

  function load(saved: SavedBrief, since: boolean) {
    const d = saved.definition;
    setSavedId(saved.id);
    setTitle(d.title);
    setAuthor(d.author ?? '');
    setPageSize(d.pageSize ?? 'A4');
    setSections(initialSections(d.sections));
    setSummaryNoteId(d.summaryNoteId ?? null);
    setScopeKind(d.scope.kind);
    if (d.scope.kind === 'tag') setTag(d.scope.tag);
    if (d.scope.kind === 'query') setQuery(d.scope.query);
    if (d.scope.kind === 'ids') setIdsText(d.scope.ids.join(', '));
    setImportedAfter(since ? saved.lastRunAt : null);
  }

  return (
    <div className="brief-view" data-testid="view-brief">
      <form className="brief-form" onSubmit={(e) => e.preventDefault()} aria-label="Brief definition">
        <h2 className="list-pane__title">Brief</h2>
        <label>
          Title <input data-testid="brief-title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Author <input data-testid="brief-author" value={author} onChange={(e) => setAuthor(e.target.value)} />
        </label>
        <fieldset>
          <legend>Scope</legend>
          <select
            data-testid="brief-scope-kind"
            value={scopeKind}
            onChange={(e) => setScopeKind(e.target.value as ScopeKind)}
            aria-label="Scope kind"
          >
            <option value="tag">Tag</option>
            <option value="query">Search</option>
            <option value="ids">Article ids</option>
          </select>
          {scopeKind === 'tag' ? (
            <select data-testid="brief-scope-tag" value={tag} onChange={(e) => setTag(e.target.value)} aria-label="Tag">
              {(tags.value ?? []).map((t) => (
                <option key={t.id} value={t.name}>
                  {t.name} ({t.articles})
                </option>
              ))}
            </select>
          ) : scopeKind === 'query' ? (
            <input
              data-testid="brief-scope-query"
              value={query}
              placeholder="export controls AND nvidia"
              onChange={(e) => setQuery(e.target.value)}
              aria-label="Search query"
            />
          ) : (
            <input
              data-testid="brief-scope-ids"
              value={idsText}
              placeholder="12, 15, 31"
              onChange={(e) => setIdsText(e.target.value)}
              aria-label="Article ids"
            />
          )}
          {importedAfter ? (
            <p className="brief-since" data-testid="brief-since">
              Only articles collected after {importedAfter.slice(0, 16).replace('T', ' ')}{' '}
              <button type="button" onClick={() => setImportedAfter(null)}>
                Show all
              </button>
            </p>
          ) : null}
        </fieldset>
        <fieldset>
          <legend>Sections</legend>
          <SectionsEditor sections={sections} onChange={setSections} />
        </fieldset>
        <label>
          Summary note
          <select
            data-testid="brief-summary-note"
            value={summaryNoteId ?? ''}
            onChange={(e) => setSummaryNoteId(e.target.value ? (Number(e.target.value) as NoteId) : null)}
          >
            <option value="">None</option>
            {(notes.value ?? []).map((n) => (
              <option key={n.id} value={n.id}>
                {n.body.split('\n')[0]!.slice(0, 60) || `Note ${n.id}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          Page size
          <select
            data-testid="brief-page-size"
            value={pageSize}
            onChange={(e) => setPageSize(e.target.value as 'A4' | 'Letter')}
          >
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </label>
        <div className="brief-actions">
          {(['pdf', 'md', 'html'] as const).map((f) => (
            <button
              key={f}
              type="button"
              className="button"
              data-testid={`brief-export-${f}`}
              disabled={!definition || busy}
              onClick={() => reportFailure(exportAs(f), `export the brief as ${f.toUpperCase()}`)}
            >
              Export {f === 'md' ? 'Markdown' : f.toUpperCase()}
            </button>
          ))}
        </div>
        {status ? (
          <p role="status" data-testid="brief-export-status">
            {status}
          </p>
        ) : null}
        <SavedBriefs definition={definition} savedId={savedId} onSaved={setSavedId} onLoad={load} />
      </form>
      <div className="brief-preview-pane">
        <p className="brief-preview-pane__info" data-testid="brief-preview-info">
          {definition
            ? preview
              ? `${plural(preview.articles, 'article')} · ${plural(preview.quotes, 'quote')}`
              : 'Preparing the preview…'
            : 'Choose a scope and a title to see the brief.'}
        </p>
        {previewError ? <p role="alert">The preview failed: {previewError}</p> : null}
        {preview && definition ? <BriefPreview html={preview.html} /> : null}
      </div>
    </div>
  );
}
