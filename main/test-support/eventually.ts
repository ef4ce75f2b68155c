import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls until `check` holds or `ms` have passed, and says whether it held: for what a test can
 * only see asynchronously (a thread's exit, an idle thread given back).
 */
export async function eventually(check: () => boolean, ms = 5000): Promise<boolean> {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await sleep(20);
  return check();
}
