#!/usr/bin/env node
// The `dossier` command. It runs the built CLI (out/main/cli.js); `npm install` builds it.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(
    `dossier needs Node.js 22 or newer (this is ${process.version}). Run it through npm (npx dossier ..., npm run ...), ` +
      'which uses the Node 22 installed with the project, or install Node 22.\n',
  );
  process.exit(2);
}
const cli = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write(
    'dossier is not built yet. Run "npm install" (or "npm run build") in the project folder first.\n',
  );
  process.exit(2);
}
require(cli);
