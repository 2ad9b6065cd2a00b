/** Copies a fixture store from tests/fixtures/stores/ into a fresh temp folder for one test. */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir } from './temp-store.js';

export const FIXTURE_STORES = join(import.meta.dirname, '..', 'fixtures', 'stores');

export async function copyFixtureStore(
  name: string,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const temp = await makeTempDir(`fixture-${name}`);
  await cp(join(FIXTURE_STORES, name), temp.dir, { recursive: true });
  return temp;
}
