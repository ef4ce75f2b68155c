import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds a worker-thread script built by electron-vite next to the bundle (out/main/NAME.js),
 * looking one folder up too, since the calling code may live in out/main/chunks. `envVar`
 * names another script (tests point it at a freshly built one); set to '' it means "no worker".
 * Running from sources (vitest) there is no built worker, and callers work in-process.
 */
export function findBuiltWorker(fileName: string, envVar: string): string | null {
  const override = process.env[envVar];
  if (override !== undefined) return override !== '' && existsSync(override) ? override : null;
  let here: string;
  try {
    here = dirname(fileURLToPath(import.meta.url));
  } catch {
    return null;
  }
  if (!/[\\/]out[\\/]/.test(here)) return null;
  for (const candidate of [join(here, fileName), join(here, '..', fileName)]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}
