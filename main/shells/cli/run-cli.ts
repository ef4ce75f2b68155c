import { parseArgs } from 'node:util';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ErrorCode } from '../../../preload/api';
import { DossierError, toApiError } from '../../../preload/contract/errors';
import { openCore, type Core } from '../../core';
import { EXIT, type CliCommand, type OptionSpec } from './command';
import { COMMANDS } from './commands';
import { resolveLibraryPath } from './library-path';
import { formatError, terminalText } from './output';

const COMMON_OPTIONS: OptionSpec = {
  library: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

const LIBRARY_ERRORS: readonly ErrorCode[] = ['DB_NEWER_THAN_APP', 'DB_LOCKED', 'DB_CORRUPT', 'DB_NOT_A_LIBRARY'];

export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  env: NodeJS.ProcessEnv;
}

const processIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Dossier: an offline research desk for journalists.',
    '',
    'Usage: dossier COMMAND [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command:',
    "  --library PATH  the library file (default: $DOSSIER_LIBRARY, else the desktop app's library)",
    '  --json          machine-readable output on stdout',
    '  --help          help for a command, e.g. dossier list --help',
    '',
    'Exit codes: 0 success, 1 something failed, 2 bad usage, 3 the library cannot be opened.',
  ].join('\n');
}

function commandHelp(command: CliCommand): string {
  return [`Usage: ${command.usage}`, '', command.summary, ...(command.help ? ['', command.help] : [])].join('\n');
}

/** Runs one CLI invocation and resolves to its exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(topic ? commandHelp(topic) : overview());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout('0.1.0');
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`dossier: unknown command "${name}". Run "dossier --help" to see the commands.`);
    return EXIT.usage;
  }

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    io.stderr(`dossier ${command.name}: ${(err as Error).message.split('\n')[0]}. Usage: ${command.usage}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  const spec = command.positionals ?? { min: 0, max: 0, name: '' };
  if (positionals.length < spec.min || (spec.max !== undefined && positionals.length > spec.max)) {
    const problem = positionals.length < spec.min ? `missing ${spec.name}` : `too many arguments`;
    io.stderr(`dossier ${command.name}: ${problem}. Usage: ${command.usage}`);
    return EXIT.usage;
  }

  const json = values.json === true;
  const libraryPath = resolveLibraryPath(typeof values.library === 'string' ? values.library : undefined, io.env);
  let core: Core | undefined;
  try {
    return await command.run({
      values,
      positionals,
      json,
      libraryPath,
      // People read stdout without --json, and stderr always: what a terminal would act on is escaped.
      print: json ? io.stdout : (line) => io.stdout(terminalText(line)),
      warn: (line) => io.stderr(terminalText(line)),
      openCore(options = {}) {
        if (!core) {
          mkdirSync(dirname(libraryPath), { recursive: true });
          core = openCore(libraryPath, options);
        }
        return core;
      },
    });
  } catch (err) {
    const error = toApiError(err);
    if (!(err instanceof DossierError)) io.stderr(terminalText(String((err as Error)?.stack ?? err)));
    if (json) io.stdout(formatError(error, json));
    else io.stderr(terminalText(formatError(error, json)));
    return LIBRARY_ERRORS.includes(error.code)
      ? EXIT.library
      : error.code === 'INVALID_INPUT'
        ? EXIT.usage
        : EXIT.failed;
  } finally {
    core?.close();
  }
}
