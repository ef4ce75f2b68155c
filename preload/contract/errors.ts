/**
 * Errors as they cross the contract: stable codes, the data shape every transport sends, and
 * the one error class the core throws.
 */

/** Stable error codes. Scripts and the UI branch on these; messages are for people. */
export const ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'UNSUPPORTED_FORMAT',
  'FILE_TOO_LARGE',
  'CORRUPT_FILE',
  'ENCRYPTED',
  'EMPTY',
  'TIMEOUT',
  'CANCELLED',
  'DUPLICATE',
  'DB_NEWER_THAN_APP',
  'DB_LOCKED',
  'DB_CORRUPT',
  'DB_NOT_A_LIBRARY',
  'DISK_FULL',
  'NOT_ATTEMPTED',
  'TRUNCATED',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as it crosses a boundary: data, never a thrown object. */
export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** Every transport wraps every result in this shape. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * The one error type the core throws. It carries a stable code and a message a reporter can
 * act on; transports turn it into `{ ok: false, error }` data.
 */
export class DossierError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DossierError';
    this.code = code;
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message };
  }
}

/** Turns anything thrown into an ApiError; unknown errors become INTERNAL with a short message. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof DossierError) return err.toApiError();
  return { code: 'INTERNAL', message: 'Something went wrong inside Dossier. The details were written to the log.' };
}

export function isDossierError(err: unknown, code?: ErrorCode): err is DossierError {
  return err instanceof DossierError && (code === undefined || err.code === code);
}
