import type { CommandSource } from './command-registry';
import { actionCommands, languageCommands, tagCommands, viewCommands } from './default-commands';

/**
 * Every source of the command palette's actions. A view or capability adds its commands by adding
 * one source here (for example the entity network: `({ t, navigate }) => [{ id: 'view.network',
 * group: 'go', title: t('network.open'), run: () => navigate({ kind: 'network' }) }]`).
 */
export const COMMAND_SOURCES: CommandSource[] = [viewCommands, actionCommands, tagCommands, languageCommands];
