import { LibraryView } from '../library/library-view';
import { NotesView } from '../research/notes-view';
import { QuoteBankView } from '../research/quote-bank-view';
import { BriefView } from '../brief/brief-view';
import { EntityView } from '../entities/entity-view';
import { SuggestionsView } from '../entities/suggestions-view';
import { WatchlistsView } from '../entities/watchlists-view';
import { NetworkView } from '../network/network-view';
import { TimelineView } from '../timeline/timeline-view';
import { useNavigation } from './navigation';
import { ViewErrorBoundary } from './view-error-boundary';
import type { View } from './view-state';

/** Renders the current view, inside an error boundary so a view that throws cannot blank the window. */
export function ViewOutlet() {
  const { view } = useNavigation();
  return (
    <ViewErrorBoundary resetKey={JSON.stringify(view)}>
      <CurrentView view={view} />
    </ViewErrorBoundary>
  );
}

/** Each new view kind in view-state.ts gets one case here. */
function CurrentView({ view }: { view: View }) {
  switch (view.kind) {
    case 'brief':
      return <BriefView />;
    case 'library':
      return <LibraryView tag={view.tag} />;
    case 'notes':
      return <NotesView />;
    case 'quotes':
      return <QuoteBankView />;
    case 'entity':
      return <EntityView id={view.id} />;
    case 'suggestions':
      return <SuggestionsView />;
    case 'watchlists':
      return <WatchlistsView />;
    case 'network':
      return <NetworkView scope={view.scope} />;
    case 'timeline':
      return <TimelineView scope={view.scope} name={view.name} />;
  }
}
