import { runCli, type CliIo } from '../shells/cli/run-cli';

/** What one CLI invocation printed, and its exit code. */
export interface CapturedRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs the CLI in-process with stdout and stderr captured line by line (for tests and scripts). */
export async function captureCli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CapturedRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env };
  return { code: await runCli(argv, io), out, err };
}
