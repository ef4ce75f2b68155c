#!/usr/bin/env node
// `npm start`: builds the app and launches it in Electron, passing arguments through
// (e.g. `npm start -- --library ~/stories/gpu.sqlite`). When the Electron binary is missing,
// it says so and how to fix it, instead of failing deep inside a download attempt.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/**
 * The path of the installed Electron binary, or null. Reads what the `electron` package's
 * install script recorded, without calling `require('electron')`, which would try to download
 * the binary (and hang or fail on a machine without internet).
 */
function findElectronBinary() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? join(override, relative || 'electron')
    : relative
      ? join(packageDir, 'dist', relative)
      : null;
  return binary !== null && existsSync(binary) ? binary : null;
}

const electron = findElectronBinary();
if (electron === null) {
  console.error(
    [
      'Dossier’s desktop app needs the Electron runtime, which is not installed on this machine: it is a separate',
      'download from GitHub, not part of `npm install`. To install it, run `node node_modules/electron/install.js`',
      '(with `ELECTRON_MIRROR=https://your-mirror/electron/` in front to use a mirror you can reach), or copy the release',
      'zip for your platform (electron-v45.x.y-<os>-<arch>.zip with its SHASUMS256.txt) into Electron’s cache or a folder',
      'named by `electron_config_cache` and run that command; the README’s “Offline machines” section has the details.',
      'Meanwhile, `npm run serve` opens the same app in your web browser.',
    ].join('\n'),
  );
  process.exit(1);
}

const build = spawnSync(
  process.execPath,
  [join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), 'build'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

// ELECTRON_RUN_AS_NODE (set by some tools) would start a bare Node instead of the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, [root, ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: 'inherit',
  windowsHide: false,
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
