import { join } from 'node:path';
import { browserAttacks } from './attacks-browser';
import { httpAttacks, type Attack } from './attacks-http';
import { startServe } from './serve';
import { peakRssOf, scratchDir, seconds } from './support';

export interface AttacksReport {
  attacks: number;
  attacksAccepted: number;
  accepted: Attack[];
  all: Attack[];
  serverPeakRssMb: number;
  serverStayedUp: boolean;
  seconds: number;
}

/** Browser mode under attack, on loopback only; every attempt is listed with its outcome. */
export async function runAttacks(log: (line: string) => void): Promise<AttacksReport> {
  const start = process.hrtime.bigint();
  const library = join(scratchDir('attacks'), 'library.sqlite');
  const serve = await startServe(library, ['--empty']);
  log('Browser mode under attack: Host headers, traversal, bodies, floods, slow headers, CSRF, cookies...');
  try {
    // The browser goes first: it opens the printed one-time address as a reporter would, and the
    // raw-HTTP attacks then use the session it got (the code works once).
    const fromBrowser = await browserAttacks(serve);
    const all = [...(await httpAttacks(serve)), ...fromBrowser];
    const accepted = all.filter((a) => a.accepted);
    for (const a of accepted) log(`  accepted: ${a.name} (${a.detail})`);
    return {
      attacks: all.length,
      attacksAccepted: accepted.length,
      accepted,
      all,
      serverPeakRssMb: Math.round(peakRssOf(serve.child.pid) ?? 0),
      serverStayedUp: serve.child.exitCode === null && serve.child.signalCode === null,
      seconds: seconds(start),
    };
  } finally {
    await serve.stop();
  }
}
