import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, scratchDir, seconds } from './support';

/**
 * Packaging smoke: electron-builder (the project's electron-builder.yml, `--linux dir`) with a
 * stand-in Electron distribution (`electronDist` pointing at a folder with a fake `electron`
 * script), so nothing is downloaded. The built app.asar must hold the built main, preload,
 * renderer and workers, and better-sqlite3's .node file must sit in app.asar.unpacked.
 */
export interface PackagingReport {
  built: boolean;
  asar: string | null;
  entries: number;
  expected: Record<string, boolean>;
  missing: string[];
  downloads: string[];
  /** The fuse wire of the packaged binary after electron-builder flipped it. */
  fuses?: Record<string, string>;
  log: string;
  seconds: number;
}

/** @electron/fuses' marker before the fuse wire in an Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_NAMES = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
];

const EXPECTED_IN_ASAR = [
  '/out/main/index.js',
  '/out/main/import-worker.js',
  '/out/main/entities-worker.js',
  '/out/main/families-worker.js',
  '/out/main/wal-checkpoint-worker.js',
  '/out/main/ocr-render-worker.js',
  '/out/preload/index.js',
  '/out/renderer/index.html',
  '/package.json',
  '/node_modules/better-sqlite3/package.json',
  // OCR works offline only if the engine and every language's trained data ship with the app.
  '/node_modules/tesseract.js/package.json',
  '/node_modules/tesseract.js-core/package.json',
  // Tesseract's worker script (started by path with worker_threads) and the WebAssembly builds it
  // picks from by CPU (relaxed SIMD, SIMD, plain; LSTM-only, and the legacy one osd needs), read with fs.
  '/node_modules/tesseract.js/src/worker-script/node/index.js',
  ...['relaxedsimd-lstm', 'simd-lstm', 'lstm', 'relaxedsimd', 'simd', ''].map(
    (build) => `/node_modules/tesseract.js-core/tesseract-core${build === '' ? '' : `-${build}`}.wasm`,
  ),
  ...['eng', 'fra', 'deu', 'chi_sim', 'osd'].map(
    (code) => `/node_modules/@tesseract.js-data/${code}/4.0.0_best_int/${code}.traineddata.gz`,
  ),
];

function fakeElectron(dir: string): void {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  // A shell script, then the fuse wire @electron/fuses looks for (sentinel, version 1, 8 fuses all
  // enabled), so electron-builder's electronFuses step runs on it as on a real binary.
  const script = Buffer.from('#!/bin/sh\necho "stand-in Electron for the packaging smoke test"\nexit 0\n# ');
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, 8]), Buffer.alloc(8, 49), Buffer.from('\n')]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([script, wire]));
  chmodSync(join(dir, 'electron'), 0o755);
  for (const f of ['LICENSE', 'LICENSES.chromium.html', 'resources.pak', 'chrome_100_percent.pak', 'icudtl.dat'])
    writeFileSync(join(dir, f), '');
  writeFileSync(join(dir, 'version'), '45.5.0');
}

function electronBuilder(args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [join(cwd, 'node_modules', 'electron-builder', 'cli.js'), ...args], {
    cwd,
    env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true', CI: 'true' },
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 8 * 60_000);
  return new Promise((done) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    }),
  );
}

export async function runPackagingSmoke(log: (line: string) => void): Promise<PackagingReport> {
  const start = process.hrtime.bigint();
  const root = scratchDir('packaging');
  const dist = join(root, 'electron-dist');
  fakeElectron(dist);
  const output = join(root, 'dist');
  log('Packaging smoke: electron-builder --linux dir with a stand-in Electron (no download)...');
  const run = await electronBuilder(
    [
      '--linux',
      'dir',
      `-c.electronDist=${dist}`,
      `-c.directories.output=${output}`,
      '-c.electronVersion=45.5.0',
      '--publish',
      'never',
    ],
    projectRoot(),
  );
  const downloads = run.output
    .split('\n')
    .filter((l) => /download|https?:\/\//i.test(l))
    .map((l) => l.trim().slice(0, 200));
  const asar = join(output, 'linux-unpacked', 'resources', 'app.asar');
  const report: PackagingReport = {
    built: existsSync(asar),
    asar: existsSync(asar) ? asar : null,
    entries: 0,
    expected: {},
    missing: [],
    downloads,
    log: run.output.split('\n').slice(-12).join('\n'),
    seconds: 0,
  };
  if (report.built) {
    // `asar list` from @electron/asar (run, not bundled: it requires Electron's original-fs when present).
    const asarCli = join(projectRoot(), 'node_modules', '@electron', 'asar', 'bin', 'asar.js');
    const listing = execFileSync(process.execPath, [asarCli, 'list', asar], { maxBuffer: 256 * 1024 * 1024 });
    const entries = new Set(
      listing
        .toString('utf8')
        .split('\n')
        .map((e) => e.trim().replace(/\\/g, '/')),
    );
    report.entries = entries.size;
    for (const e of EXPECTED_IN_ASAR) report.expected[e] = entries.has(e);
    // better-sqlite3 13 loads prebuilds/<platform>-<arch>.node; older ones build/Release/better_sqlite3.node.
    const unpacked = join(output, 'linux-unpacked', 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    const native = [
      join(unpacked, 'prebuilds', `linux-${process.arch}.node`),
      join(unpacked, 'build', 'Release', 'better_sqlite3.node'),
    ];
    report.expected[`app.asar.unpacked: better-sqlite3 .node for linux-${process.arch}`] = native.some((p) =>
      existsSync(p),
    );
    const canvasDir = join(output, 'linux-unpacked', 'resources', 'app.asar.unpacked', 'node_modules', '@napi-rs');
    report.expected[`app.asar.unpacked: @napi-rs/canvas .node for linux-${process.arch}`] =
      existsSync(canvasDir) &&
      readdirSync(canvasDir).some(
        (d) =>
          d.startsWith(`canvas-linux-${process.arch}`) &&
          readdirSync(join(canvasDir, d)).some((f) => f.endsWith('.node')),
      );
  }
  const binary = join(output, 'linux-unpacked', 'dossier');
  if (existsSync(binary)) {
    const bytes = readFileSync(binary);
    const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2;
    report.fuses = Object.fromEntries(FUSE_NAMES.map((name, i) => [name, bytes[at + i] === 49 ? 'on' : 'off']));
  }
  report.missing = Object.entries(report.expected)
    .filter(([, ok]) => !ok)
    .map(([e]) => e);
  if (!report.built) report.missing.push('app.asar (electron-builder failed, see log)');
  report.seconds = seconds(start);
  return report;
}
