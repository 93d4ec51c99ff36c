/** The streams a command reads and writes; tests pass their own. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * One `tocsin <name>` command. Each lives in its own file and is listed once in `commands.ts`,
 * so `tocsin --help` and `tocsin <name> --help` always describe every command.
 */
export interface CliCommand {
  name: string;
  /** One line for `tocsin --help`. */
  summary: string;
  /** The full usage text for `tocsin <name> --help`: synopsis, options, an example. */
  usage: string;
  /** Runs the command; resolves to the exit code (0 success, 1 failure, 2 bad usage). */
  run(args: string[], io: CliIo): Promise<number>;
}

/** True when the arguments ask for the command's help. */
export const wantsHelp = (args: readonly string[]): boolean => args.includes('-h') || args.includes('--help');
