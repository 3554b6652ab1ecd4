// The Bases sheet's harmonisation grids, by staff category (rows) and partner (across):
// FTE, loaded payroll, average cost (target = highest average in D), the gap
// fte × max(0, target − average), then the gap of each partner (SCENARIO-SPEC gap_p).
import { STAFF_CATEGORIES } from '../../domain/codes';
import { carefulSum } from '../../engine/careful-sum';
import { harmonisationGap } from '../../engine/harmonisation-gap';
import type { ScenarioBases } from '../../engine/scenarios/types';
import type { SheetContext } from '../context';
import { FORMAT_EUR, FORMAT_FTE } from '../layout/number-formats';
import type { CellSpec, SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef } from '../layout/sheet-ref';
import { BASES_COL as C, type BasesLayout } from './bases-sheet-layout';
import { equals, sumWhere } from './partner-formulas';

export interface BasesWriter {
  readonly ctx: SheetContext;
  readonly grid: SheetGrid;
  readonly layout: BasesLayout;
  /** The partner code cell over column p (row fixed, column relative). */
  code(p: number): string;
  money(spec: CellSpec): CellSpec;
}

/** The four grids and the gap by partner, at the rows `layout.harmonisation` and `harmonisationGap` give. */
export function putBasesHarmonisation(w: BasesWriter, bases: ScenarioBases): void {
  const { ctx, grid, layout } = w;
  const gap = harmonisationGap(ctx.data);
  const P = bases.partners.length;
  const pc = layout.partnerCol;
  const lastP = pc(Math.max(0, P - 1));
  const h = layout.harmonisation;
  const rel = (row: number, col: number) => cellRef(row, col, { absRow: false, absCol: false });
  const across = (row: number) => rangeRef(row, pc(0), row, lastP, { absRow: false, absCol: false });
  const data = (field: string) => ctx.dataLayout.column('Effectifs', field);

  grid.text(h.fte - 2, C.code, ctx.t('sheet.bases.section.harmonisation'), 'subtitle');
  const subHeader = (first: number, labelKey: string, totalKey: string) => {
    grid.text(first - 1, C.label, ctx.t(labelKey), 'header');
    grid.text(first - 1, C.total, ctx.t(totalKey), 'header');
  };
  subHeader(h.fte, 'sheet.bases.harm.fte', 'sheet.bases.header.total');
  subHeader(h.payroll, 'sheet.bases.harm.payroll', 'sheet.bases.header.total');
  subHeader(h.average, 'sheet.bases.harm.average', 'sheet.bases.harm.target');
  subHeader(h.gap, 'sheet.bases.harm.gap', 'sheet.bases.header.total');

  gap.categories.forEach((cat, c) => {
    const fteRow = h.fte + c;
    const payRow = h.payroll + c;
    const avgRow = h.average + c;
    const gapRow = h.gap + c;
    for (const [at, unitKey] of [[fteRow, 'fte'], [payRow, 'eurPerYear'], [avgRow, 'eurPerFte'], [gapRow, 'eurPerYear']] as const) {
      grid.text(at, C.code, cat.category, 'note');
      grid.text(at, C.label, ctx.t(`domain.category.${STAFF_CATEGORIES[c]}`));
      grid.text(at, C.unit, ctx.t(`sheet.unit.${unitKey}`), 'unit');
    }
    const staffSum = (at: number, p: number, field: string) =>
      sumWhere([equals(data('partner'), w.code(p)), equals(data('category'), cellRef(at, C.code, { absRow: false }))], data(field));
    const gaps = cat.fteByPartner.map((fte, p) => fte * Math.max(0, cat.targetEur - cat.averageByPartnerEur[p]));
    cat.fteByPartner.forEach((_, p) => {
      const col = pc(p);
      grid.put(fteRow, col, { formula: staffSum(fteRow, p, 'fte'), expected: cat.fteByPartner[p], style: 'calc', numberFormat: FORMAT_FTE });
      grid.put(payRow, col, w.money({ formula: staffSum(payRow, p, 'loadedPayrollEur'), expected: cat.payrollByPartnerEur[p] }));
      grid.put(avgRow, col, w.money({
        formula: `IF(${rel(fteRow, col)}>0,${rel(payRow, col)}/${rel(fteRow, col)},0)`, expected: cat.averageByPartnerEur[p],
      }));
      grid.put(gapRow, col, w.money({
        formula: `${rel(fteRow, col)}*MAX(0,${cellRef(avgRow, C.total, { absRow: false })}-${rel(avgRow, col)})`, expected: gaps[p],
      }));
    });
    grid.put(fteRow, C.total, { formula: `SUM(${across(fteRow)})`, expected: carefulSum(cat.fteByPartner), style: 'calc', numberFormat: FORMAT_FTE });
    grid.put(payRow, C.total, w.money({ formula: `SUM(${across(payRow)})`, expected: carefulSum(cat.payrollByPartnerEur) }));
    // The target: the highest average of ALL partners, whoever takes part in a scenario.
    grid.put(avgRow, C.total, w.money({ formula: `MAX(${across(avgRow)})`, expected: cat.targetEur }));
    grid.put(gapRow, C.total, w.money({ formula: `SUM(${across(gapRow)})`, expected: carefulSum(gaps) }));
  });

  const totalRow = layout.row('harmonisationGap');
  const lastCat = h.gap + STAFF_CATEGORIES.length - 1;
  grid.text(totalRow, C.label, ctx.t('sheet.bases.harm.gapByPartner'), 'total');
  grid.text(totalRow, C.unit, ctx.t('sheet.unit.eurPerYear'), 'unit');
  bases.harmonisationGapEur.forEach((v, p) => grid.put(totalRow, pc(p), w.money({
    formula: `SUM(${rangeRef(h.gap, pc(p), lastCat, pc(p), { absRow: false, absCol: false })})`, expected: v, style: 'total',
  })));
  grid.put(totalRow, C.total, w.money({ formula: `SUM(${across(totalRow)})`, expected: carefulSum(bases.harmonisationGapEur), style: 'total', numberFormat: FORMAT_EUR }));
}
