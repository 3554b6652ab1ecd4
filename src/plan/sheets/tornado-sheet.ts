// Sensibilité / Sensitivity (calculation): one block per scenario, each driver moved alone to its low
// and high value, the NPV at each end, the swing, and the drivers sorted largest swing first by live
// formulas (rank with a tie-breaker, MATCH, INDEX). The scenario sheets are read, never changed: NPV is
// linear in every driver but the discount rate, so an end's NPV = the scenario's NPV + (value − reference)
// × the present value of the row the driver scales; the discount rate takes NB_0 + NPV(rate, NB_1 … NB_N).
// One sheet for all scenarios: a board reads the scenarios' tornados one under the other, and one key is wired.
import type { ScenarioGlobals } from '../../engine/scenarios/scenario-globals';
import type { ScenarioDefinition, ScenarioOutcome } from '../../engine/scenarios/types';
import type { ScenarioTornado } from '../../engine/sensitivity/scenario-tornado';
import type { SensitivityDriver } from '../../engine/sensitivity/sensitivity-drivers';
import type { SheetBuild } from '../context';
import { FORMAT_COUNT, FORMAT_EUR, FORMAT_FLAG, FORMAT_RATE, FORMAT_YEAR } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import { lastYearCol, YEAR_FIRST_COL, yearCol } from '../layout/timeline';
import type { ScenarioSheetRefs, ScenariosSheetLayout } from '../scenario-refs';
import type { ModelContext } from '../sheet-context';
import { putFrame } from './sheet-frame';
import { putHelperRows } from './tornado-sheet-helpers';
import {
  CHANGE_COL, chartSpaceRows, COL, driverFormat, driverLabel, FORMAT_MIXED, HEADER_ROW, HORIZON_ROW, INDEX_ROW, TORNADO_SHEET_KEY,
  tornadoWriter, type TornadoWriter,
} from './tornado-sheet-writer';

export { TORNADO_SHEET_KEY, driverLabel };

/** Relative references: the two change cells of a row then share one R1C1 formula (see CHANGE_COL). */
const REL = { absRow: false, absCol: false } as const;

export interface TornadoSheetOptions {
  readonly scenarios: ScenariosSheetLayout;
  /** The scenario sheets' refs, in the definitions' order (buildScenarioSheet(...).refs). */
  readonly refs: readonly ScenarioSheetRefs[];
  readonly outcomes: readonly ScenarioOutcome[];
  /** The definitions behind the outcomes (same order): the delay of each. */
  readonly definitions: readonly ScenarioDefinition[];
  readonly globals: ScenarioGlobals;
  readonly drivers: readonly SensitivityDriver[];
  /** The engine's tornados, in the definitions' order (sensitivityResults(...).scenarios[i].tornado). */
  readonly tornados: readonly ScenarioTornado[];
  readonly dataYear: number;
  readonly masterCheck: boolean;
}

/** A column's header: its text as written, and its cell (absolute, sheet-qualified). */
export interface TornadoHeader {
  readonly text: string;
  readonly ref: string;
}

/** Where one scenario's block stands: its base NPV and its sorted table (absolute ranges, largest swing first). */
export interface TornadoBlockRefs {
  readonly code: string;
  readonly baseNpv: string;
  readonly sortedLabels: string;
  readonly sortedNpvLow: string;
  readonly sortedNpvHigh: string;
  readonly sortedSwing: string;
  /** The NPV's change from the base NPV with each driver at its low and at its high value (the tornado's bars). */
  readonly sortedChangeLow: string;
  readonly sortedChangeHigh: string;
  readonly changeLowName: TornadoHeader;
  readonly changeHighName: TornadoHeader;
  /** The blank rows the block keeps below its sorted table for its chart (first row, count). */
  readonly chartSpace: { readonly row: number; readonly rows: number };
}

/**
 * The tornado sheet (key `tornado`): per scenario, the base NPV and the present values it moves with, the
 * drivers sorted largest swing first, the drivers in their own order with the NPV at each end, and the helper
 * rows by year (each function's delayed ramp-up, the savings slipped to the low and high slip).
 * @example buildTornadoSheet(ctx, { scenarios, refs, outcomes, definitions, globals, drivers, tornados, dataYear: 2024, masterCheck: true }).blocks[0].baseNpv
 */
export function buildTornadoSheet(ctx: ModelContext, o: TornadoSheetOptions): SheetBuild & { blocks: TornadoBlockRefs[] } {
  const grid = new SheetGrid();
  const w = tornadoWriter(ctx, grid, o.globals);
  const sheetName = ctx.names[TORNADO_SHEET_KEY] ?? ctx.t('sheet.name.tornado');
  const title = ctx.t('sheet.tornado.title');
  putFrame(grid, ctx, { title, sheetClass: 'calculation', dataYear: o.dataYear, masterCheck: o.masterCheck, masterCheckCol: COL.npvHigh });
  grid.text(3, COL.key, ctx.t('sheet.tornado.note'), 'note');
  grid.text(HEADER_ROW, COL.label, ctx.t('sheet.tornado.header.years'), 'header');
  grid.text(INDEX_ROW, COL.label, ctx.t('sheet.common.yearIndex'), 'note');
  grid.text(HORIZON_ROW, COL.label, ctx.t('sheet.common.inHorizon'), 'note');
  for (const t of w.years) {
    grid.put(HEADER_ROW, yearCol(t), { formula: `FirstYear+${w.idx(t)}`, expected: o.globals.firstYear + t, style: 'header', numberFormat: FORMAT_YEAR });
    grid.put(INDEX_ROW, yearCol(t), { formula: `COLUMN()-COLUMN(${cellRef(INDEX_ROW, YEAR_FIRST_COL)})`, expected: t, style: 'note', numberFormat: FORMAT_YEAR });
    grid.put(HORIZON_ROW, yearCol(t), { formula: `IF(${w.idx(t)}<=HorizonYears,1,0)`, expected: o.globals.inHorizon[t], style: 'note', numberFormat: FORMAT_FLAG });
  }
  let row = HORIZON_ROW + 2;
  const blocks = o.outcomes.map((outcome, s): TornadoBlockRefs => {
    const block = putBlock(w, row, o, s);
    row = block.nextRow + 1;
    const range = (c: number) => sheetRef(sheetName, rangeRef(block.sortedFirst, c, block.sortedFirst + o.drivers.length - 1, c));
    const header = (c: number, key: string): TornadoHeader => ({
      text: ctx.t(`sheet.tornado.header.${key}`), ref: sheetRef(sheetName, cellRef(block.sortedFirst - 1, c)),
    });
    return {
      code: outcome.code, baseNpv: sheetRef(sheetName, block.baseNpv),
      sortedLabels: range(COL.label), sortedNpvLow: range(COL.npvLow), sortedNpvHigh: range(COL.npvHigh), sortedSwing: range(COL.swing),
      sortedChangeLow: range(CHANGE_COL.low), sortedChangeHigh: range(CHANGE_COL.high),
      changeLowName: header(CHANGE_COL.low, 'changeLow'), changeHighName: header(CHANGE_COL.high, 'changeHigh'),
      chartSpace: block.chartSpace,
    };
  });
  return {
    sheet: {
      key: TORNADO_SHEET_KEY, name: sheetName, class: 'calculation', cells: grid.cells(), tables: [], validations: [],
      conditionalFormats: [{ range: { row: 2, col: COL.npvHigh + 1, rows: 1, cols: 1 }, kind: 'trueFalse' }],
      freeze: { rows: HORIZON_ROW, cols: COL.label },
      columnWidths: [26, 50, 12, 14, 16, 16, 16, 10, ...w.years.map(() => 12)],
      protect: true,
      print: {
        landscape: true, fitToWidth: true, area: { row: 1, col: 1, rows: row, cols: lastYearCol(w.n) },
        printTitleRows: { first: HEADER_ROW, last: HORIZON_ROW },
        header: ctx.t('sheet.common.printHeader', { title, year: o.dataYear }), footer: ctx.t('sheet.common.printFooter'),
      },
      tabColor: 'FF70AD47',
      timeline: { row: HEADER_ROW, firstCol: YEAR_FIRST_COL, count: w.n + 1 },
    },
    checks: [],
    names: [],
    blocks,
  };
}

/** One scenario's block from `row`: present values, sorted table, drivers' table, helper rows. */
function putBlock(
  w: TornadoWriter, row: number, o: TornadoSheetOptions, s: number,
): { nextRow: number; baseNpv: string; sortedFirst: number; chartSpace: { row: number; rows: number } } {
  const { ctx, grid } = w;
  const outcome = o.outcomes[s];
  const refs = o.refs[s];
  const tornado = o.tornados[s];
  const code = outcome.code;
  if (!refs.savings || !refs.siteSavings || !refs.oneOff || !refs.harmonisation || !refs.functionBaseline) {
    throw new Error(`The scenario sheet refs of ${code} lack the rows the tornado reads`);
  }
  const D = o.drivers.length;
  grid.text(row++, COL.key, ctx.t('sheet.tornado.scenario', { scenario: outcome.name ? `${code} — ${outcome.name}` : code }), 'subtitle');

  // What every driver's NPV moves from.
  const scalar = (key: string, formula: string, expected: number, numberFormat = FORMAT_EUR) => {
    const at = row++;
    w.label(at, key);
    grid.put(at, COL.high, { formula, expected, style: 'calc', numberFormat });
    return cellRef(at, COL.high);
  };
  const baseNpv = scalar('sheet.tornado.baseNpv', w.pvFormula(refs.netBenefit), tornado.baseNpvEur);
  const shareKept = scalar('sheet.tornado.shareKept', refs.shareKept, outcome.shareKept, FORMAT_RATE);
  const pvSavings = scalar('sheet.tornado.pvSavings', w.pvFormula(refs.savings), w.pvOf(outcome.savingsByYearEur));
  const pvSites = scalar('sheet.tornado.pvSites', w.pvFormula(refs.siteSavings), w.pvOf(outcome.siteSavingsByYearEur));
  const pvOneOff = scalar('sheet.tornado.pvOneOff', w.pvFormula(refs.oneOff), w.pvOf(outcome.oneOff.byYearEur));
  const pvHarm = scalar('sheet.tornado.pvHarmonisation', w.pvFormula(refs.harmonisation), w.pvOf(outcome.harmonisationByYearEur));
  row += 1;

  // Laid out first, filled after: the sorted table reads the drivers' table below it, which reads the helpers.
  const sortedTitle = row++;
  const sortedHeader = row++;
  const sortedFirst = row;
  row += D + 1;
  // Room for the block's tornado chart, right below the table it draws.
  const chartSpace = { row, rows: chartSpaceRows(D) };
  row += chartSpace.rows + 1;
  const driversTitle = row++;
  const driversHeader = row++;
  const driversFirst = row;
  row += D + 1;
  const column = (c: number) => rangeRef(driversFirst, c, driversFirst + D - 1, c);
  const slipIndex = o.drivers.findIndex((d) => d.kind === 'rampUpSlip');
  const helpers = putHelperRows(w, row, {
    outcome, definition: o.definitions[s], lever: (key) => o.scenarios.ref(code, key),
    savings: refs.savings, functionBaseline: refs.functionBaseline,
    slip: {
      low: o.drivers[slipIndex].low, high: o.drivers[slipIndex].high,
      lowCell: cellRef(driversFirst + slipIndex, COL.low), highCell: cellRef(driversFirst + slipIndex, COL.high),
    },
  });

  const headers = (at: number, first: string, last: string) => {
    grid.text(at, COL.key, ctx.t(`sheet.tornado.header.${first}`), 'header');
    (['label', 'low', 'high', 'npvLow', 'npvHigh', 'swing'] as const).forEach((h) => grid.text(at, COL[h], ctx.t(`sheet.tornado.header.${h}`), 'header'));
    grid.text(at, COL.rank, ctx.t(`sheet.tornado.header.${last}`), 'header');
  };

  // The drivers in their own order: each end's NPV, the swing, the rank.
  grid.text(driversTitle, COL.key, ctx.t('sheet.tornado.section.drivers'), 'subtitle');
  headers(driversHeader, 'key', 'rank');
  const rankOf = new Array<number>(D);
  tornado.order.forEach((i, position) => { rankOf[i] = position + 1; });
  o.drivers.forEach((d, i) => {
    const at = driversFirst + i;
    const bar = tornado.bars[i];
    grid.text(at, COL.key, d.key, 'note');
    grid.text(at, COL.label, driverLabel(ctx, d));
    const entry = ctx.entries.find((x) => x.key === d.key);
    const input = (bound: 'low' | 'high') => w.hyp(entry?.[bound] ? `${d.key}.${bound}` : d.key);
    grid.put(at, COL.low, { formula: input('low'), expected: d.low, style: 'calc', numberFormat: driverFormat(d) });
    grid.put(at, COL.high, { formula: input('high'), expected: d.high, style: 'calc', numberFormat: driverFormat(d) });
    const end = (value: string, pvSlipped: string): string => {
      switch (d.kind) {
        case 'savingsRate': return `${baseNpv}+(${value}-${w.hyp(d.key)})*${shareKept}*${helpers.coefficient(d.functionIndex ?? 0)}`;
        case 'rampUpSlip': return `${baseNpv}+${shareKept}*(${pvSlipped}-${pvSavings})`;
        case 'oneOff': return `${baseNpv}-(${value}-1)*${pvOneOff}`;
        case 'harmonisation': return `${baseNpv}-(${value}-1)*${pvHarm}`;
        case 'siteSavings': return `${baseNpv}+(${value}-1)*${shareKept}*${pvSites}`;
        case 'discountRate': return w.pvFormula(refs.netBenefit, value);
      }
    };
    grid.put(at, COL.npvLow, w.money(end(cellRef(at, COL.low), helpers.pvSlipLow), bar.npvAtLowEur));
    grid.put(at, COL.npvHigh, w.money(end(cellRef(at, COL.high), helpers.pvSlipHigh), bar.npvAtHighEur));
    grid.put(at, COL.swing, w.money(`ABS(${cellRef(at, COL.npvHigh)}-${cellRef(at, COL.npvLow)})`, bar.swingEur, 'total'));
    // Rank: 1 + the swings above this one + the equal swings listed before it (the tie-breaker).
    const swings = column(COL.swing);
    const me = cellRef(at, COL.swing);
    grid.put(at, COL.rank, {
      formula: `1+SUMPRODUCT(--(${swings}>${me}))+SUMPRODUCT(--(${swings}=${me}),--(ROW(${swings})<ROW()))`,
      expected: rankOf[i], style: 'calc', numberFormat: FORMAT_COUNT,
    });
  });

  // The drivers sorted, largest swing first: MATCH the rank, INDEX the columns.
  grid.text(sortedTitle, COL.key, ctx.t('sheet.tornado.section.sorted'), 'subtitle');
  headers(sortedHeader, 'rank', 'position');
  grid.text(sortedHeader, CHANGE_COL.low, ctx.t('sheet.tornado.header.changeLow'), 'header');
  grid.text(sortedHeader, CHANGE_COL.high, ctx.t('sheet.tornado.header.changeHigh'), 'header');
  tornado.order.forEach((i, j) => {
    const at = sortedFirst + j;
    const bar = tornado.bars[i];
    const pick = (c: number) => `INDEX(${column(c)},${cellRef(at, COL.rank)})`;
    grid.put(at, COL.key, { value: j + 1, style: 'note', numberFormat: FORMAT_COUNT });
    grid.put(at, COL.rank, { formula: `MATCH(${cellRef(at, COL.key)},${column(COL.rank)},0)`, expected: i + 1, style: 'calc', numberFormat: FORMAT_COUNT });
    grid.put(at, COL.label, { formula: pick(COL.label), expected: driverLabel(ctx, o.drivers[i]), style: 'output' });
    grid.put(at, COL.low, { formula: pick(COL.low), expected: o.drivers[i].low, style: 'output', numberFormat: FORMAT_MIXED });
    grid.put(at, COL.high, { formula: pick(COL.high), expected: o.drivers[i].high, style: 'output', numberFormat: FORMAT_MIXED });
    grid.put(at, COL.npvLow, w.money(pick(COL.npvLow), bar.npvAtLowEur, 'output'));
    grid.put(at, COL.npvHigh, w.money(pick(COL.npvHigh), bar.npvAtHighEur, 'output'));
    grid.put(at, COL.swing, w.money(pick(COL.swing), bar.swingEur, 'output'));
    // What the tornado chart draws: how far each end moves the NPV from the base NPV.
    grid.put(at, CHANGE_COL.low, w.money(`${cellRef(at, COL.npvLow, REL)}-${baseNpv}`, bar.npvAtLowEur - tornado.baseNpvEur, 'output'));
    grid.put(at, CHANGE_COL.high, w.money(`${cellRef(at, COL.npvHigh, REL)}-${baseNpv}`, bar.npvAtHighEur - tornado.baseNpvEur, 'output'));
  });
  return { nextRow: helpers.nextRow, baseNpv, sortedFirst, chartSpace };
}
