import type { CommandSource } from './command-registry';
import { actionCommands, languageCommands, tagCommands, viewCommands } from './default-commands';

/**
 * Every source of the command palette's actions. A view adds its "open" commands to
 * `viewCommands` (default-commands.ts: the timeline and the entity network are there); a
 * capability with commands of its own adds one source here.
 */
export const COMMAND_SOURCES: CommandSource[] = [viewCommands, actionCommands, tagCommands, languageCommands];
