import { createReadStream, mkdtempSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMbox } from '../../core/containers/mbox-stream';
import { makeMbox, makeMessage } from '../../test-support/make-containers';
import { makeZip } from '../../test-support/make-zip';
import { openTestCore } from '../../test-support/open-test-core';
import type { Benchmark } from './benchmark';

/**
 * Container import speed, for the import bench's `emailsPerSecond` and `filesPerSecond`:
 * - e-mails per second, end to end (streamed from an mbox, parsed, stored, indexed, threaded),
 *   with the bare mbox split of the same file in the same run as reference;
 * - archive members per second, end to end, from a zip of small pages and text files;
 * - a large generated mbox (1 GB by default, `--sizes MB` to change, `--quick` for 64 MB) streamed through the
 *   reader with peak RSS sampled, to show memory does not grow with the mailbox.
 */
interface ContainersReport {
  emails: number;
  emailsPerSecond: number;
  refMboxSplitPerSecond: number;
  members: number;
  filesPerSecond: number;
  largeMbox: {
    megabytes: number;
    messages: number;
    seconds: number;
    mbPerSecond: number;
    peakRssMb: number;
    baseRssMb: number;
  };
}

const WORDS = 'ministry licence shipment export chips intermediary filing investigator customs broker contract'.split(
  ' ',
);

function body(n: number): string {
  const words = Array.from({ length: 120 }, (_, i) => WORDS[(n * 7 + i * 3) % WORDS.length]);
  return `Message ${n} reference ${n * 7919}. ${words.join(' ')}.`;
}

/** Generated e-mails in threads of three (also timed by the import bench's e-mails per second). */
export function benchMessages(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    makeMessage({
      from: `Sender ${i % 17} <s${i % 17}@example.org>`,
      to: `r${i % 11}@example.org`,
      subject: i % 3 === 0 ? `Topic ${Math.floor(i / 3)}` : `Re: Topic ${Math.floor(i / 3)}`,
      date: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toUTCString(),
      messageId: `<bench-${i}@example.org>`,
      ...(i % 3 !== 0 ? { inReplyTo: `<bench-${i - 1}@example.org>` } : {}),
      body: body(i),
    }),
  );
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e9];
}

export const containersBenchmark: Benchmark = {
  async run(args, log) {
    const arg = (name: string, fallback: number) => {
      const at = args.indexOf(name);
      return at >= 0 ? Number(args[at + 1]) || fallback : fallback;
    };
    const quick = args.includes('--quick');
    const emailCount = quick ? 100 : 500;
    const memberCount = quick ? 100 : 300;
    // `--sizes MB` sets the large mailbox's size (default 1024: the 1 GB mbox).
    const largeMb = arg('--sizes', quick ? 64 : 1024);
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-containers-'));
    try {
      const mboxPath = join(dir, 'Inbox.mbox');
      writeFileSync(mboxPath, makeMbox(benchMessages(emailCount)));
      const [split, splitSeconds] = await timed(async () => {
        let n = 0;
        for await (const m of readMbox(createReadStream(mboxPath, { highWaterMark: 65536 }), 200e6)) if (m.raw) n++;
        return n;
      });
      log(`Importing ${emailCount} e-mails from an mbox…`);
      const core = openTestCore(join(dir, 'library.sqlite'));
      let emailSeconds: number;
      let memberSeconds: number;
      try {
        const [batch, s] = await timed(() => core.api.importPaths({ paths: [mboxPath] }));
        emailSeconds = s;
        const imported = batch.results.filter((r) => r.member && r.status === 'imported').length;
        if (imported !== emailCount) throw new Error(`only ${imported} of ${emailCount} e-mails were imported`);
        log(`Importing a zip of ${memberCount} members…`);
        const zipPath = join(dir, 'archive.zip');
        writeFileSync(
          zipPath,
          makeZip(
            Array.from({ length: memberCount }, (_, i) =>
              i % 2 === 0
                ? {
                    name: `pages/p${i}.html`,
                    data: `<!DOCTYPE html><html lang="en"><head><title>Page ${i}</title></head><body><article><h1>Page ${i}</h1><p>${body(100_000 + i)}</p><p>${body(200_000 + i)}</p></article></body></html>`,
                  }
                : { name: `notes/n${i}.txt`, data: body(300_000 + i) },
            ),
          ),
        );
        const [zipBatch, zs] = await timed(() => core.api.importPaths({ paths: [zipPath] }));
        memberSeconds = zs;
        const ok = zipBatch.results.filter((r) => r.member && r.status === 'imported').length;
        if (ok !== memberCount) throw new Error(`only ${ok} of ${memberCount} members were imported`);
      } finally {
        core.close();
      }

      log(`Writing a ${largeMb} MB mbox and streaming it…`);
      const largePath = join(dir, 'large.mbox');
      const block = Buffer.from(makeMbox(benchMessages(200)));
      const fd = openSync(largePath, 'w');
      let written = 0;
      while (written < largeMb * 1024 * 1024) written += writeSync(fd, block);
      closeSync(fd);
      if (global.gc) global.gc();
      const baseRss = process.memoryUsage().rss;
      let peakRss = baseRss;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
      const [largeCount, largeSeconds] = await timed(async () => {
        let n = 0;
        for await (const m of readMbox(createReadStream(largePath, { highWaterMark: 65536 }), 200e6)) {
          if (m.raw) n++;
          if (n % 5000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
        }
        return n;
      });
      clearInterval(sampler);
      const report: ContainersReport = {
        emails: emailCount,
        emailsPerSecond: Math.round((emailCount / emailSeconds) * 10) / 10,
        refMboxSplitPerSecond: Math.round(split / splitSeconds),
        members: memberCount,
        filesPerSecond: Math.round((memberCount / memberSeconds) * 10) / 10,
        largeMbox: {
          megabytes: Math.round(written / 1024 / 1024),
          messages: largeCount,
          seconds: Math.round(largeSeconds * 10) / 10,
          mbPerSecond: Math.round(written / 1024 / 1024 / largeSeconds),
          peakRssMb: Math.round(peakRss / 1024 / 1024),
          baseRssMb: Math.round(baseRss / 1024 / 1024),
        },
      };
      return report;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  format(report) {
    const r = report as ContainersReport;
    return [
      `E-mails: ${r.emailsPerSecond}/s end to end (${r.emails} from an mbox; bare mbox split in the same run: ${r.refMboxSplitPerSecond}/s)`,
      `Archive members: ${r.filesPerSecond}/s end to end (${r.members} in a zip)`,
      `Large mbox: ${r.largeMbox.megabytes} MB, ${r.largeMbox.messages} messages streamed in ${r.largeMbox.seconds} s (${r.largeMbox.mbPerSecond} MB/s); RSS ${r.largeMbox.baseRssMb} MB before, peak ${r.largeMbox.peakRssMb} MB`,
    ].join('\n');
  },
};
