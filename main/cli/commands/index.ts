import type { CliCommand } from '../command';
import { benchCommand } from './bench';
import { initCommand } from './init';
import { listCommand } from './list';
import { serveCommand } from './serve';
import { showCommand } from './show';
import { statsCommand } from './stats';

/** Every CLI command, in the order `dossier --help` lists them. Capabilities add theirs here. */
export const COMMANDS: readonly CliCommand[] = [
  initCommand,
  listCommand,
  showCommand,
  statsCommand,
  serveCommand,
  benchCommand,
];
