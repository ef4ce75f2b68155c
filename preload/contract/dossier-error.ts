import type { ApiError, ErrorCode } from '../api';

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
