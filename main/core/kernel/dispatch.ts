import { isApiMethod, type ApiMethod, type ApiResult, type DossierApi } from '../../../preload/api';
import { translateStorageError } from '../../../db/write-transaction';
import { DossierError, toApiError } from '../../../preload/contract/errors';

export type Logger = (message: string, err?: unknown) => void;

const defaultLogger: Logger = (message, err) => console.error(`[dossier] ${message}`, err);

/**
 * Calls one API method by name with untrusted arguments and wraps the outcome as data. Used by
 * every transport (IPC router, HTTP, CLI), so raw errors never cross a boundary.
 */
export async function dispatch(
  api: DossierApi,
  method: unknown,
  args: unknown,
  log: Logger = defaultLogger,
): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Dossier has no method "${String(method)}".` } };
  }
  if (args !== undefined && args !== null && (typeof args !== 'object' || Array.isArray(args))) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: `The arguments of ${method} must be one object.` } };
  }
  try {
    const fn = api[method] as (a: unknown) => Promise<unknown>;
    const value = await fn.call(api, args ?? {});
    return { ok: true, value: value ?? null };
  } catch (thrown) {
    // A full disk or a long-held lock is the reporter's to act on, not an internal error.
    const err = translateStorageError(thrown);
    if (!(err instanceof DossierError)) log(`${method as ApiMethod} failed`, err);
    return { ok: false, error: toApiError(err) };
  }
}
