import { isApiMethod, type ApiError, type ApiMethod } from '../../../../preload/api';

export type CheckedInvoke =
  { ok: true; method: ApiMethod; args: Record<string, unknown> | undefined } | { ok: false; error: ApiError };

/**
 * Checks the shape of one `dossier:invoke` message before it reaches the core: a known method
 * name and either no argument or one plain object. Each handler then checks its own fields.
 */
export function checkInvokeMessage(method: unknown, args: unknown): CheckedInvoke {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Dossier has no method "${describe(method)}".` } };
  }
  if (args === undefined || args === null) return { ok: true, method, args: undefined };
  if (!isPlainObject(args)) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: `The arguments of ${method} must be one object.` } };
  }
  return { ok: true, method, args };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 80) : typeof value;
}
