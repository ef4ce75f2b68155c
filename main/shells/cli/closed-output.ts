/**
 * A reader that stops early (`dossier search ... | head`) closes our stdout; the next write
 * then fails with EPIPE, which Node raises as an unhandled 'error' event and a stack trace.
 * Unix tools end quietly instead, so the CLI does too:
 * - stdout closed: nothing more can reach that reader, and the reader chose to stop, so the
 *   command ends at once with success (as `head` expects of the command before it);
 * - stderr closed: only diagnostics are lost, so the command goes on and still ends with its
 *   own exit code.
 */
export function endQuietlyWhenOutputCloses(
  stdout: NodeJS.WritableStream = process.stdout,
  stderr: NodeJS.WritableStream = process.stderr,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (isClosedOutput(err)) return exit(0);
    throw err;
  });
  stderr.on('error', (err: NodeJS.ErrnoException) => {
    if (!isClosedOutput(err)) throw err;
  });
}

function isClosedOutput(err: NodeJS.ErrnoException): boolean {
  return err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED';
}
