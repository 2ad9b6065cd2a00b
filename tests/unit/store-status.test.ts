import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { makeTempDir, openTestCore } from '../helpers/temp-store.js';

let dir: string;
let cleanup: () => Promise<void>;
let core: Core | null = null;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('status'));
});
afterEach(async () => {
  await core?.close();
  core = null;
  await cleanup();
});

describe('the quarantine report', () => {
  it('lists a corrupt article in app:status, and dismissing clears the report but keeps the file', async () => {
    await mkdir(join(dir, 'articles'), { recursive: true });
    await writeFile(join(dir, 'articles', 'broken1.json'), '{"id": "broken1", "headl');
    ({ core } = await openTestCore(dir));
    const status = await core.call('app:status', {});
    expect(status.quarantine).toHaveLength(1);
    expect(status.quarantine[0]?.file).toContain('broken1.json');
    const movedTo = status.quarantine[0]?.movedTo ?? '';
    expect(await readFile(join(dir, movedTo), 'utf8')).toBe('{"id": "broken1", "headl');

    const after = await core.call('app:dismissQuarantine', {});
    expect(after.quarantine).toEqual([]);
    expect((await core.call('app:status', {})).quarantine).toEqual([]);

    // The report stays cleared after a restart; the bad file is still kept aside.
    await core.close();
    ({ core } = await openTestCore(dir));
    expect((await core.call('app:status', {})).quarantine).toEqual([]);
    expect(await readdir(join(dir, 'quarantine'))).toContain(movedTo.split(/[\\/]/).pop());
  });
});
