import type { ParseArgsConfig } from 'node:util';
import type { Core, OpenCoreOptions } from '../../core';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** What a command's `run` receives: parsed flags and positionals, and the helpers to print. */
export interface CommandInput {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  json: boolean;
  /** Opens the library named by --library / $DOSSIER_LIBRARY / the default; exits 3 when it cannot. */
  openCore(options?: Pick<OpenCoreOptions, 'demoIfNew'>): Core;
  /** Writes one line to stdout. */
  print(line: string): void;
  /** Writes a diagnostic line to stderr. */
  warn(line: string): void;
  libraryPath: string;
}

/**
 * One CLI command. `run` returns the exit code (0 success, 1 something failed), or a
 * never-resolving promise for long-running commands such as `serve`.
 */
export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage line, e.g. "dossier show ID [--json]". */
  usage: string;
  /** Longer help text shown by `dossier NAME --help`. */
  help?: string;
  options?: OptionSpec;
  /** Minimum and maximum number of positionals. */
  positionals?: { min: number; max?: number; name: string };
  /** Subcommands such as `note add` / `note list` are handled by the command itself. */
  run(input: CommandInput): Promise<number>;
}

/** Exit codes from CLI.md. */
export const EXIT = { ok: 0, failed: 1, usage: 2, library: 3 } as const;
