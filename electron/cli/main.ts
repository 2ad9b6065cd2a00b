/** Entry of the bundled CLI (dist-electron/cli.cjs): runs {@link runCli} on the process's arguments. */
import { runCli } from './run.js';

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
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
