import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { DossierEventName, DossierEvents } from '../../../preload/api';
import type { DossierClient } from './client';

const ClientContext = createContext<DossierClient | null>(null);

/** Makes one client available to the whole tree (the real one in the app, a fake in tests). */
export function ClientProvider({ client, children }: { client: DossierClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

/** The client of the nearest ClientProvider. */
export function useClient(): DossierClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient() needs a <ClientProvider> above it.');
  return client;
}

/** Subscribes to one core event for the component's lifetime; the latest handler is always called. */
export function useDossierEvent<E extends DossierEventName>(
  event: E,
  handler: (payload: DossierEvents[E]) => void,
): void {
  const client = useClient();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => client.on(event, (payload) => latest.current(payload)), [client, event]);
}
