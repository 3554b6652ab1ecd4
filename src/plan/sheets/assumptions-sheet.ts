// Hypothèses (input): every assumption as one input cell with its key, label, unit,
// default and source; the rows by year run across the timeline's year columns.
import type { AssumptionEntry } from '../../engine/model-assumptions';
import { POOLED_FUNCTIONS } from '../../engine/model-assumptions';
import type { Provenance } from '../../domain/types';
import type { PlanCheck, SheetBuild, SheetContext } from '../context';
import {
  ASSUMPTION_COLS as C, ASSUMPTION_HEADER_ROW, ASSUMPTION_INDEX_ROW, type AssumptionsSheetLayout,
} from '../assumptions-layout';
import { FORMAT_COUNT, FORMAT_EUR, FORMAT_FLAG, FORMAT_YEARS, FORMAT_RATE_FINE, FORMAT_YEAR, rateFormatFor } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import { lastYearCol, yearCol } from '../layout/timeline';
import type { PlanValidation } from '../types';
import { assumptionBound } from '../assumption-bounds';
import { putFrame } from './sheet-frame';

export function assumptionLabel(ctx: SheetContext, key: string): string {
  const [head, tail] = [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)];
  if (key === 'firstYear') return ctx.t('sheet.assumptions.firstYear');
  if (key === 'oneOff.phasing') return ctx.t('sheet.assumptions.oneOffPhasing');
  if (key === 'harmonisation.phasing') return ctx.t('sheet.assumptions.harmonisationPhasing');
  if (head === 'savingsRate') return ctx.t('sheet.assumptions.savingsRate', { function: ctx.t(`domain.function.${tail}`) });
  if (head === 'rampUp') return ctx.t('sheet.assumptions.rampUp', { function: ctx.t(`domain.function.${tail}`) });
  return ctx.t(`domain.assumption.${key}`);
}

export function provenanceText(ctx: SheetContext, p: Provenance): string {
  if (p.kind === 'sourced') return ctx.t('sheet.source.sourced', { sources: p.sources.join(', ') });
  if (p.kind === 'convention') return ctx.t('sheet.source.convention');
  return p.sources && p.sources.length > 0 ? ctx.t('sheet.source.assumptionWith', { sources: p.sources.join(', ') }) : ctx.t('sheet.source.assumption');
}

function formatOf(entry: AssumptionEntry): string {
  // A slip of the ramp-up may be a fraction of a year (0.5: half of each year's savings a year late).
  if (entry.key === 'sensitivity.rampUpSlipYears') return FORMAT_YEARS;
  switch (entry.unit) {
    case 'eur': return FORMAT_EUR;
    case 'year': case 'years': return FORMAT_YEAR;
    case 'flag': return FORMAT_FLAG;
    case 'count': return FORMAT_COUNT;
    case 'ratePerYear': return FORMAT_RATE_FINE;
    default: return rateFormatFor(entry.defaultValue ?? 0);
  }
}

/** Defaults of a row by year, compact: `0 / 25 / 60 / 90 / 100 / 100 %`. */
const percents = (lang: string, values: readonly number[]) =>
  `${values.map((v) => String(Math.round(v * 1000) / 10).replace('.', lang === 'fr' ? ',' : '.')).join(' / ')} %`;

/** The assumptions sheet, laid out by `layout`. */
export function buildAssumptionsSheet(ctx: SheetContext, layout: AssumptionsSheetLayout, entries: readonly AssumptionEntry[], dataYear: number, masterCheck: boolean): SheetBuild {
  const grid = new SheetGrid();
  const n = layout.horizonYears;
  const firstYear = entries.find((e) => e.key === 'firstYear')?.value ?? dataYear + 1;
  putFrame(grid, ctx, { title: ctx.t('sheet.assumptions.title'), sheetClass: 'input', dataYear, masterCheck, masterCheckCol: C.default });
  grid.text(3, 1, ctx.t('sheet.assumptions.note'), 'note');
  grid.text(ASSUMPTION_INDEX_ROW, C.label, ctx.t('sheet.common.yearIndex'), 'note');
  (['key', 'label', 'unit', 'value', 'low', 'high', 'default', 'source'] as const).forEach((h) => {
    grid.text(ASSUMPTION_HEADER_ROW, C[h], ctx.t(`sheet.assumptions.header.${h}`), 'header');
  });
  for (let t = 0; t <= n; t++) {
    grid.put(ASSUMPTION_INDEX_ROW, yearCol(t), { value: t, style: 'note', numberFormat: FORMAT_YEAR });
    grid.put(ASSUMPTION_HEADER_ROW, yearCol(t), {
      formula: `FirstYear+${cellRef(ASSUMPTION_INDEX_ROW, yearCol(t), { absCol: false })}`, expected: firstYear + t, style: 'header', numberFormat: FORMAT_YEAR,
    });
  }
  const validations: PlanValidation[] = [];
  const rateRange = (row: number, col: number, cols = 1) => ({ row, col, rows: 1, cols });
  for (const section of layout.sections) {
    grid.text(section.titleRow, C.key, ctx.t(`sheet.assumptions.section.${section.section}`), 'subtitle');
    for (const { entry, row } of section.rows) {
      const numberFormat = formatOf(entry);
      grid.text(row, C.key, entry.key, 'note');
      grid.text(row, C.label, assumptionLabel(ctx, entry.key));
      grid.text(row, C.unit, ctx.t(`sheet.unit.${entry.unit}`), 'unit');
      const source = provenanceText(ctx, entry.provenance) + (entry.toSet ? ` — ${ctx.t('sheet.assumptions.toSet')}` : '');
      grid.text(row, C.source, source, 'source');
      if (entry.byYear && entry.byYearDefault) {
        entry.byYear.forEach((v, t) => grid.put(row, yearCol(t), { value: v, style: 'input', numberFormat }));
        grid.text(row, C.default, percents(ctx.lang, entry.byYearDefault), 'note');
        validations.push({ range: rateRange(row, yearCol(0), n + 1), ...assumptionBound(entry)! });
        continue;
      }
      grid.put(row, C.value, { value: entry.value, style: 'input', numberFormat });
      if (entry.low) grid.put(row, C.low, { value: entry.low.value, style: 'input', numberFormat });
      if (entry.high) grid.put(row, C.high, { value: entry.high.value, style: 'input', numberFormat });
      grid.put(row, C.default, { value: entry.defaultValue, style: 'note', numberFormat });
      // The same bounds as the task pane's fields, so neither accepts what the other refuses.
      const cols = entry.low && entry.high ? 3 : 1;
      const bound = assumptionBound(entry);
      if (bound) validations.push({ range: rateRange(row, C.value, bound.kind === 'decimal' ? cols : 1), ...bound });
    }
  }
  return {
    sheet: {
      key: 'assumptions', name: layout.sheetName, class: 'input', cells: grid.cells(), tables: [], validations,
      conditionalFormats: [{ range: { row: 2, col: C.default + 1, rows: 1, cols: 1 }, kind: 'trueFalse' }],
      freeze: { rows: ASSUMPTION_HEADER_ROW, cols: 2 },
      columnWidths: [30, 52, 9, 12, 10, 10, 30, 30, ...Array.from({ length: n + 1 }, () => 10)],
      protect: false, print: null, tabColor: 'FFFFC000',
      timeline: { row: ASSUMPTION_HEADER_ROW, firstCol: yearCol(0), count: n + 1 },
    },
    checks: assumptionChecks(ctx, layout, entries),
    names: [
      { name: 'DiscountRate', sheetKey: 'assumptions', row: layout.row('discountRate'), col: C.value },
      { name: 'HorizonYears', sheetKey: 'assumptions', row: layout.row('horizonYears'), col: C.value },
      { name: 'FirstYear', sheetKey: 'assumptions', row: layout.row('firstYear'), col: C.value },
    ],
  };
}

/** Checks on the inputs themselves: ramp-ups, phasing, the switch, the discount rate. */
function assumptionChecks(ctx: SheetContext, layout: AssumptionsSheetLayout, entries: readonly AssumptionEntry[]): PlanCheck[] {
  const n = layout.horizonYears;
  const sheet = (a: string) => sheetRef(layout.sheetName, a);
  // The sheet's own row of model year indexes: a year counts while its index is within HorizonYears.
  const indexRow = sheet(rangeRef(ASSUMPTION_INDEX_ROW, yearCol(0), ASSUMPTION_INDEX_ROW, lastYearCol(n)));
  const entry = (key: string) => entries.find((e) => e.key === key)!;
  const rampRows = POOLED_FUNCTIONS.map((f) => layout.row(`rampUp.${f}`));
  const r1 = Math.min(...rampRows);
  const r2 = Math.max(...rampRows);
  const block = sheet(rangeRef(r1, yearCol(0), r2, lastYearCol(n)));
  const later = sheet(rangeRef(r1, yearCol(1), r2, lastYearCol(n)));
  const earlier = sheet(rangeRef(r1, yearCol(0), r2, lastYearCol(n) - 1));
  const ramps = POOLED_FUNCTIONS.map((f) => entry(`rampUp.${f}`).byYear!);
  const rampOk = ramps.every((r) => r.every((v) => v >= 0 && v <= 1) && r.every((v, t) => t === 0 || v >= r[t - 1]));
  const phasingRow = (key: string) => sheet(rangeRef(layout.row(key), yearCol(0), layout.row(key), lastYearCol(n)));
  const oneOff = entry('oneOff.phasing').byYear!;
  const harm = entry('harmonisation.phasing').byYear!;
  const inUnit = (v: readonly number[]) => v.every((x) => x >= 0 && x <= 1);
  const sum = oneOff.reduce((a, b) => a + b, 0);
  return [
    {
      key: 'rampUp', label: ctx.t('sheet.check.rampUp'),
      formula: `AND(MIN(${block})>=0,MAX(${block})<=1,SUMPRODUCT(--(${later}<${earlier}))=0)`, expected: rampOk,
    },
    {
      key: 'oneOffPhasing', label: ctx.t('sheet.check.oneOffPhasing'),
      // Summed over the years within the horizon only: a shorter horizon must not drop one-off costs unnoticed.
      formula: `AND(MIN(${phasingRow('oneOff.phasing')})>=0,MAX(${phasingRow('oneOff.phasing')})<=1,ROUND(SUMPRODUCT(${phasingRow('oneOff.phasing')},--(${indexRow}<=HorizonYears)),12)=1)`,
      expected: inUnit(oneOff) && Math.round(sum * 1e12) / 1e12 === 1,
    },
    {
      // The year columns are laid out when the model is generated; a longer horizon needs a new generation.
      key: 'horizonWithinTimeline', label: ctx.t('sheet.check.horizonWithinTimeline'),
      formula: `AND(HorizonYears>=1,HorizonYears<=MAX(${indexRow}))`, expected: true,
    },
    {
      key: 'harmonisationPhasing', label: ctx.t('sheet.check.harmonisationPhasing'),
      formula: `AND(MIN(${phasingRow('harmonisation.phasing')})>=0,MAX(${phasingRow('harmonisation.phasing')})<=1)`, expected: inUnit(harm),
    },
    { key: 'discountRate', label: ctx.t('sheet.check.discountRate'), formula: 'DiscountRate>-1', expected: entry('discountRate').value! > -1 },
  ];
}
