// `coop-model demo [-o model.xlsx] [--scenarios file.json]`: the bundled sample, validated and built into a model.
import { validateWorkbook } from '../../data';
import { sampleRawWorkbook } from '../../sample';
import type { CliCommand } from '../command';
import { CliError, EXIT } from '../errors';
import { readJsonFile } from '../read-scenarios-file';
import { buildAndWrite, scenariosFileOf, scenariosRequest } from './build';

export const demoCommand: CliCommand = {
  name: 'demo',
  configure(cmd, ctx) {
    cmd.description(ctx.t('build.demoDescription'))
      .option('-o, --output <file>', ctx.t('build.optOutput'))
      .option('--scenarios <file>', ctx.t('cli.scenarios.option'));
  },
  async run(ctx, _args, options) {
    const output = typeof options.output === 'string' ? options.output : ctx.t('build.defaultOutput');
    const scenariosFile = scenariosFileOf(options);
    const scenariosJson = scenariosFile === undefined ? undefined : await readJsonFile(scenariosFile);
    const validation = validateWorkbook(sampleRawWorkbook());
    // The sample is ours: if it does not validate, that is our fault, not the user's.
    if (!validation.ok) throw new CliError('cli.error.internal', { message: 'the bundled sample does not validate' });
    const request = await scenariosRequest(ctx, 'demo', scenariosFile, scenariosJson, validation.value, options);
    if (request === null) return EXIT.dataErrors;
    return buildAndWrite(ctx, 'demo', validation.value, validation.warnings, output, options, {
      ...request, extra: { input: null, scenariosFile: scenariosFile ?? null },
    });
  },
};
