// `coop-model demo [-o model.xlsx]`: the bundled sample, validated and built into a model.
import { validateWorkbook } from '../../data';
import { sampleRawWorkbook } from '../../sample';
import type { CliCommand } from '../command';
import { CliError } from '../errors';
import { buildAndWrite } from './build';

export const demoCommand: CliCommand = {
  name: 'demo',
  configure(cmd, ctx) {
    cmd.description(ctx.t('build.demoDescription'))
      .option('-o, --output <file>', ctx.t('build.optOutput'));
  },
  async run(ctx, _args, options) {
    const output = typeof options.output === 'string' ? options.output : ctx.t('build.defaultOutput');
    const validation = validateWorkbook(sampleRawWorkbook());
    // The sample is ours: if it does not validate, that is our fault, not the user's.
    if (!validation.ok) throw new CliError('cli.error.internal', { message: 'the bundled sample does not validate' });
    return buildAndWrite(ctx, 'demo', validation.value, validation.warnings, output, options, { input: null });
  },
};
