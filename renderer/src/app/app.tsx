import { useCallback, useMemo, useRef, useState } from 'react';
import { DropOverlay } from '../import/drop-overlay';
import { ImportReport } from '../import/import-report';
import { ImportButton } from '../import/import-button';
import { useImport } from '../import/use-import';
import { SearchBox } from '../search/search-box';
import { SaveSearchButton } from '../search/save-search-button';
import { ToastProvider } from '../ui/toast';
import { CommandPalette } from '../palette/command-palette';
import { ShortcutsSheet } from '../palette/shortcuts-sheet';
import { NavigationProvider, useNavigation } from './navigation';
import { Sidebar } from './sidebar';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { useUnhandledRejectionToast } from './use-unhandled-rejection-toast';
import { ViewOutlet } from './view-outlet';

/** The window: sidebar, toolbar with search, the current view, and the import layer on top. */
function AppFrame() {
  const { query, setQuery, openArticle } = useNavigation();
  const searchRef = useRef<HTMLInputElement>(null);
  const clearSearch = useCallback(() => setQuery(''), [setQuery]);
  const [overlay, setOverlay] = useState<'palette' | 'shortcuts' | null>(null);
  const overlays = useMemo(
    () => ({
      togglePalette: () => setOverlay((o) => (o === 'palette' ? null : 'palette')),
      showShortcuts: () => setOverlay('shortcuts'),
    }),
    [],
  );
  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);
  // The palette's "Import files…" opens the same file dialog as the toolbar's button.
  const openImport = useCallback(
    () => document.querySelector<HTMLInputElement>('[data-testid="import-file-input"]')?.click(),
    [],
  );
  useGlobalShortcuts(searchRef, clearSearch, overlays);
  useUnhandledRejectionToast();
  const imports = useImport();

  return (
    <div className="app-shell" data-testid="app-shell">
      <Sidebar />
      <main className="main">
        <div className="toolbar">
          <SearchBox
            ref={searchRef}
            query={query}
            setQuery={setQuery}
            onSubmit={() => document.querySelector<HTMLElement>('[data-testid="search-hits"]')?.focus()}
          />
          <SaveSearchButton query={query} />
          <div className="toolbar__spacer" />
          <ImportButton onFiles={imports.importFiles} onOpen={imports.prepare} />
        </div>
        <ViewOutlet />
      </main>
      {imports.visible ? (
        <ImportReport
          state={imports.state}
          canRetry={imports.canRetry}
          onOpen={(id) => openArticle(id)}
          onRetry={imports.retry}
          onCancel={imports.cancel}
          onClose={imports.close}
        />
      ) : null}
      <DropOverlay onDrop={imports.importDrop} onFilesEnter={imports.prepare} />
      {overlay === 'palette' ? (
        <CommandPalette
          onClose={() => setOverlay(null)}
          focusSearch={focusSearch}
          openImport={openImport}
          showShortcuts={overlays.showShortcuts}
        />
      ) : null}
      {overlay === 'shortcuts' ? <ShortcutsSheet onClose={() => setOverlay(null)} /> : null}
    </div>
  );
}

/** The Dossier app. Expects a ClientProvider above it. */
export function App() {
  return (
    <NavigationProvider>
      <ToastProvider>
        <AppFrame />
      </ToastProvider>
    </NavigationProvider>
  );
}
