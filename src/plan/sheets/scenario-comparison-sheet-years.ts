// The years of the scenario comparison: cumulative net benefit, then FRNG and cash after
// the operation, one row per scenario, the years across the timeline columns shared by
// every sheet (I = year 0), one formula per row (each year cell reads the same row of the
// scenario's sheet, its column relative).
import { columnLetters } from '../../data/cell-address';
import { carefulSum } from '../../engine/careful-sum';
import type { ScenarioOutcome } from '../../engine/scenarios/types';
import { FORMAT_EUR, FORMAT_FLAG, FORMAT_YEAR } from '../layout/number-formats';
import { cellRef } from '../layout/sheet-ref';
import { YEAR_FIRST_COL, yearCol } from '../layout/timeline';
import type { ScenarioSheetRefs } from '../scenario-refs';
import type { CellScalar } from '../types';
import { text } from './partner-formulas';
import { CODE_ROW, LABEL_COL, NAME_ROW, UNIT_COL, type ComparisonWriter } from './scenario-comparison-sheet-writer';

const K = (key: string) => `sheet.scenarioComparison.${key}`;

/**
 * A scenario sheet's year cell with its column made relative (`'S1'!$J$40` → `'S1'!J$40`):
 * the timelines coincide, so the same R1C1 formula reads year t in every column.
 */
export function yearRelative(ref: string): string {
  return ref.replace(/\$([A-Z]+)(\$\d+)$/, '$1$2');
}

export interface YearsBlock {
  /** The timeline header row (calendar years), declared on the sheet. */
  readonly headerRow: number;
  readonly count: number;
  readonly nextRow: number;
}

/** From `start`: the timeline rows, then the three blocks by year; nothing without scenarios' years. */
export function putYears(w: ComparisonWriter, start: number): YearsBlock | null {
  const { ctx, grid, o } = w;
  const t = ctx.t;
  const first = o.outcomes.find((x) => o.refs.some((r) => r.code === x.code));
  if (first === undefined) return null;
  const years = first.yearIndexes;
  const letter = (y: number) => columnLetters(yearCol(y));
  let row = start;
  const headerRow = row++;
  const indexRow = row++;
  const horizonRow = row++;
  const idx = (y: number) => `${letter(y)}$${indexRow}`;
  grid.text(headerRow, LABEL_COL, t(K('timeline.year')), 'header');
  grid.text(headerRow, UNIT_COL, t(K('header.unit')), 'header');
  grid.text(indexRow, LABEL_COL, t('sheet.common.yearIndex'), 'note');
  grid.text(horizonRow, LABEL_COL, t('sheet.common.inHorizon'), 'note');
  for (const y of years) {
    grid.put(headerRow, yearCol(y), { formula: `FirstYear+${idx(y)}`, expected: first.calendarYears[y], style: 'header', numberFormat: FORMAT_YEAR });
    grid.put(indexRow, yearCol(y), { formula: `COLUMN()-COLUMN(${cellRef(indexRow, YEAR_FIRST_COL)})`, expected: y, style: 'note', numberFormat: FORMAT_YEAR });
    grid.put(horizonRow, yearCol(y), { formula: `IF(${idx(y)}<=HorizonYears,1,0)`, expected: 1, style: 'note', numberFormat: FORMAT_FLAG });
  }

  const scenarioLabel = (i: number) => ({
    formula: `CONCATENATE(${cellRef(CODE_ROW, w.col(i))},${text(' — ')},${cellRef(NAME_ROW, w.col(i))})`,
    expected: `${o.refs[i].code} — ${w.outcome(i).name !== '' ? w.outcome(i).name : t(`domain.form.${w.outcome(i).form}.short`)}`,
  });
  const block = (key: string, s0: { label: string; cell: (y: number) => { formula?: string; value?: CellScalar; expected?: CellScalar } },
    pick: (ref: ScenarioSheetRefs, y: number) => string, value: (x: ScenarioOutcome, y: number) => number) => {
    row++;
    grid.text(row++, LABEL_COL, t(K(`section.${key}`)), 'subtitle');
    grid.text(row, LABEL_COL, s0.label);
    grid.text(row, UNIT_COL, t('sheet.unit.eur'), 'unit');
    for (const y of years) grid.put(row, yearCol(y), { ...s0.cell(y), style: 'calc', numberFormat: FORMAT_EUR });
    row++;
    o.refs.forEach((ref, i) => {
      grid.put(row, LABEL_COL, { ...scenarioLabel(i), style: 'label' });
      grid.text(row, UNIT_COL, t('sheet.unit.eur'), 'unit');
      for (const y of years) {
        grid.put(row, yearCol(y), { formula: yearRelative(pick(ref, y)), expected: value(w.outcome(i), y), style: 'calc', numberFormat: FORMAT_EUR });
      }
      row++;
    });
  };
  // The status quo saves and spends nothing: its cumulative net benefit is 0 every year, written as values.
  block('cumulative', { label: `S0 — ${t(K('statusQuo.name'))}`, cell: () => ({ value: 0 }) },
    (r, y) => r.cumulative(y), (x, y) => x.cumulativeByYearEur[y]);
  // Its FRNG and cash are those of every partner as they stand: the data sheet's balance sheets, the same each year.
  const P = (field: string) => `SUM(${ctx.dataLayout.column('Partenaires', field)})`;
  const frng = `${P('permanentCapitalEur')}-${P('netFixedAssetsEur')}`;
  const frngEur = carefulSum(ctx.data.partners.map((p) => (p.permanentCapitalEur ?? 0) - (p.netFixedAssetsEur ?? 0)));
  const bfrEur = carefulSum(ctx.data.partners.map((p) => p.workingCapitalNeedEur ?? 0));
  const s0Label = t(K('statusQuo.allPartners'));
  block('frng', { label: s0Label, cell: () => ({ formula: frng, expected: frngEur }) },
    (r, y) => r.frng(y), (x, y) => x.financing.frngByYearEur[y]);
  block('cash', { label: s0Label, cell: () => ({ formula: `${frng}-${P('workingCapitalNeedEur')}`, expected: frngEur - bfrEur }) },
    (r, y) => r.cash(y), (x, y) => x.financing.cashByYearEur[y]);
  return { headerRow, count: years.length, nextRow: row };
}
