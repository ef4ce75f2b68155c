import { LibraryView } from '../library/library-view';
import { NotesView } from '../research/notes-view';
import { QuoteBankView } from '../research/quote-bank-view';
import { BriefView } from '../brief/brief-view';
import { EntityView } from '../entities/entity-view';
import { SuggestionsView } from '../entities/suggestions-view';
import { WatchlistsView } from '../entities/watchlists-view';
import { useNavigation } from './navigation';

/** Renders the current view. Each new view kind in view-state.ts gets one case here. */
export function ViewOutlet() {
  const { view } = useNavigation();
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
  }
}
