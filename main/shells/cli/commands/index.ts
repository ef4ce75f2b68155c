import type { CliCommand } from '../command';
import { benchCommand } from './bench';
import { importCommand } from './import';
import { initCommand } from './init';
import { listCommand } from './list';
import { serveCommand } from './serve';
import { showCommand } from './show';
import { editCommand } from './edit';
import { statsCommand } from './stats';
import { tagCommand } from './tag';
import { noteCommand } from './note';
import { quoteCommand } from './quote';
import { searchCommand } from './search';
import { entitiesCommand } from './entities';
import { exportCommand } from './export';
import { importLibraryCommand } from './import-library';
import { backupCommand } from './backup';
import { restoreCommand } from './restore';
import { familiesCommand } from './families';
import { diffCommand } from './diff';
import { ocrCommand } from './ocr';
import { timelineCommand } from './timeline';

/** Every CLI command, in the order `dossier --help` lists them. Capabilities add theirs here. */
export const COMMANDS: readonly CliCommand[] = [
  initCommand,
  importCommand,
  listCommand,
  showCommand,
  editCommand,
  searchCommand,
  entitiesCommand,
  familiesCommand,
  diffCommand,
  ocrCommand,
  timelineCommand,
  statsCommand,
  tagCommand,
  noteCommand,
  quoteCommand,
  exportCommand,
  importLibraryCommand,
  backupCommand,
  restoreCommand,
  serveCommand,
  benchCommand,
];
