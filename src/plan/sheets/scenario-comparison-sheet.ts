// Scénarios comparés (output): the status quo S0 and every scenario side by side, with the
// scenario that wins each row, the weighted choice, what each association gains in each
// scenario, and the cumulative net benefit, FRNG and cash by year. Every figure is a
// formula over the scenario sheets, the scoring sheet, the Scénarios and legal forms
// sheets; each carries the engine's value for the tests.
import type { SheetBuild, SheetContext } from '../context';
import { SheetGrid } from '../layout/sheet-grid';
import { YEAR_FIRST_COL, yearCol } from '../layout/timeline';
import type { PlanSheet } from '../types';
import { putHeader, putPartnerRows, putScenarioRows } from './scenario-comparison-sheet-rows';
import { putYears } from './scenario-comparison-sheet-years';
import {
  CODE_ROW, comparisonWriter, FIRST_BODY_ROW, LABEL_COL, NAME_ROW, S0_COL, type ScenarioComparisonOptions,
} from './scenario-comparison-sheet-writer';
import { putFrame } from './sheet-frame';

export type { ScenarioComparisonOptions } from './scenario-comparison-sheet-writer';

export const SCENARIO_COMPARISON_KEY = 'scenarioComparison';
const K = (key: string) => `sheet.scenarioComparison.${key}`;

/**
 * The scenario comparison sheet (key `scenarioComparison`). Columns: label, unit, S0,
 * S1…Sn, best; the years from I as on every sheet. The status quo's figures are values
 * (0, "—"), except its FRNG and cash, read from the partners' balance sheets.
 */
export function buildScenarioComparisonSheet(ctx: SheetContext, o: ScenarioComparisonOptions): SheetBuild {
  const grid = new SheetGrid();
  const w = comparisonWriter(ctx, grid, o);
  const title = ctx.t(K('title'));
  putFrame(grid, ctx, { title, sheetClass: 'output', dataYear: o.dataYear, masterCheck: o.masterCheck, masterCheckCol: S0_COL });
  (['statusQuo', 'best', 'details'] as const).forEach((note, i) => grid.text(3 + i, LABEL_COL, ctx.t(K(`note.${note}`)), 'note'));
  putHeader(w);
  let row = putScenarioRows(w, FIRST_BODY_ROW);
  row = putPartnerRows(w, row + 1);
  const years = putYears(w, row);
  const lastRow = (years?.nextRow ?? row) - 1;
  const lastCol = Math.max(w.bestCol, years === null ? 0 : yearCol(years.count - 1));

  const sheet: PlanSheet = {
    key: SCENARIO_COMPARISON_KEY,
    name: ctx.names[SCENARIO_COMPARISON_KEY] ?? ctx.t('sheet.name.scenarioComparison'),
    class: 'output',
    cells: grid.cells(),
    tables: [],
    validations: [],
    conditionalFormats: [{ range: { row: 2, col: S0_COL + 1, rows: 1, cols: 1 }, kind: 'trueFalse' }],
    freeze: { rows: NAME_ROW, cols: 2 },
    // Scenario columns wide enough for a short form name and a euro figure in millions; the last one for "best".
    columnWidths: [50, 10, ...Array.from({ length: lastCol - 2 }, (_, i) => (i + 3 === w.bestCol ? 22 : 18))],
    protect: true,
    print: {
      landscape: true, fitToWidth: true,
      area: { row: 1, col: 1, rows: lastRow, cols: lastCol },
      // The scenario codes and names head every printed page.
      printTitleRows: { first: CODE_ROW, last: NAME_ROW },
      header: ctx.t('sheet.common.printHeader', { title, year: o.dataYear }),
      footer: ctx.t('sheet.common.printFooter'),
    },
    tabColor: 'FF70AD47',
    ...(years === null ? {} : { timeline: { row: years.headerRow, firstCol: YEAR_FIRST_COL, count: years.count } }),
  };
  return { sheet, checks: [], names: [] };
}
