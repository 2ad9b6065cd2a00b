/**
 * A child process for the crash tests: runs one export and kills itself with SIGKILL (no
 * cleanup, no finally blocks, exactly like `kill -9` or a power cut for the process) at
 * the moment named on the command line: `<phase>:<n>` for a progress phase (`reading`,
 * `rendering`) once `n` items are done, or a commit step (`swap`, `journal`, `move`).
 *
 *   node --import tsx tests/helpers/export-kill-child.ts DATA TARGET full|incremental AT WORKERS NOW
 */
import { exportBundle } from '../../electron/core/export/export-bundle.js';

const [dataDir, target, mode, at, workers, now] = process.argv.slice(2);
const [moment, countText] = (at ?? '').split(':');
const count = Number(countText ?? 0);
const die = (): void => {
  process.kill(process.pid, 'SIGKILL');
};

await exportBundle({
  dataDir: dataDir as string,
  target: target as string,
  mode: mode === 'incremental' ? 'incremental' : 'full',
  now: new Date(now as string),
  workers: Number(workers),
  onProgress: (progress) => {
    if (progress.phase === moment && progress.done >= count) die();
  },
  onCommitStep: (step, done) => {
    if (step === moment && done >= count) die();
  },
});
// Reaching this line means the moment never came: the test sees exit code 3.
process.exit(3);
