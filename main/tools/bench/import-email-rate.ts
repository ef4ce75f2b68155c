import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeMbox } from '../../test-support/make-containers';
import { openTestCore } from '../../test-support/open-test-core';
import { benchMessages } from './containers';

/**
 * E-mails per second for `npm run bench -- import`: the same end-to-end measurement as the
 * `containers` bench (an mbox streamed from disk, each message parsed, stored, indexed,
 * entity-matched and threaded, its senders made person entities), on a fresh library of its own.
 */
export interface EmailImportMeasurement {
  /** Messages stored as articles (attachments not counted). */
  emails: number;
  /** Wall-clock seconds of that import, end to end. */
  seconds: number;
}

/** Why the figure is missing when the measurement failed (never a made-up figure). */
export const EMAILS_NOT_MEASURED_REASON = 'not measured: the mailbox import failed in this run (see the log)';

/** How many generated messages the import bench times (threads of three, 120 words each). */
const EMAILS = 300;

/**
 * Imports a generated mbox of `count` messages into a new library and times it. Returns null
 * (with the reason logged) when not every message was imported.
 */
export async function measureEmailImport(
  count = EMAILS,
  log: (line: string) => void = () => {},
): Promise<EmailImportMeasurement | null> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-emails-'));
  try {
    const mbox = join(dir, 'Inbox.mbox');
    writeFileSync(mbox, makeMbox(benchMessages(count)));
    const core = openTestCore(join(dir, 'library.sqlite'));
    try {
      log(`Importing ${count} e-mails from an mbox...`);
      const start = process.hrtime.bigint();
      const batch = await core.api.importPaths({ paths: [mbox] });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const emails = batch.results.filter((r) => r.member && r.status === 'imported').length;
      if (emails !== count) {
        log(`Only ${emails} of ${count} e-mails were imported; e-mails per second not reported.`);
        return null;
      }
      return { emails, seconds };
    } finally {
      core.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Messages per second from a measurement, or null when there is none (never a made-up figure). */
export function emailsPerSecond(measurement: EmailImportMeasurement | null): number | null {
  if (!measurement || measurement.seconds <= 0) return null;
  return Math.round((measurement.emails / measurement.seconds) * 100) / 100;
}
