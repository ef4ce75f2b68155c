#!/usr/bin/env node
// First step of `npm run test:e2e`: the end-to-end tests drive the system Chromium
// (playwright.config.ts reads DOSSIER_CHROMIUM, else /usr/bin/chromium). Without it every spec
// fails after its timeout, two minutes of identical failures; this says what is missing at once.
import { accessSync, constants, existsSync, statSync } from 'node:fs';

const APT_LINE = 'sudo apt-get install -y chromium poppler-utils fonts-noto-core fonts-noto-cjk';
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** True when `path` is a file this user may run. */
function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const fromEnv = process.env.DOSSIER_CHROMIUM;
const chromium = fromEnv ?? DEFAULT_CHROMIUM;
if (!isExecutableFile(chromium)) {
  const where = fromEnv
    ? `DOSSIER_CHROMIUM is set to ${chromium}, which is not an executable file`
    : `there is no Chromium at ${DEFAULT_CHROMIUM}`;
  process.stderr.write(
    `The end-to-end tests cannot run: they drive the real app in Chromium, and ${where}. ` +
      `On Debian or Ubuntu install it, with the tools and fonts the PDF brief tests use: "${APT_LINE}". ` +
      'To use a Chromium installed elsewhere, set DOSSIER_CHROMIUM to its path ' +
      '(e.g. DOSSIER_CHROMIUM=/opt/chromium/chrome npm test).\n',
  );
  process.exit(1);
}
if (!existsSync('/usr/bin/pdftotext') || !existsSync('/usr/bin/pdftoppm')) {
  process.stderr.write(
    `Note: poppler-utils is not installed, so the PDF brief checks will be skipped ("${APT_LINE}" installs it).\n`,
  );
}
