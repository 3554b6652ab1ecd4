// `coop-model build input.xlsx -o model.xlsx`: read and validate the partner data,
// build the model, write it; invalid data stops with located messages and writes nothing.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readTables, writePlan } from '../../adapters/exceljs';
import { formatIssue, validateWorkbook } from '../../data';
import type { CooperationData, Issue } from '../../data/types';
import { buildModel, modelSummary } from '../../plan';
import type { CliCommand, CommonOptions } from '../command';
import type { CliContext } from '../context';
import { CliError, EXIT } from '../errors';
import { commandOutput } from '../json-output';
import { writeOutputFile } from '../write-output-file';

/** The product's version, from package.json (two folders up from src/cli/commands or dist/cli/commands). */
export function productVersion(): string {
  try {
    const text = readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8');
    return (JSON.parse(text) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

const progress = (ctx: CliContext, key: string, params: Record<string, string | number> = {}) => ctx.io.stderr(`${ctx.t(key, params)}\n`);

/** Build the model of valid data, write it to `output`, print the headline and the JSON summary. */
export async function buildAndWrite(
  ctx: CliContext, command: string, data: CooperationData, warnings: readonly Issue[], output: string,
  options: CommonOptions, extra: Record<string, unknown> = {},
): Promise<number> {
  const out = commandOutput(ctx, options);
  progress(ctx, 'build.computing');
  const { plan, result } = buildModel(data, { lang: ctx.lang, generatedAt: new Date(), productVersion: productVersion(), warnings });
  progress(ctx, 'build.writing', { file: output });
  await writeOutputFile(output, await writePlan(plan));
  const s1 = result.s1;
  const eur = (v: number) => `${Math.round(v).toLocaleString(ctx.lang === 'fr' ? 'fr-FR' : 'en-GB')} €`;
  out.line(ctx.t('build.written', { file: output }));
  // An indicator without its data is "n/a" with a warning (issue 3): counted with the data's warnings.
  const indicatorNotes = result.indicators.notes.length;
  if (indicatorNotes > 0) {
    out.line(ctx.t('build.warningsWithIndicators', { count: warnings.length + indicatorNotes, data: warnings.length, indicators: indicatorNotes }));
  } else if (warnings.length > 0) out.line(ctx.t('build.warnings', { count: warnings.length }));
  out.line(ctx.t('build.summary', {
    npv: s1.npvEur.ok ? eur(s1.npvEur.value) : ctx.t(`sheet.reason.${s1.npvEur.reason}`),
    payback: s1.paybackYears.ok
      ? ctx.t('build.paybackYears', { years: s1.paybackYears.value.toLocaleString(ctx.lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }) })
      : ctx.t(`sheet.reason.${s1.paybackYears.reason}`),
  }));
  await out.json(command, true, {
    ...extra,
    output,
    warnings: warnings.map((w) => ({ ...w, message: formatIssue(w, ctx.lang) })),
    ...modelSummary(data, result),
  });
  return EXIT.ok;
}

export const buildCommand: CliCommand = {
  name: 'build',
  configure(cmd, ctx) {
    cmd.description(ctx.t('build.description'))
      .argument('<input>', ctx.t('build.argInput'))
      .requiredOption('-o, --output <file>', ctx.t('build.optOutput'));
  },
  async run(ctx, args, options) {
    const input = args[0];
    const output = String(options.output);
    if (resolve(input) === resolve(output)) throw new CliError('build.sameFile');
    const out = commandOutput(ctx, options);
    progress(ctx, 'build.reading', { file: input });
    const raw = await readTables(input);
    progress(ctx, 'build.validating');
    const validation = validateWorkbook(raw);
    if (!validation.ok) {
      for (const issue of validation.issues) out.line(formatIssue(issue, ctx.lang));
      const errors = validation.issues.filter((i) => i.severity === 'error').length;
      out.line(ctx.t('build.invalid', { count: errors }));
      await out.json('build', false, {
        input,
        issues: validation.issues.map((issue) => ({ ...issue, message: formatIssue(issue, ctx.lang) })),
      });
      return EXIT.dataErrors;
    }
    return buildAndWrite(ctx, 'build', validation.value, validation.warnings, output, options, { input });
  },
};
