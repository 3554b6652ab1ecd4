// Commander's help, with its section titles in the user's language.
import type { Command, Help, HelpConfiguration } from 'commander';
import type { Translate } from '../i18n';

/** A help configuration whose titles ("Usage:", "Options:"…) come from src/i18n. */
export function translatedHelp(t: Translate): HelpConfiguration {
  return {
    formatHelp(cmd: Command, helper: Help): string {
      const termWidth = helper.padWidth(cmd, helper);
      const width = helper.helpWidth ?? 80;
      const item = (term: string, description: string): string =>
        description
          ? helper.wrap(`${term.padEnd(termWidth + 2)}${description}`, width - 2, termWidth + 2)
          : term;
      const section = (title: string, items: string[]): string[] =>
        items.length === 0 ? [] : [title, ...items.map((s) => s.replace(/^/gm, '  ')), ''];
      const description = helper.commandDescription(cmd);
      return [
        `${t('cli.help.usage')} ${helper.commandUsage(cmd)}`,
        '',
        ...(description ? [helper.wrap(description, width, 0), ''] : []),
        ...section(t('cli.help.arguments'), helper.visibleArguments(cmd).map((a) => item(helper.argumentTerm(a), a.description))),
        ...section(t('cli.help.options'), helper.visibleOptions(cmd).map((o) => item(helper.optionTerm(o), o.description))),
        ...section(t('cli.help.commands'), helper.visibleCommands(cmd).map((c) => item(helper.subcommandTerm(c), helper.subcommandDescription(c)))),
      ].join('\n');
    },
  };
}
