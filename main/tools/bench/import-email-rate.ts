/**
 * The hook for e-mails per second in `npm run bench -- import`. Mailbox import (mbox, .msg, .pst)
 * is built by another branch; until it is merged there is nothing honest to time, so the bench
 * reports `null` with this reason. At merge, the lead passes a real measurement (messages
 * stored, indexed and entity-matched from a mailbox import, and its wall time) to `emailsPerSecond`.
 */
export interface EmailImportMeasurement {
  /** Messages stored as articles (attachments not counted). */
  emails: number;
  /** Wall-clock seconds of that import, end to end. */
  seconds: number;
}

/** Why the figure is missing while no mailbox importer exists in this tree. */
export const EMAILS_NOT_MEASURED_REASON =
  'not measured: mailbox import (issue 15, containers) is not in this branch yet; wire measureEmailImport at merge';

/**
 * Measures the mailbox import. Returns null until the mailbox importer exists: the lead replaces
 * this body with a timed import of a generated mbox at merge.
 */
export function measureEmailImport(): Promise<EmailImportMeasurement | null> {
  return Promise.resolve(null);
}

/** Messages per second from a measurement, or null when there is none (never a made-up figure). */
export function emailsPerSecond(measurement: EmailImportMeasurement | null): number | null {
  if (!measurement || measurement.seconds <= 0) return null;
  return Math.round((measurement.emails / measurement.seconds) * 100) / 100;
}
