// The CLI's entry: bin/coop-model.js calls main(process.argv). Never exits the
// process itself; every failure becomes a one-line message and an exit code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { WorkbookReadError } from '../adapters/exceljs';
import { translator } from '../i18n';
import { COMMANDS } from './commands';
import { processIO, type CliContext, type CliIO } from './context';
import { CliError, EXIT } from './errors';
import { langFromArgs } from './lang-option';
import { createProgram } from './program';
import { usageMessage } from './usage-error';

/**
 * Runs the command line `argv` (as process.argv: node, script, then arguments)
 * and resolves to the exit code: 0 done, 1 the data holds errors, 2 usage
 * errors and faults. Set COOP_DEBUG=1 to see a fault's stack.
 */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const args = argv.slice(2);
  const choice = langFromArgs(args);
  const t = translator(choice.lang);
  const ctx: CliContext = { lang: choice.lang, t, io };
  const say = (text: string): void => io.stderr(`${text}\n`);
  const command = args.find((a) => COMMANDS.some((c) => c.name === a));
  const hint = (): void => say(t('cli.usage.hint', { command: command ? `${command} ` : '' }));
  try {
    if (choice.invalid !== null) {
      say(t('cli.usage.invalidLang', { name: choice.invalid }));
      hint();
      return EXIT.fault;
    }
    const cli = createProgram(ctx, COMMANDS, packageVersion());
    await cli.program.parseAsync([...argv], { from: 'node' });
    return cli.exitCode();
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end the parse with a "success" error.
      if (error.exitCode === 0) return EXIT.ok;
      say(usageMessage(error, t));
      hint();
      return EXIT.fault;
    }
    if (error instanceof CliError) {
      say(t(error.key, error.params));
      return error.exitCode;
    }
    if (error instanceof WorkbookReadError) {
      say(t(`cli.error.${error.reason}`, { file: error.path ?? '' }));
      debug(io, error);
      return EXIT.fault;
    }
    const message = error instanceof Error ? error.message : String(error);
    say(t('cli.error.internal', { message: message.split('\n')[0] }));
    debug(io, error);
    return EXIT.fault;
  }
}

function debug(io: CliIO, error: unknown): void {
  if (io.env.COOP_DEBUG === '1' && error instanceof Error) io.stderr(`${error.stack ?? ''}\n`);
}

/** The version of package.json, two folders up from both src/cli and dist/cli. */
function packageVersion(): string {
  try {
    const text = readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8');
    return (JSON.parse(text) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
