/** `newsroom schedule`: lists the schedule in newsroom time and catches up on overdue articles. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run.js';
import { makeTempDir, openTestCore, testClock } from '../helpers/temp-store.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('schedule-cli')));
afterEach(() => cleanup());

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

it('publishes what fell due while nothing ran, and lists what is still to come', async () => {
  const clock = testClock('2020-01-01T08:00:00.000Z');
  const { core } = await openTestCore(dir, { now: clock.now });
  await core.call('settings:update', { timeZone: 'Europe/Moscow' });
  const ids: string[] = [];
  for (const [headline, local] of [
    ['Overdue since 2020', '2020-01-01T12:00'],
    ['Still to come', '2099-05-01T09:30'],
  ] as const) {
    const { id } = await core.call('articles:create', { content: { language: 'ru', headline } });
    await core.call('workflow:transition', { id, action: 'submit' });
    await core.call('workflow:transition', { id, action: 'markEdited' });
    await core.call('workflow:schedule', { id, local });
    ids.push(id);
  }
  await core.close();
  const result = await cli(['schedule', '--data', dir, '--publish-due']);
  expect(result.code).toBe(0);
  expect(result.out).toContain(`published (overdue): ${ids[0]}  Overdue since 2020`);
  expect(result.out).toContain('1 scheduled (times in Europe/Moscow)');
  expect(result.out).toContain(`2099-05-01 09:30 +03:00  ru  ${ids[1]}  Still to come`);
  expect((await cli(['schedule', '--data', dir, '--now'])).code).toBe(2);
});
