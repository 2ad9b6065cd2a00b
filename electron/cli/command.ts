/** A CLI command: parses its own arguments (validated) and returns an exit code. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CliCommand {
  /** Words that select the command, e.g. ['export'] or ['tagger', 'eval']. */
  path: string[];
  summary: string;
  usage: string;
  run: (argv: string[], io: CliIo) => Promise<number>;
}

/** Thrown for bad arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

/** Reads `--name value` and `--flag` options; unknown options are a {@link UsageError}. */
export function parseOptions(
  argv: string[],
  spec: Record<string, 'string' | 'boolean'>,
): Record<string, string | boolean | undefined> {
  const options: Record<string, string | boolean | undefined> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument ${JSON.stringify(arg)}`);
    const [rawName, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const kind = spec[rawName];
    if (!kind) throw new UsageError(`unknown option --${rawName}`);
    if (kind === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${rawName} takes no value`);
      options[rawName] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${rawName} needs a value`);
    }
    options[rawName] = value;
  }
  return options;
}
