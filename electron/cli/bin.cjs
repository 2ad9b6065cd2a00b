#!/usr/bin/env node
// `npx newsroom …`: runs the bundled CLI, building the Node side first if it is missing.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const root = join(__dirname, '..', '..');
const bundle = join(root, 'dist-electron', 'cli.cjs');
if (!existsSync(bundle)) {
  execFileSync(process.execPath, [join(root, 'electron', 'bundle.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}
require(bundle);
