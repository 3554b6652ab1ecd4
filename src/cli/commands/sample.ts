// `coop-model sample -o file.xlsx`: the bundled sample, in the template's layout.
import { writeSample } from '../../adapters/exceljs';
import { sampleTables } from '../../sample';
import type { CliCommand } from '../command';
import { commandOutput } from '../json-output';
import { writeOutputFile } from '../write-output-file';

export const sampleCommand: CliCommand = {
  name: 'sample',
  configure(cmd, ctx) {
    cmd.description(ctx.t('cli.sample.description'))
      .requiredOption('-o, --output <file>', ctx.t('cli.option.output'));
  },
  async run(ctx, _args, options) {
    const file = String(options.output);
    const out = commandOutput(ctx, options);
    await writeOutputFile(file, await writeSample(ctx.lang, sampleTables()));
    out.line(ctx.t('cli.written', { file }));
    await out.json('sample', true, { output: file });
    return 0;
  },
};
