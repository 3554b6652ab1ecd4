// `coop-model build input.xlsx -o model.xlsx [--previous old-model.xlsx]`: read and validate the
// partner data, build the model, write it; invalid data stops with located messages and writes
// nothing. With --previous, what the user typed into the previous model's input sheets is kept.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readGeneratedSheets, readTables, writePlan } from '../../adapters/exceljs';
import { formatIssue, validateWorkbook } from '../../data';
import type { CellValue, CooperationData, Issue } from '../../data/types';
import type { ScenarioDefinition } from '../../engine/scenarios/types';
import { buildModel, modelSummary, type BuildModelOptions } from '../../plan';
import { PREVIOUS_INPUT_SHEETS, previousInputs } from '../../plan/previous-inputs';
import type { CliCommand, CommonOptions } from '../command';
import type { CliContext } from '../context';
import { CliError, EXIT } from '../errors';
import { commandOutput } from '../json-output';
import { readJsonFile, resolveScenarios } from '../read-scenarios-file';
import { rangeAndReadinessLines, scenarioTable } from '../scenario-table';
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

/** What `build` and `demo` pass on: the scenarios of `--scenarios` (none: the defaults) and fields of the JSON. */
export interface BuildRequest {
  readonly scenarios?: readonly ScenarioDefinition[];
  /** Inputs kept from a previous model (`--previous`): buildModel options, the scenarios' included. */
  readonly inputs?: Partial<Omit<BuildModelOptions, 'lang' | 'generatedAt' | 'productVersion' | 'warnings'>>;
  readonly extra?: Record<string, unknown>;
}

/** Build the model of valid data, write it to `output`, print the scenario table and the JSON summary. */
export async function buildAndWrite(
  ctx: CliContext, command: string, data: CooperationData, warnings: readonly Issue[], output: string,
  options: CommonOptions, request: BuildRequest = {},
): Promise<number> {
  const out = commandOutput(ctx, options);
  progress(ctx, 'build.computing');
  const { plan, result } = buildModel(data, {
    lang: ctx.lang, generatedAt: new Date(), productVersion: productVersion(), warnings,
    ...request.inputs,
    ...(request.scenarios ? { scenarios: request.scenarios } : {}),
  });
  progress(ctx, 'build.writing', { file: output });
  await writeOutputFile(output, await writePlan(plan));
  out.line(ctx.t('build.written', { file: output }));
  // An indicator without its data is "n/a" with a warning (issue 3): counted with the data's warnings.
  const indicatorNotes = result.indicators.notes.length;
  if (indicatorNotes > 0) {
    out.line(ctx.t('build.warningsWithIndicators', { count: warnings.length + indicatorNotes, data: warnings.length, indicators: indicatorNotes }));
  } else if (warnings.length > 0) out.line(ctx.t('build.warnings', { count: warnings.length }));
  for (const line of scenarioTable(ctx.lang, ctx.t, result.scenarios, result.scoring)) out.line(line);
  for (const line of rangeAndReadinessLines(ctx.lang, ctx.t, result)) out.line(line);
  await out.json(command, true, {
    ...request.extra,
    output,
    warnings: warnings.map((w) => ({ ...w, message: formatIssue(w, ctx.lang) })),
    ...modelSummary(data, result),
  });
  return EXIT.ok;
}

/**
 * The scenarios of `--scenarios`, parsed against the data: their definitions, or `null` once the
 * problems are printed (the caller exits 1 and writes nothing). No option: `{}`, the defaults.
 */
export async function scenariosRequest(
  ctx: CliContext, command: string, file: string | undefined, json: unknown, data: CooperationData, options: CommonOptions,
): Promise<{ scenarios?: readonly ScenarioDefinition[] } | null> {
  if (file === undefined) return {};
  const parsed = resolveScenarios(json, data, ctx.lang);
  if (parsed.ok) return { scenarios: parsed.definitions };
  const out = commandOutput(ctx, options);
  for (const problem of parsed.problems) out.line(problem);
  out.line(ctx.t('cli.scenarios.invalid', { count: parsed.problems.length, file }));
  await out.json(command, false, { scenariosFile: file, scenarioProblems: parsed.problems });
  return null;
}

/** The `--scenarios` option of `build` and `demo`. */
export const scenariosFileOf = (options: Record<string, unknown>): string | undefined =>
  typeof options.scenarios === 'string' ? options.scenarios : undefined;

/** The input sheets of the model `file` as rows, by registry key; a file without any is a usage fault (exit 2). */
async function readPreviousModel(ctx: CliContext, file: string): Promise<ReadonlyMap<string, CellValue[][]>> {
  progress(ctx, 'cli.previous.reading', { file });
  const sheets = await readGeneratedSheets(file, PREVIOUS_INPUT_SHEETS);
  if (sheets.size === 0) throw new CliError('cli.previous.notAModel', { file });
  return sheets;
}

export const buildCommand: CliCommand = {
  name: 'build',
  configure(cmd, ctx) {
    cmd.description(ctx.t('build.description'))
      .argument('<input>', ctx.t('build.argInput'))
      .requiredOption('-o, --output <file>', ctx.t('build.optOutput'))
      .option('--scenarios <file>', ctx.t('cli.scenarios.option'))
      .option('--previous <file>', ctx.t('cli.previous.option'));
  },
  async run(ctx, args, options) {
    const input = args[0];
    const output = String(options.output);
    if (resolve(input) === resolve(output)) throw new CliError('build.sameFile');
    const scenariosFile = scenariosFileOf(options);
    // A missing or malformed scenarios file is a usage fault: reported before the workbook is read.
    const scenariosJson = scenariosFile === undefined ? undefined : await readJsonFile(scenariosFile);
    // The previous model is read before anything is written: it may be the output file itself.
    const previousFile = typeof options.previous === 'string' ? options.previous : undefined;
    const previous = previousFile === undefined ? undefined : await readPreviousModel(ctx, previousFile);
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
    const request = await scenariosRequest(ctx, 'build', scenariosFile, scenariosJson, validation.value, options);
    if (request === null) return EXIT.dataErrors;
    // The sheets' scenarios unless --scenarios gives others; the other inputs follow the codes built.
    const inputs = previous && previousInputs((key) => previous.get(key) ?? null, validation.value, { scenarios: request.scenarios });
    if (previousFile !== undefined && previous) {
      const kept = PREVIOUS_INPUT_SHEETS.filter((key) => previous.has(key)).map((key) => ctx.t(`sheet.name.${key}`));
      out.line(ctx.t('cli.previous.kept', { file: previousFile, sheets: kept.join(', ') }));
    }
    return buildAndWrite(ctx, 'build', validation.value, validation.warnings, output, options, {
      ...request, inputs, extra: { input, scenariosFile: scenariosFile ?? null, previousFile: previousFile ?? null },
    });
  },
};
