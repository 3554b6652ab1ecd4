// The shape of one CLI command. A command is one file in ./commands exporting a
// CliCommand, registered by one line in ./commands/index.ts.
import type { Command } from 'commander';
import type { CliContext } from './context';

/** Options every command has: `--lang fr|en` and `--json [file]` (and `--help`). */
export interface CommonOptions {
  readonly lang?: string;
  /** `true` for `--json` alone (JSON on standard output), the path for `--json file`. */
  readonly json?: string | true;
}

export interface CliCommand {
  readonly name: string;
  /**
   * Declares the description, arguments and options on `cmd`; the program has
   * already given it its name, `--lang`, `--json [file]` and `--help`.
   */
  configure(cmd: Command, ctx: CliContext): void;
  /**
   * Runs the command and resolves to its exit code: 0 done, 1 the user's data
   * has errors. Throw a CliError for a fault with its own message and code
   * (a WorkbookReadError is turned into one by the program).
   */
  run(ctx: CliContext, args: readonly string[], options: CommonOptions & Record<string, unknown>): Promise<number>;
}
