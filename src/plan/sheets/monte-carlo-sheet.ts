// Monte-Carlo / Monte Carlo (output): the simulation's results per scenario, written as values and
// stamped with the seed and the number of draws — the one exception to "formulas everywhere"
// (ARCHITECTURE.md): a spreadsheet cannot redraw them without a volatile RAND. Anyone reproduces them
// with `coop-model simulate` on the model, or by regenerating with the same assumptions.
import type { SensitivityResults } from '../../engine/sensitivity/sensitivity-results';
import { distributionOf } from '../../engine/sensitivity/driver-distributions';
import type { PlanCheck, SheetBuild } from '../context';
import { booleanFormat, FORMAT_COUNT, FORMAT_EUR, FORMAT_RATE } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import type { ModelContext } from '../sheet-context';
import { histogramClassLabel } from './monte-carlo-sheet-class-label';
import { putFrame } from './sheet-frame';
import { driverLabel } from './tornado-sheet-writer';

export const MONTE_CARLO_SHEET_KEY = 'monteCarlo';
const FORMAT_MIXED = '0.0##';
/** Blank rows kept below each histogram table for its chart (issue 8). */
export const HISTOGRAM_CHART_ROWS = 20;

export interface MonteCarloSheetOptions {
  readonly results: SensitivityResults;
  /** Scenario names shown over their columns, by code (empty: the code alone). */
  readonly names?: Readonly<Record<string, string>>;
  readonly dataYear: number;
  readonly masterCheck: boolean;
}

/** Where the headline figures stand, by scenario code: absolute, sheet-qualified. */
export interface MonteCarloRefs {
  readonly sheetName: string;
  p10(code: string): string;
  p50(code: string): string;
  p90(code: string): string;
  probabilityPositive(code: string): string;
  /** A scenario's histogram: the classes (their text, in thousands of euros), the draws per class, the count column's header. */
  histogram(code: string): MonteCarloHistogramRefs;
}

export interface MonteCarloHistogramRefs {
  readonly classes: string;
  readonly counts: string;
  readonly countsName: { readonly text: string; readonly ref: string };
  /** The blank rows below the table, kept for its chart (first row, count). */
  readonly chartSpace: { readonly row: number; readonly rows: number };
}

const STATS = ['mean', 'standardDeviation', 'p10', 'p50', 'p90', 'min', 'max', 'probabilityPositive', 'probabilityPayback', 'baseNpv'] as const;

/**
 * The Monte Carlo sheet (key `monteCarlo`): the seed, draws and one-off distribution; per scenario (one column
 * each) mean, standard deviation, P10, P50, P90, min, max, P(NPV > 0), P(payback within the horizon) and the
 * base NPV; the drivers' distributions with their low, base and high; a histogram of each scenario's NPVs.
 * @example buildMonteCarloSheet(ctx, { results, dataYear: 2024, masterCheck: true }).refs.p50('S1')
 */
export function buildMonteCarloSheet(ctx: ModelContext, o: MonteCarloSheetOptions): SheetBuild & { refs: MonteCarloRefs } {
  const grid = new SheetGrid();
  const sheetName = ctx.names[MONTE_CARLO_SHEET_KEY] ?? ctx.t('sheet.name.monteCarlo');
  const title = ctx.t('sheet.monteCarlo.title');
  const { settings, scenarios, drivers } = o.results;
  putFrame(grid, ctx, { title, sheetClass: 'output', dataYear: o.dataYear, masterCheck: o.masterCheck, masterCheckCol: 5 });
  grid.text(3, 1, ctx.t('sheet.monteCarlo.note', { seed: settings.seed, draws: settings.draws }), 'note');
  let row = 5;
  // The stamp, each beside the input it was drawn with: the check below tells when they part.
  const stamps: string[] = [];
  let stampsMatch = true;
  const stamp = (key: string, value: number, inputKey: string, numberFormat: string) => {
    grid.text(row, 1, ctx.t(`sheet.monteCarlo.${key}`), 'label');
    grid.put(row, 3, { value, style: 'output', numberFormat });
    stamps.push(`${cellRef(row, 3)}=${ctx.assumptions.ref(inputKey)}`);
    stampsMatch &&= ctx.entries.find((e) => e.key === inputKey)?.value === value;
    row += 1;
  };
  stamp('seed', settings.seed, 'sensitivity.seed', '0');
  stamp('draws', settings.draws, 'sensitivity.draws', FORMAT_COUNT);
  stamp('oneOffLognormal', settings.oneOffDistribution === 'lognormal' ? 1 : 0, 'sensitivity.oneOffLognormal', '0');
  grid.text(row - 1, 4, ctx.t(`sheet.monteCarlo.distribution.${settings.oneOffDistribution}`), 'note');
  const upToDateRow = row++;
  row++;

  // Statistics: one row each, one column per scenario from C.
  grid.text(row++, 1, ctx.t('sheet.monteCarlo.section.statistics'), 'subtitle');
  const header = row++;
  grid.text(header, 1, ctx.t('sheet.monteCarlo.header.statistic'), 'header');
  grid.text(header, 2, ctx.t('sheet.monteCarlo.header.unit'), 'header');
  scenarios.forEach((s, i) => grid.text(header, 3 + i, o.names?.[s.code] ? `${s.code} — ${o.names[s.code]}` : s.code, 'header'));
  const statRow: Record<string, number> = {};
  for (const stat of STATS) {
    const at = row++;
    statRow[stat] = at;
    const isShare = stat === 'probabilityPositive' || stat === 'probabilityPayback';
    grid.text(at, 1, ctx.t(`sheet.monteCarlo.stat.${stat}`), stat === 'p50' ? 'total' : 'label');
    grid.text(at, 2, ctx.t(isShare ? 'sheet.unit.rate' : 'sheet.unit.eur'), 'unit');
    scenarios.forEach((s, i) => {
      const m = s.monteCarlo;
      const value = {
        mean: m.meanEur, standardDeviation: m.standardDeviationEur, p10: m.p10Eur, p50: m.p50Eur, p90: m.p90Eur,
        min: m.minEur, max: m.maxEur, probabilityPositive: m.probabilityPositive, probabilityPayback: m.probabilityPayback,
        baseNpv: s.tornado.baseNpvEur,
      }[stat];
      grid.put(at, 3 + i, { value, style: 'output', numberFormat: isShare ? FORMAT_RATE : FORMAT_EUR });
    });
  }
  row++;

  // How each driver was drawn.
  grid.text(row++, 1, ctx.t('sheet.monteCarlo.section.drivers'), 'subtitle');
  const driversHeader = row++;
  (['key', 'driver', 'distribution', 'low', 'base', 'high', 'sameInputs'] as const).forEach((h, i) => grid.text(driversHeader, 1 + i, ctx.t(`sheet.monteCarlo.header.${h}`), 'header'));
  const driversFirst = row;
  for (const d of drivers) {
    const at = row++;
    grid.text(at, 1, d.key, 'note');
    grid.text(at, 2, driverLabel(ctx, d));
    grid.text(at, 3, ctx.t(`sheet.monteCarlo.distribution.${distributionOf(d, settings.oneOffDistribution === 'lognormal')}`));
    [d.low, d.base, d.high].forEach((v, i) => grid.put(at, 4 + i, { value: v, style: 'calc', numberFormat: FORMAT_MIXED }));
    // The values drawn from are still those of the assumptions sheet (low and high cells, or the value alone).
    const entry = ctx.entries.find((e) => e.key === d.key);
    const input = (bound: 'low' | 'high') => ctx.assumptions.ref(entry?.[bound] ? `${d.key}.${bound}` : d.key);
    grid.put(at, 7, {
      formula: `AND(${cellRef(at, 4)}=${input('low')},${cellRef(at, 5)}=${ctx.assumptions.ref(d.key)},${cellRef(at, 6)}=${input('high')})`,
      expected: true, style: 'check', numberFormat: booleanFormat(ctx.t),
    });
  }
  const sameInputs = rangeRef(driversFirst, 7, row - 1, 7);
  row++;

  // A histogram of each scenario's NPVs, with room for its chart below it.
  const histograms = new Map<string, MonteCarloHistogramRefs>();
  for (const s of scenarios) {
    grid.text(row++, 1, ctx.t('sheet.monteCarlo.section.histogram', { code: s.code }), 'subtitle');
    const h = row++;
    (['from', 'to', 'count', 'share', 'class'] as const).forEach((k, i) => grid.text(h, 1 + i, ctx.t(`sheet.monteCarlo.header.${k}`), 'header'));
    const bins = s.monteCarlo.histogram;
    const width = bins[0] ? bins[0].toEur - bins[0].fromEur : 0;
    for (const bin of bins) {
      const at = row++;
      grid.put(at, 1, { value: bin.fromEur, style: 'output', numberFormat: FORMAT_EUR });
      grid.put(at, 2, { value: bin.toEur, style: 'output', numberFormat: FORMAT_EUR });
      grid.put(at, 3, { value: bin.count, style: 'output', numberFormat: FORMAT_COUNT });
      grid.put(at, 4, { value: bin.count / s.monteCarlo.draws, style: 'output', numberFormat: FORMAT_RATE });
      grid.put(at, 5, { value: histogramClassLabel(ctx.lang, ctx.t, bin.fromEur, bin.toEur, width), style: 'output' });
    }
    const column = (c: number) => sheetRef(sheetName, rangeRef(h + 1, c, row - 1, c));
    histograms.set(s.code, {
      classes: column(5), counts: column(3),
      countsName: { text: ctx.t('sheet.monteCarlo.header.count'), ref: sheetRef(sheetName, cellRef(h, 3)) },
      chartSpace: { row: row + 1, rows: HISTOGRAM_CHART_ROWS },
    });
    row += HISTOGRAM_CHART_ROWS + 2;
  }

  // Stale results are a warning, not an error: the model's own formulas stay right, only these values are old.
  grid.text(upToDateRow, 1, ctx.t('sheet.monteCarlo.upToDate'), 'label');
  const upToDate = `AND(${stamps.join(',')},${sameInputs})`;
  // The drivers' values come from the same entries, so only the settings can differ (the CLI's --seed, --draws).
  grid.put(upToDateRow, 3, { formula: upToDate, expected: stampsMatch, style: 'check', numberFormat: booleanFormat(ctx.t) });
  const checks: PlanCheck[] = [{
    key: 'monteCarlo.upToDate', label: ctx.t('sheet.monteCarlo.check.upToDate'),
    formula: sheetRef(sheetName, cellRef(upToDateRow, 3)), expected: stampsMatch, severity: 'warning',
  }];

  const colOf = (code: string) => {
    const i = scenarios.findIndex((s) => s.code === code);
    if (i < 0) throw new Error(`No Monte Carlo for scenario ${code}`);
    return 3 + i;
  };
  const at = (stat: string) => (code: string) => sheetRef(sheetName, cellRef(statRow[stat], colOf(code)));
  const histogram = (code: string): MonteCarloHistogramRefs => {
    const found = histograms.get(code);
    if (!found) throw new Error(`No Monte Carlo for scenario ${code}`);
    return found;
  };
  const lastCol = Math.max(6, 2 + scenarios.length);
  return {
    sheet: {
      key: MONTE_CARLO_SHEET_KEY, name: sheetName, class: 'output', cells: grid.cells(), tables: [], validations: [],
      conditionalFormats: [
        { range: { row: 2, col: 6, rows: 1, cols: 1 }, kind: 'trueFalse' },
        { range: { row: upToDateRow, col: 3, rows: 1, cols: 1 }, kind: 'trueFalse' },
        { range: { row: driversFirst, col: 7, rows: drivers.length, cols: 1 }, kind: 'trueFalse' },
      ],
      freeze: { rows: 4, cols: 2 },
      columnWidths: [34, 46, ...Array.from({ length: lastCol - 2 }, () => 18)],
      protect: true,
      print: {
        landscape: true, fitToWidth: true, area: { row: 1, col: 1, rows: row, cols: lastCol },
        header: ctx.t('sheet.common.printHeader', { title, year: o.dataYear }), footer: ctx.t('sheet.common.printFooter'),
      },
      tabColor: 'FF4472C4',
    },
    checks,
    names: [],
    refs: { sheetName, p10: at('p10'), p50: at('p50'), p90: at('p90'), probabilityPositive: at('probabilityPositive'), histogram },
  };
}
