// `coop-model template -o file.xlsx`: the empty partner-data template.
import { writeTemplate } from '../../adapters/exceljs';
import type { CliCommand } from '../command';
import { commandOutput } from '../json-output';
import { writeOutputFile } from '../write-output-file';

export const templateCommand: CliCommand = {
  name: 'template',
  configure(cmd, ctx) {
    cmd.description(ctx.t('cli.template.description'))
      .requiredOption('-o, --output <file>', ctx.t('cli.option.output'));
  },
  async run(ctx, _args, options) {
    const file = String(options.output);
    const out = commandOutput(ctx, options);
    await writeOutputFile(file, await writeTemplate(ctx.lang));
    out.line(ctx.t('cli.written', { file }));
    await out.json('template', true, { output: file });
    return 0;
  },
};
