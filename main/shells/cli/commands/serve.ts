import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startHttpTransport } from '../../http/http-transport';
import { EXIT, type CliCommand } from '../command';

/** Where the built renderer is: next to the built CLI (out/main/cli.js → out/renderer). */
function builtRendererDir(): string {
  return process.env.DOSSIER_RENDERER_DIR ?? resolve(__dirname, '..', 'renderer');
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Run Dossier in your web browser (browser mode), on this computer only.',
  usage: 'dossier serve [--port N] [--empty] [--library PATH] [--json]',
  help: [
    'Starts a private server on 127.0.0.1 and prints the address to open. The address carries a one-time access',
    'code: the first browser that opens it is signed in, and the address then lets nobody else in (to use',
    'another browser, restart the server for a new address).',
    "A library that does not exist yet is created with the demo articles, as on the desktop app's first start;",
    '--empty creates it without them. Stop the server with Ctrl+C.',
  ].join('\n'),
  options: { port: { type: 'string' }, empty: { type: 'boolean', default: false } },
  async run(input) {
    const port = input.values.port === undefined ? 0 : Number(input.values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      input.warn(`dossier serve: --port must be a number from 0 to 65535. Usage: ${this.usage}`);
      return EXIT.usage;
    }
    const rendererDir = builtRendererDir();
    if (!existsSync(join(rendererDir, 'index.html'))) {
      input.warn('dossier serve: the app is not built yet. Run "npm run build" in the project folder first.');
      return EXIT.failed;
    }
    const core = input.openCore({ demoIfNew: input.values.empty !== true });

    const transport = await startHttpTransport({ api: core.api, events: core.events, rendererDir, port });
    if (input.json) input.print(JSON.stringify({ url: transport.url }));
    else {
      input.print(
        `Dossier is running. Open this address in Chrome, Chromium, Edge or Firefox:\n\n  ${transport.url}\n`,
      );
      input.print(`Library: ${core.libraryPath}\nPress Ctrl+C to stop.`);
    }
    await new Promise<void>((done) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        transport.close().then(done, (err: unknown) => {
          console.error(`dossier serve: could not close cleanly: ${err instanceof Error ? err.message : String(err)}`);
          done();
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return EXIT.ok;
  },
};
