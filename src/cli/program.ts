// Builds the commander program from the list of commands, with the options and
// behaviour every command shares: --lang, --json [file], --help, no process.exit.
import { Command, CommanderError } from 'commander';
import type { CliCommand, CommonOptions } from './command';
import type { CliContext } from './context';
import { translatedHelp } from './help';

/** The program and a getter for the exit code its command resolved to. */
export interface CliProgram {
  readonly program: Command;
  exitCode(): number;
}

export function createProgram(ctx: CliContext, commands: readonly CliCommand[], version: string): CliProgram {
  let exitCode = 0;
  const program = new Command('coop-model')
    .description(ctx.t('cli.description'))
    .version(version, '-V, --version', ctx.t('cli.option.version'))
    .helpOption('-h, --help', ctx.t('cli.option.help'))
    .helpCommand('help [command]', ctx.t('cli.command.help'))
    .configureHelp(translatedHelp(ctx.t))
    // Messages are ours (translated); commander's own error text is not printed.
    .configureOutput({
      writeOut: (text) => ctx.io.stdout(text),
      writeErr: (text) => ctx.io.stderr(text),
      outputError: () => undefined,
    })
    .exitOverride((error: CommanderError) => { throw error; })
    .allowExcessArguments(false)
    .option('--lang <lang>', ctx.t('cli.option.lang'));

  for (const spec of commands) {
    // .command() hands the subcommand the help, output and exit settings above.
    const cmd = program.command(spec.name)
      .option('--lang <lang>', ctx.t('cli.option.lang'))
      .option('--json [file]', ctx.t('cli.option.json'));
    spec.configure(cmd, ctx);
    cmd.action(async (...actionArgs: unknown[]) => {
      const command = actionArgs[actionArgs.length - 1] as Command;
      const args = command.processedArgs.filter((a): a is string => typeof a === 'string');
      exitCode = await spec.run(ctx, args, command.opts<CommonOptions & Record<string, unknown>>());
    });
  }
  return { program, exitCode: () => exitCode };
}
