/**
 * `newsroom`: the core from a terminal (export, import, tagger evaluation). Exit codes:
 * 0 success, 1 failure, 2 bad arguments, 3 store locked by another process.
 */
import { AppError } from '../../shared/errors.js';
import { UsageError, type CliCommand, type CliIo } from './command.js';
import { COMMANDS } from './commands/index.js';

function findCommand(argv: string[]): { command: CliCommand; rest: string[] } | null {
  const matches = COMMANDS.filter((command) =>
    command.path.every((word, i) => argv[i] === word),
  ).sort((a, b) => b.path.length - a.path.length);
  const command = matches[0];
  return command ? { command, rest: argv.slice(command.path.length) } : null;
}

function help(io: CliIo): void {
  io.out('Usage: newsroom <command> [options]\n\nCommands:\n');
  for (const command of COMMANDS)
    io.out(`  ${command.path.join(' ').padEnd(16)} ${command.summary}\n`);
  io.out(`  ${'help [command]'.padEnd(16)} this list, or one command's usage\n`);
}

function commandHelp(command: CliCommand, io: CliIo): void {
  io.out(`${command.summary}\n\nUsage: ${command.usage}\n`);
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0) {
    help(io);
    return 2;
  }
  if (argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    const topic = argv.slice(1);
    const wanted = topic.length > 0 ? findCommand(topic) : null;
    if (topic.length > 0 && !wanted) {
      io.err(`newsroom: unknown command "${topic.join(' ')}"\n`);
      help(io);
      return 2;
    }
    if (wanted) commandHelp(wanted.command, io);
    else help(io);
    return 0;
  }
  const found = findCommand(argv);
  if (!found) {
    io.err(`newsroom: unknown command "${argv.join(' ')}"\n`);
    help(io);
    return 2;
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    commandHelp(found.command, io);
    return 0;
  }
  try {
    return await found.command.run(found.rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(
        `newsroom ${found.command.path.join(' ')}: ${error.message}\nUsage: ${found.command.usage}\n`,
      );
      return 2;
    }
    if (error instanceof AppError) {
      io.err(`newsroom ${found.command.path.join(' ')}: ${error.message}\n`);
      return error.code === 'locked' ? 3 : 1;
    }
    io.err(
      `newsroom ${found.command.path.join(' ')}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}
