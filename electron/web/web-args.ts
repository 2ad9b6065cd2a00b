/** Command-line options of browser mode, validated: a bad option is a clear error, not a guess. */
export interface WebArgs {
  port: number;
  data: string | undefined;
  /** Makes the core's clock settable through a token-protected route (UI tests only). */
  testClock: boolean;
}

export function parseWebArgs(argv: string[]): WebArgs {
  const args: WebArgs = { port: 0, data: undefined, testClock: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--port') {
      const port = Number(value);
      if (!value || !Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error(
          `--port takes a number from 0 to 65535, not ${JSON.stringify(value ?? '')}`,
        );
      }
      args.port = port;
      i++;
    } else if (flag === '--data') {
      if (!value || value.startsWith('--')) throw new Error('--data takes a folder');
      args.data = value;
      i++;
    } else if (flag === '--test-clock') {
      args.testClock = true;
    } else {
      throw new Error(`unknown option ${flag}; use --port N, --data DIR and --test-clock`);
    }
  }
  return args;
}
