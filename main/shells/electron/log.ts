import type { Logger } from '../../core';

/** The shell's log: standard error of the main process, one prefix so it can be grepped. */
export const logShell: Logger = (message, err) => {
  if (err === undefined) console.error(`[dossier:shell] ${message}`);
  else console.error(`[dossier:shell] ${message}`, err);
};
