/** Entry of the bundled CLI (dist-electron/cli.cjs): runs {@link runCli} on the process's arguments. */
import { runCli } from './run.js';

// A reader that goes away early (`newsroom export … | head`) must not stop the work: an
// export carries on to the end and only its report is no longer printed.
let stdoutOpen = true;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutOpen = false;
});

runCli(process.argv.slice(2), {
  out: (text) => {
    if (stdoutOpen) process.stdout.write(text);
  },
  err: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`newsroom: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
