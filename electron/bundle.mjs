// Bundles the Node side with esbuild: the Electron main process and the preload (CommonJS,
// so the preload runs with `sandbox: true`), browser mode and the CLI.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const entries = {
  main: 'electron/main/main.ts',
  preload: 'electron/preload/preload.ts',
  web: 'electron/web/main.ts',
  cli: 'electron/cli/main.ts',
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
        logLevel: 'warning',
      }),
    ),
);
