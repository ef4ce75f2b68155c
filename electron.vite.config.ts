import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * One build for the three environments. main/ is built as several Node entry points: the
 * Electron shell, the CLI (which also serves browser mode), the import worker and the entity
 * re-scan worker. Dependencies stay external (loaded from node_modules at run time), so native
 * better-sqlite3 is never bundled.
 */
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'main/shells/electron/index.ts'),
          cli: resolve(__dirname, 'main/shells/cli/index.ts'),
          'import-worker': resolve(__dirname, 'main/core/import/worker.ts'),
          'entities-worker': resolve(__dirname, 'main/core/entities/rescan-worker.ts'),
          'families-worker': resolve(__dirname, 'main/core/families/backfill-worker.ts'),
          'ocr-render-worker': resolve(__dirname, 'main/core/ocr/render-worker.ts'),
          'wal-checkpoint-worker': resolve(__dirname, 'db/wal-checkpoint-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
