// Commander's parse errors, as translated one-line messages (exit 2).
import type { CommanderError } from 'commander';
import type { Translate } from '../i18n';

const KEYS: Readonly<Record<string, string>> = {
  'commander.unknownOption': 'cli.usage.unknownOption',
  'commander.unknownCommand': 'cli.usage.unknownCommand',
  'commander.missingArgument': 'cli.usage.missingArgument',
  'commander.optionMissingArgument': 'cli.usage.optionMissingArgument',
  'commander.missingMandatoryOptionValue': 'cli.usage.missingMandatoryOptionValue',
  'commander.excessArguments': 'cli.usage.excessArguments',
  'commander.help': 'cli.usage.noCommand',
};

/** The message of a commander error in the user's language; `name` is what commander quoted ('--x', 'file'). */
export function usageMessage(error: CommanderError, t: Translate): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? error.message.replace(/^error:\s*/, '');
  return t(KEYS[error.code] ?? 'cli.usage.other', { name: quoted });
}
