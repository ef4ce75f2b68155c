import { endQuietlyWhenOutputCloses } from './closed-output';
import { runCli } from './run-cli';

// Entry of the `dossier` command (bin/dossier.cjs loads the built copy of this file).
endQuietlyWhenOutputCloses();
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
