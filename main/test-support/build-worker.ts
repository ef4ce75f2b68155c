import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Builds one worker-thread entry (a TypeScript source) into `outDir` with Vite, as `npm run build`
 * does, and returns the script's path. Vitest runs sources, where no built worker exists, so a
 * test that must exercise the real thread (and not the in-process fallback) builds it first.
 * Dependencies stay external, as in the app, so `outDir` gets a link to the project's
 * node_modules for the worker to load them from (a temporary folder has none of its own).
 */
export async function buildWorker(entry: string, name: string, outDir: string): Promise<string> {
  const root = join(__dirname, '../..');
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { input: { [name]: entry }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  });
  symlinkSync(join(root, 'node_modules'), join(outDir, 'node_modules'), 'dir');
  return join(outDir, `${name}.cjs`);
}
