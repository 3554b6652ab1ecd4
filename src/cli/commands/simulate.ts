// `coop-model simulate model-or-input.xlsx [--draws N] [--seed S] [--json]`: the Monte Carlo of every
// scenario, reproducible by anyone. On a generated model it reads the assumptions (Hypothèses) and the
// scenarios (Scénarios) back, so that the figures are those of the model's Monte Carlo sheet; on an input
// workbook it uses the defaults, as a first generation would.
import type { Workbook } from 'exceljs';
import { loadWorkbook, tablesOf } from '../../adapters/exceljs';
import { cellValue } from '../../adapters/exceljs/input-cell-value';
import { findTable } from '../../adapters/exceljs/input-find-table';
import { TABLE_NAMES, type TableName } from '../../domain/codes';
import { formatIssue, validateWorkbook } from '../../data';
import type { CellValue, CooperationData, RawWorkbook } from '../../data/types';
import { modelAssumptions } from '../../engine/model-assumptions';
import { scenarioGlobals } from '../../engine/scenarios/scenario-globals';
import type { ScenarioDefinition } from '../../engine/scenarios/types';
import { sensitivityResults, type SensitivityResults } from '../../engine/sensitivity/sensitivity-results';
import { modelDataYear } from '../../plan/data-year';
import { readAssumptionOverrides } from '../../plan/read-assumption-overrides';
import { scenariosFromSheet } from '../../plan/read-scenario-definitions';
import { sheetNames } from '../../plan/sheet-context';
import type { CliCommand } from '../command';
import type { CliContext } from '../context';
import { CliError, EXIT } from '../errors';
import { commandOutput } from '../json-output';

type Rows = CellValue[][];

/** A sheet's values as rows from A1, formulas by their cached results; null when the workbook has no such sheet. */
function sheetRows(wb: Workbook, key: string): Rows | null {
  const names = new Set([sheetNames('fr')[key], sheetNames('en')[key]]);
  const ws = wb.worksheets.find((w) => names.has(w.name));
  if (!ws) return null;
  const rows: Rows = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => { values[c - 1] = cellValue(cell); });
    rows[r - 1] = Array.from(values, (v) => v ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

/**
 * The partner tables of an input workbook, or those of a generated model's data sheet (tables `Data_<name>`,
 * src/plan/sheets/data-sheet.ts), which hold the validated data with the same headers.
 */
function partnerTables(wb: Workbook): RawWorkbook {
  const raw: Partial<Record<TableName, RawWorkbook[TableName]>> = { ...tablesOf(wb) };
  for (const name of TABLE_NAMES) {
    if (raw[name]) continue;
    const table = findTable(wb, `Data_${name}` as TableName);
    if (table) raw[name] = { ...table, table: name };
  }
  return raw;
}

/** A whole number ≥ `min` from an option's text, or a usage fault naming the option. */
function wholeOption(value: unknown, option: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new CliError('cli.simulate.invalidNumber', { option, value: String(value) });
  return n;
}

export interface SimulationInputs {
  readonly source: 'model' | 'input';
  readonly overrides: Readonly<Record<string, number>>;
  readonly definitions: readonly ScenarioDefinition[];
  readonly dataYear: number;
}

/** What a workbook says about the simulation: a generated model's assumptions and scenarios, or the defaults. */
export function simulationInputs(wb: Workbook, data: CooperationData, now: Date): SimulationInputs {
  const dataYear = modelDataYear(data, now);
  const assumptions = sheetRows(wb, 'assumptions');
  const scenarios = sheetRows(wb, 'scenarios');
  return {
    source: assumptions ? 'model' : 'input',
    overrides: assumptions ? readAssumptionOverrides(assumptions, dataYear) : {},
    definitions: scenariosFromSheet(scenarios, data).scenarios,
    dataYear,
  };
}

const eur = (lang: string, v: number) => `${Math.round(v).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB')} €`;
// Shares with one decimal, in the language's own decimal mark (51,6 % in French).
const pct = (lang: string, v: number) =>
  `${(v * 100).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;

/** One line per scenario: mean, P10, P50, P90, P(NPV > 0), P(payback within the horizon). */
export function simulationLines(ctx: Pick<CliContext, 'lang' | 't'>, results: SensitivityResults, definitions: readonly ScenarioDefinition[]): string[] {
  const s = results.settings;
  return [
    ctx.t('cli.simulate.settings', { seed: s.seed, draws: s.draws.toLocaleString(ctx.lang === 'fr' ? 'fr-FR' : 'en-GB'), distribution: ctx.t(`sheet.monteCarlo.distribution.${s.oneOffDistribution}`) }),
    ctx.t('cli.simulate.header'),
    ...results.scenarios.map((r, i) => {
      const m = r.monteCarlo;
      const name = definitions[i]?.name ? ` ${definitions[i].name}` : '';
      return `${r.code}${name} | ${eur(ctx.lang, m.meanEur)} | ${eur(ctx.lang, m.p10Eur)} | ${eur(ctx.lang, m.p50Eur)} | ${eur(ctx.lang, m.p90Eur)} | ${pct(ctx.lang, m.probabilityPositive)} | ${pct(ctx.lang, m.probabilityPayback)}`;
    }),
  ];
}

export const simulateCommand: CliCommand = {
  name: 'simulate',
  configure(cmd, ctx) {
    cmd.description(ctx.t('cli.simulate.description'))
      .argument('<input>', ctx.t('cli.simulate.argInput'))
      .option('--draws <n>', ctx.t('cli.simulate.optDraws'))
      .option('--seed <s>', ctx.t('cli.simulate.optSeed'));
  },
  async run(ctx, args, options) {
    const input = args[0];
    const draws = wholeOption(options.draws, '--draws', 1);
    const seed = wholeOption(options.seed, '--seed', 0);
    const out = commandOutput(ctx, options);
    const wb = await loadWorkbook(input);
    const validation = validateWorkbook(partnerTables(wb));
    if (!validation.ok) {
      for (const issue of validation.issues) out.line(formatIssue(issue, ctx.lang));
      out.line(ctx.t('build.invalid', { count: validation.issues.filter((i) => i.severity === 'error').length }));
      await out.json('simulate', false, { input, issues: validation.issues.map((i) => ({ ...i, message: formatIssue(i, ctx.lang) })) });
      return EXIT.dataErrors;
    }
    const data = validation.value;
    const inputs = simulationInputs(wb, data, new Date());
    const entries = modelAssumptions(inputs.dataYear, inputs.overrides);
    const results = sensitivityResults(data, inputs.definitions, scenarioGlobals(entries), entries, {
      ...(draws !== undefined ? { draws } : {}), ...(seed !== undefined ? { seed } : {}),
    });
    out.line(ctx.t(`cli.simulate.source.${inputs.source}`, { file: input }));
    for (const line of simulationLines(ctx, results, inputs.definitions)) out.line(line);
    await out.json('simulate', true, {
      input, source: inputs.source, seed: results.settings.seed, draws: results.settings.draws,
      oneOffDistribution: results.settings.oneOffDistribution,
      drivers: results.drivers.map((d) => ({ key: d.key, low: d.low, base: d.base, high: d.high })),
      scenarios: results.scenarios.map((r, i) => ({
        code: r.code, name: inputs.definitions[i]?.name ?? '', baseNpvEur: r.tornado.baseNpvEur,
        meanEur: r.monteCarlo.meanEur, standardDeviationEur: r.monteCarlo.standardDeviationEur,
        p10Eur: r.monteCarlo.p10Eur, p50Eur: r.monteCarlo.p50Eur, p90Eur: r.monteCarlo.p90Eur,
        probabilityPositive: r.monteCarlo.probabilityPositive, probabilityPayback: r.monteCarlo.probabilityPayback,
        histogram: r.monteCarlo.histogram,
        tornado: r.tornado.order.map((k) => ({
          driver: r.tornado.bars[k].driver.key, npvAtLowEur: r.tornado.bars[k].npvAtLowEur,
          npvAtHighEur: r.tornado.bars[k].npvAtHighEur, swingEur: r.tornado.bars[k].swingEur,
        })),
      })),
    });
    return EXIT.ok;
  },
};
