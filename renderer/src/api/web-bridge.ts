import type {
  ApiArgs,
  ApiError,
  ApiMethod,
  ApiResult,
  ApiValue,
  DossierBridge,
  DossierEventName,
  DossierEvents,
} from '../../../preload/api';
import { EVENT_NAMES } from '../../../preload/api';
import { i18n } from '../i18n/i18n';

type Listener = (payload: unknown) => void;

/** Builds an ApiResult failure without throwing: the web bridge never throws, like IPC. */
function fail(code: ApiError['code'], message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message } };
}

/** Checks that a parsed JSON body has the ApiResult shape before anyone trusts it. */
function isApiResult(body: unknown): body is ApiResult<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  if (body.ok !== false || !('error' in body)) return false;
  const error = body.error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

/**
 * The browser-mode bridge: same-origin `POST /api/invoke` and one shared
 * `EventSource('/api/events')`. Authentication rides on the server's HttpOnly cookie, so
 * this code never sees a token.
 */
export function createWebBridge(base = ''): DossierBridge {
  const listeners = new Map<DossierEventName, Set<Listener>>();
  let source: EventSource | null = null;

  function connectEvents(): void {
    if (source || typeof EventSource === 'undefined') return;
    source = new EventSource(`${base}/api/events`);
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        let payload: unknown;
        try {
          payload = JSON.parse((event as MessageEvent<string>).data);
        } catch {
          return; // a malformed event is dropped; the next one carries fresh state
        }
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  }

  return {
    platform: 'browser',
    async invoke<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<ApiValue<M>>> {
      let response: Response;
      try {
        const requestBody = JSON.stringify({ method, args: args ?? {} });
        response = await fetch(`${base}/api/invoke`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: requestBody,
          // Small calls outlive the page, so a note flushed while the tab closes is still saved
          // (browsers cap keepalive bodies at 64 KB, so uploads go without it).
          keepalive: requestBody.length < 60_000,
        });
      } catch {
        return fail('INTERNAL', i18n.t('errors.serverUnreachable'));
      }
      let body: unknown = null;
      try {
        body = await response.json();
      } catch {
        body = null;
      }
      if (isApiResult(body)) return body as ApiResult<ApiValue<M>>;
      if (response.status === 401) {
        return fail('UNAUTHORIZED', i18n.t('errors.notSignedIn'));
      }
      return fail('INTERNAL', i18n.t('errors.noResult', { status: response.status }));
    },
    on<E extends DossierEventName>(event: E, listener: (payload: DossierEvents[E]) => void): () => void {
      connectEvents();
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      const wrapped = listener as Listener;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
  };
}
