// Bundles the Node side with esbuild: the Electron main process and the preload (CommonJS,
// so the preload runs with `sandbox: true`), browser mode and the CLI.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const entries = {
  main: 'electron/main/main.ts',
  preload: 'electron/preload/preload.ts',
  web: 'electron/web/main.ts',
  cli: 'electron/cli/main.ts',
  // The export renders articles in worker threads; each needs a file of its own.
  'export-worker': 'electron/core/export/render-worker.ts',
};

await Promise.all(
  Object.entries(entries)
    .filter(([, file]) => existsSync(file))
    .map(([name, file]) =>
      build({
        entryPoints: [file],
        outfile: `dist-electron/${name}.cjs`,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        sourcemap: true,
        // Native and binary-carrying packages stay outside the bundle.
        external: ['electron', 'sharp'],
        // Modules that find their sibling files by import.meta.url keep working in CommonJS.
        define: { 'import.meta.url': 'importMetaUrl' },
        banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
        logLevel: 'warning',
      }),
    ),
);
