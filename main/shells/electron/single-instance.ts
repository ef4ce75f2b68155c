import { app } from 'electron';

/**
 * Claims the single-instance lock. A second start (double-click, a launcher) brings the running
 * window forward instead of opening the same library twice; its own arguments are ignored.
 * Returns false when another instance already runs, and this one must quit.
 */
export function setupSingleInstance(showWindow: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => showWindow());
  return true;
}
