/** The `newsroom` command frame: help, per-command usage, unknown commands, exit codes, a closed pipe. */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  UsageError,
  parseOptions,
  type CliCommand,
  type CliIo,
} from '../../electron/cli/command.js';
import { COMMANDS } from '../../electron/cli/commands/index.js';
import { runCli } from '../../electron/cli/run.js';
import { AppError } from '../../shared/errors.js';
import { seedNewsroom } from '../helpers/export-fixtures.js';
import { makeTempDir, openTestCore } from '../helpers/temp-store.js';

function captureIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => {
      io.stdout += text;
    },
    err: (text: string) => {
      io.stderr += text;
    },
  };
  return io;
}

/** A command added for the test the way a module adds itself to COMMANDS. */
const probe: CliCommand = {
  path: ['probe', 'run'],
  summary: 'Probe the frame',
  usage: 'newsroom probe run [--fail locked|usage|crash]',
  run: async (argv) => {
    const options = parseOptions(argv, { fail: 'string' });
    if (options['fail'] === 'locked') throw new AppError('locked', 'The store is open elsewhere.');
    if (options['fail'] === 'usage') throw new UsageError('--fail takes locked, usage or crash');
    if (options['fail'] === 'crash') throw new Error('disk on fire');
    return 0;
  },
};

describe('newsroom CLI frame', () => {
  beforeAll(() => {
    COMMANDS.push(probe);
  });
  afterAll(() => {
    COMMANDS.splice(COMMANDS.indexOf(probe), 1);
  });

  it('lists the commands with `help`, exit 0; bare `newsroom` lists them with exit 2', async () => {
    const io = captureIo();
    expect(await runCli(['help'], io)).toBe(0);
    expect(io.stdout).toContain('probe run');
    expect(io.stdout).toContain('Probe the frame');
    expect(await runCli([], captureIo())).toBe(2);
  });

  it("prints one command's usage with `help <command>` and `<command> --help`", async () => {
    for (const argv of [
      ['help', 'probe', 'run'],
      ['probe', 'run', '--help'],
    ]) {
      const io = captureIo();
      expect(await runCli(argv, io)).toBe(0);
      expect(io.stdout).toContain('Usage: newsroom probe run');
    }
  });

  it('refuses unknown commands with exit 2', async () => {
    const io = captureIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.stderr).toContain('unknown command "frobnicate"');
    expect(await runCli(['help', 'frobnicate'], captureIo())).toBe(2);
  });

  it('maps failures to exit codes: usage 2, locked 3, other 1', async () => {
    const usage = captureIo();
    expect(await runCli(['probe', 'run', '--fail', 'usage'], usage)).toBe(2);
    expect(usage.stderr).toContain('Usage: newsroom probe run');
    const unknown = captureIo();
    expect(await runCli(['probe', 'run', '--colour'], unknown)).toBe(2);
    expect(unknown.stderr).toContain('unknown option --colour');
    const locked = captureIo();
    expect(await runCli(['probe', 'run', '--fail', 'locked'], locked)).toBe(3);
    expect(locked.stderr).toContain('The store is open elsewhere.');
    const crash = captureIo();
    expect(await runCli(['probe', 'run', '--fail', 'crash'], crash)).toBe(1);
    expect(crash.stderr).toContain('disk on fire');
    expect(await runCli(['probe', 'run'], captureIo())).toBe(0);
  });
});

describe('newsroom CLI process', () => {
  it('finishes an export when the reader of its output goes away early', async () => {
    const { dir, cleanup } = await makeTempDir('cli-pipe');
    try {
      const { core } = await openTestCore(join(dir, 'store'));
      await seedNewsroom(core, join(dir, 'store'));
      await core.close();
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'electron/cli/main.ts',
          'export',
          '--data',
          join(dir, 'store'),
          '--out',
          join(dir, 'site'),
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      // As `newsroom export … | head -0` does: the pipe's reading end is closed at once.
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
      expect(stderr).not.toContain('EPIPE');
      expect(code).toBe(0);
      expect(await readdir(join(dir, 'site'))).toContain('sitemap.xml');
    } finally {
      await cleanup();
    }
  }, 60_000);
});
