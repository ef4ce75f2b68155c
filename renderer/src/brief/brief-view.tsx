import { useTranslation } from 'react-i18next';
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
import { formatDateTime } from '../ui/format';
import { AVAILABLE_LANGUAGES } from '../../../preload/contract/locales';
import { useLanguage } from '../i18n/language-provider';
import { nativeLanguageName } from '../i18n/native-language-name';
import { BriefPreview } from './brief-preview';
import { initialSections, SectionsEditor, type SectionState } from './brief-sections';
import { downloadBriefFile } from './download';
import { SavedBriefs } from './saved-briefs';
import './brief.css';

type ScopeKind = 'tag' | 'query' | 'ids';
const PREVIEW_DELAY_MS = 350;

/** A format's name as people say it (a brand or an acronym, the same in every language). */
function formatName(format: 'pdf' | 'md' | 'html'): string {
  return format === 'md' ? 'Markdown' : format.toUpperCase();
}

function parseIds(text: string): ArticleId[] {
  return text
    .split(/[\s,]+/)
    .map(Number)
    .filter((n) => Number.isSafeInteger(n) && n > 0) as ArticleId[];
}

/** The Brief view: choose a scope and sections, watch the live preview, export PDF, Markdown or HTML. */
export function BriefView({ initialTag }: { initialTag?: string | null }) {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const { libraryVersion } = useNavigation();
  const tags = useAsync(() => client.listTags(), [client, libraryVersion]);
  const notes = useAsync(() => client.listNotes({}), [client, libraryVersion]);

  const [scopeKind, setScopeKind] = useState<ScopeKind>('tag');
  const [tag, setTag] = useState(initialTag ?? '');
  const [query, setQuery] = useState('');
  const [idsText, setIdsText] = useState('');
  const [title, setTitle] = useState(() => t('brief.defaultTitle'));
  const [author, setAuthor] = useState('');
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>('A4');
  const interfaceLanguage = useLanguage().language;
  // null: the brief's fixed words follow the interface language.
  const [briefLanguage, setBriefLanguage] = useState<string | null>(null);
  const language = briefLanguage ?? interfaceLanguage;
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
      language,
      sections: sections.filter((s) => s.on).map((s) => s.id),
      ...(author.trim() ? { author } : {}),
      ...(summaryNoteId !== null ? { summaryNoteId } : {}),
      ...(importedAfter ? { importedAfter } : {}),
    };
  }, [scopeKind, tag, query, idsText, title, author, pageSize, language, sections, summaryNoteId, importedAfter]);

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
    setStatus(t('brief.exporting', { format: formatName(format) }));
    try {
      const file = await client.exportBrief({
        definition,
        format,
        ...(savedId !== null ? { savedBriefId: savedId } : {}),
      });
      downloadBriefFile(file);
      setStatus(
        file.pages
          ? t('brief.exportedPages', {
              file: file.fileName,
              articles: t('brief.articles', { count: file.articles }),
              count: file.pages,
            })
          : t('brief.exported', { file: file.fileName, count: file.articles }),
      );
    } catch (err) {
      setStatus(t('brief.exportFailed', { reason: describeError(err) }));
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
      <form className="brief-form" onSubmit={(e) => e.preventDefault()} aria-label={t('brief.formLabel')}>
        <h2 className="list-pane__title">{t('brief.heading')}</h2>
        <label>
          {t('brief.title')}{' '}
          <input data-testid="brief-title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('brief.author')}{' '}
          <input data-testid="brief-author" value={author} onChange={(e) => setAuthor(e.target.value)} />
        </label>
        <fieldset>
          <legend>{t('brief.scope')}</legend>
          <select
            data-testid="brief-scope-kind"
            value={scopeKind}
            onChange={(e) => setScopeKind(e.target.value as ScopeKind)}
            aria-label={t('brief.scopeKind')}
          >
            <option value="tag">{t('brief.scopeTag')}</option>
            <option value="query">{t('brief.scopeQuery')}</option>
            <option value="ids">{t('brief.scopeIds')}</option>
          </select>
          {scopeKind === 'tag' ? (
            <select
              data-testid="brief-scope-tag"
              value={tag}
              onChange={(e) => setTag(e.target.value)}
              aria-label={t('brief.scopeTag')}
            >
              {(tags.value ?? []).map((tagRow) => (
                <option key={tagRow.id} value={tagRow.name}>
                  {tagRow.name} ({tagRow.articles})
                </option>
              ))}
            </select>
          ) : scopeKind === 'query' ? (
            <input
              data-testid="brief-scope-query"
              value={query}
              placeholder={t('brief.queryExample')}
              onChange={(e) => setQuery(e.target.value)}
              aria-label={t('brief.queryLabel')}
            />
          ) : (
            <input
              data-testid="brief-scope-ids"
              value={idsText}
              placeholder="12, 15, 31"
              onChange={(e) => setIdsText(e.target.value)}
              aria-label={t('brief.scopeIds')}
            />
          )}
          {importedAfter ? (
            <p className="brief-since" data-testid="brief-since">
              {t('brief.collectedAfter', { date: formatDateTime(importedAfter) })}{' '}
              <button type="button" onClick={() => setImportedAfter(null)}>
                {t('brief.showAll')}
              </button>
            </p>
          ) : null}
        </fieldset>
        <fieldset>
          <legend>{t('brief.sections')}</legend>
          <SectionsEditor sections={sections} onChange={setSections} />
        </fieldset>
        <label>
          {t('brief.summaryNote')}
          <select
            data-testid="brief-summary-note"
            value={summaryNoteId ?? ''}
            onChange={(e) => setSummaryNoteId(e.target.value ? (Number(e.target.value) as NoteId) : null)}
          >
            <option value="">{t('brief.none')}</option>
            {(notes.value ?? []).map((n) => (
              <option key={n.id} value={n.id}>
                {n.body.split('\n')[0]!.slice(0, 60) || t('brief.noteNumber', { id: n.id })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('brief.pageSize')}
          <select
            data-testid="brief-page-size"
            value={pageSize}
            onChange={(e) => setPageSize(e.target.value as 'A4' | 'Letter')}
          >
            <option value="A4">{t('brief.a4')}</option>
            <option value="Letter">{t('brief.letter')}</option>
          </select>
        </label>
        <label>
          {t('brief.language')}
          <select
            data-testid="brief-language"
            value={briefLanguage ?? ''}
            onChange={(e) => setBriefLanguage(e.target.value || null)}
          >
            <option value="">{t('brief.languageInterface')}</option>
            {AVAILABLE_LANGUAGES.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {nativeLanguageName(lang)}
              </option>
            ))}
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
              onClick={() => reportFailure(exportAs(f), t('brief.exportWhat', { format: formatName(f) }))}
            >
              {t('brief.exportAs', { format: formatName(f) })}
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
              ? t('brief.previewInfo', {
                  articles: t('brief.articles', { count: preview.articles }),
                  quotes: t('brief.quotes', { count: preview.quotes }),
                })
              : t('brief.preparing')
            : t('brief.chooseScope')}
        </p>
        {previewError ? <p role="alert">{t('brief.previewFailed', { reason: previewError })}</p> : null}
        {preview && definition ? <BriefPreview html={preview.html} /> : null}
      </div>
    </div>
  );
}
