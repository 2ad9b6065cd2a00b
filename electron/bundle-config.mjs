// What electron/bundle.mjs builds, and how. Kept importable (no side effects) so tests can
// build the preload exactly as the app ships it.
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

/**
 * @typedef {{ entry: string, platform: 'node' | 'browser', target: string }} BundleEntry
 * @type {Record<'main' | 'preload' | 'web' | 'cli' | 'export-worker', BundleEntry>}
 */
export const ENTRIES = {
  main: { entry: 'electron/main/main.ts', platform: 'node', target: 'node20' },
  // A sandboxed preload runs in the page's process with a tiny `require` (electron, events,
  // timers, url): it must be one self-contained file built for the browser, not for Node.
  preload: { entry: 'electron/preload/preload.ts', platform: 'browser', target: 'chrome130' },
  web: { entry: 'electron/web/main.ts', platform: 'node', target: 'node20' },
  cli: { entry: 'electron/cli/main.ts', platform: 'node', target: 'node20' },
  // The export renders articles in worker threads; each needs a file of its own.
  'export-worker': {
    entry: 'electron/core/export/render-worker.ts',
    platform: 'node',
    target: 'node20',
  },
};

/**
 * The contract's channel and event names, read by evaluating the contract itself once at
 * build time: the preload then carries two lists of strings instead of every zod schema.
 * @returns {Promise<{ CHANNELS: string[], EVENT_NAMES: string[] }>}
 */
export async function contractNames() {
  const result = await build({
    entryPoints: ['shared/contract/index.ts'],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.text ?? '';
  /** @type {{ exports: Record<string, unknown> }} */
  const module = { exports: {} };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  const { CHANNELS, EVENT_NAMES } = module.exports;
  if (!Array.isArray(CHANNELS) || !Array.isArray(EVENT_NAMES)) {
    throw new Error('shared/contract/index.ts must export CHANNELS and EVENT_NAMES');
  }
  return { CHANNELS: CHANNELS.map(String), EVENT_NAMES: EVENT_NAMES.map(String) };
}

/**
 * An esbuild plugin that answers the preload's import of the contract with the names only.
 * @param {{ CHANNELS: string[], EVENT_NAMES: string[] }} names
 * @returns {import('esbuild').Plugin}
 */
export function contractNamesPlugin(names) {
  return {
    name: 'contract-names',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /\/contract\/index(\.js)?$/ }, (args) => ({
        path: args.path,
        namespace: 'contract-names',
      }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'contract-names' }, () => ({
        contents: `export const CHANNELS = ${JSON.stringify(names.CHANNELS)};\nexport const EVENT_NAMES = ${JSON.stringify(names.EVENT_NAMES)};\n`,
        loader: 'js',
      }));
    },
  };
}

/**
 * esbuild options for one entry.
 * @param {keyof typeof ENTRIES} name
 * @param {{ outdir?: string, write?: boolean, names?: { CHANNELS: string[], EVENT_NAMES: string[] } }} [options]
 * @returns {Promise<import('esbuild').BuildOptions>}
 */
export async function buildOptions(name, options = {}) {
  const { entry, platform, target } = ENTRIES[name];
  const plugins =
    name === 'preload' ? [contractNamesPlugin(options.names ?? (await contractNames()))] : [];
  return {
    entryPoints: [entry],
    outfile: `${options.outdir ?? 'dist-electron'}/${name}.cjs`,
    bundle: true,
    format: 'cjs',
    platform,
    target,
    sourcemap: options.write === false ? false : true,
    write: options.write ?? true,
    // Native and binary-carrying packages stay outside the bundle.
    external: ['electron', 'sharp'],
    // Node modules that find their sibling files by import.meta.url keep working in CommonJS.
    ...(platform === 'node'
      ? {
          define: { 'import.meta.url': 'importMetaUrl' },
          banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
        }
      : {}),
    plugins,
    logLevel: 'warning',
  };
}
