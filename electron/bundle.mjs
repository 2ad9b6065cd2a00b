// Bundles the Node side with esbuild (see bundle-config.mjs): the Electron main process and
// the preload (CommonJS, so the preload runs with `sandbox: true`), browser mode and the CLI.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { buildOptions, contractNames, ENTRIES } from './bundle-config.mjs';

const names = await contractNames();
await Promise.all(
  /** @type {(keyof typeof ENTRIES)[]} */ (Object.keys(ENTRIES))
    .filter((name) => existsSync(ENTRIES[name].entry))
    .map(async (name) => build(await buildOptions(name, { names }))),
);
