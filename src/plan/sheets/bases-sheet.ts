// Bases (calculation): the scenario-independent figures every scenario draws on, by
// partner (across) — charges baseline, FTE and payroll of each pooled function, the
// partners' totals and balance-sheet figures, the harmonisation gap — and the sites' rents.
// Every figure is a formula over the data sheet (SCENARIO-SPEC.md "Bases").
import { carefulSum } from '../../engine/careful-sum';
import { POOLED_FUNCTIONS } from '../../engine/model-assumptions';
import type { ScenarioBases } from '../../engine/scenarios/types';
import type { SheetBuild, SheetContext } from '../context';
import { FORMAT_EUR, FORMAT_FTE } from '../layout/number-formats';
import { SheetGrid, type CellSpec } from '../layout/sheet-grid';
import { cellRef, rangeRef } from '../layout/sheet-ref';
import { putBasesHarmonisation } from './bases-sheet-harmonisation';
import { BASES_CODE_ROW, BASES_COL as C, BASES_NAME_ROW, basesSheetLayout, type BasesLayout } from './bases-sheet-layout';
import { equals, sumWhere, text } from './partner-formulas';
import { putFrame } from './sheet-frame';

export { basesSheetLayout, BASES_COL, type BasesLayout } from './bases-sheet-layout';

/** The Bases sheet's stable key. */
export const BASES_SHEET_KEY = 'bases';

/**
 * The Bases sheet for the partner data of `ctx`, its expected values from `bases` (scenarioBases(data)).
 * @example buildBasesSheet(ctx, scenarioBases(data), 2024, true).layout.partnerRange('charges')
 */
export function buildBasesSheet(ctx: SheetContext, bases: ScenarioBases, dataYear: number, masterCheck: boolean): SheetBuild & { layout: BasesLayout } {
  const sheetName = ctx.names[BASES_SHEET_KEY] ?? ctx.t('sheet.name.bases');
  const P = bases.partners.length;
  const layout = basesSheetLayout(P, bases.siteRentEur.length, sheetName);
  const grid = new SheetGrid();
  const data = (table: Parameters<typeof ctx.dataLayout.column>[0], field: string) => ctx.dataLayout.column(table, field);
  const pc = layout.partnerCol;
  const lastP = pc(Math.max(0, P - 1));
  const money = (spec: CellSpec): CellSpec => ({ style: 'calc', numberFormat: FORMAT_EUR, ...spec });
  const code = (p: number) => cellRef(BASES_CODE_ROW, pc(p), { absCol: false });

  putFrame(grid, ctx, { title: ctx.t('sheet.bases.title'), sheetClass: 'calculation', dataYear, masterCheck, masterCheckCol: C.unit });
  grid.text(3, C.code, ctx.t('sheet.bases.note'), 'note');
  grid.text(BASES_CODE_ROW, C.code, ctx.t('sheet.bases.header.code'), 'header');
  grid.text(BASES_CODE_ROW, C.label, ctx.t('sheet.bases.header.partner'), 'header');
  grid.text(BASES_CODE_ROW, C.unit, ctx.t('sheet.bases.header.unit'), 'header');
  grid.text(BASES_CODE_ROW, C.total, ctx.t('sheet.bases.header.total'), 'header');
  grid.text(BASES_NAME_ROW, C.label, ctx.t('sheet.bases.header.name'), 'note');
  // The partner codes and names are read from the data sheet (n-th record in the n-th column), so that a
  // code edited there still lines the columns up.
  const nth = (row: number) => `COLUMN()-COLUMN(${cellRef(row, pc(0))})+1`;
  ctx.data.partners.forEach((p, i) => {
    grid.put(BASES_CODE_ROW, pc(i), { formula: `INDEX(${data('Partenaires', 'code')},${nth(BASES_CODE_ROW)})`, expected: p.code, style: 'header' });
    grid.put(BASES_NAME_ROW, pc(i), { formula: `INDEX(${data('Partenaires', 'name')},${nth(BASES_NAME_ROW)})`, expected: p.name, style: 'note' });
  });

  /** One row across the partners and its total in D. */
  const partnerRow = (key: string, label: string, unitKey: string, values: readonly number[], formula: (p: number) => string, format = FORMAT_EUR, rowCode = '') => {
    const at = layout.row(key);
    if (rowCode) grid.text(at, C.code, rowCode, 'note');
    grid.text(at, C.label, label);
    grid.text(at, C.unit, ctx.t(unitKey), 'unit');
    values.forEach((v, p) => grid.put(at, pc(p), money({ formula: formula(p), expected: v, numberFormat: format })));
    grid.put(at, C.total, money({
      formula: `SUM(${rangeRef(at, pc(0), at, lastP, { absRow: false, absCol: false })})`, expected: carefulSum(values), numberFormat: format,
    }));
  };
  const title = (key: string, titleKey: string) => grid.text(layout.row(key) - 1, C.code, ctx.t(titleKey), 'subtitle');

  const functionBlock = (prefix: string, titleKey: string, unitKey: string, values: ScenarioBases['fte'], table: 'Budgets' | 'Effectifs', field: string, format: string) => {
    title(`${prefix}.${POOLED_FUNCTIONS[0]}`, titleKey);
    POOLED_FUNCTIONS.forEach((f, i) => {
      const at = layout.row(`${prefix}.${f}`);
      const conditions = (p: number) => [
        equals(data(table, 'partner'), code(p)),
        ...(table === 'Budgets' ? [equals(data('Budgets', 'side'), text('CHARGES'))] : []),
        equals(data(table, 'function'), cellRef(at, C.code, { absRow: false })),
      ];
      partnerRow(`${prefix}.${f}`, ctx.t(`domain.function.${f}`), unitKey, values[i], (p) => sumWhere(conditions(p), data(table, field)), format, f);
    });
  };
  functionBlock('baseline', 'sheet.bases.section.baseline', 'sheet.unit.eurPerYear', bases.baselineEur, 'Budgets', 'amountEur', FORMAT_EUR);
  functionBlock('fte', 'sheet.bases.section.fte', 'sheet.unit.fte', bases.fte, 'Effectifs', 'fte', FORMAT_FTE);
  functionBlock('payroll', 'sheet.bases.section.payroll', 'sheet.unit.eurPerYear', bases.payrollEur, 'Effectifs', 'loadedPayrollEur', FORMAT_EUR);

  title('charges', 'sheet.bases.section.partners');
  const partnerField = (field: string, p: number) => sumWhere([equals(data('Partenaires', 'code'), code(p))], data('Partenaires', field));
  partnerRow('charges', ctx.t('sheet.bases.charges'), 'sheet.unit.eurPerYear', bases.chargesEur,
    (p) => sumWhere([equals(data('Budgets', 'partner'), code(p)), equals(data('Budgets', 'side'), text('CHARGES'))], data('Budgets', 'amountEur')));
  partnerRow('staffPayroll', ctx.t('sheet.bases.staffPayroll'), 'sheet.unit.eurPerYear', bases.staffPayrollEur,
    (p) => sumWhere([equals(data('Effectifs', 'partner'), code(p))], data('Effectifs', 'loadedPayrollEur')));
  partnerRow('frng', ctx.t('sheet.bases.frng'), 'sheet.unit.eur', bases.frngEur,
    (p) => `${partnerField('permanentCapitalEur', p)}-${partnerField('netFixedAssetsEur', p)}`);
  partnerRow('workingCapitalNeed', ctx.t('sheet.bases.workingCapitalNeed'), 'sheet.unit.eur', bases.workingCapitalNeedEur,
    (p) => partnerField('workingCapitalNeedEur', p));
  partnerRow('balanceSheetTotal', ctx.t('sheet.bases.balanceSheetTotal'), 'sheet.unit.eur', bases.balanceSheetTotalEur,
    (p) => partnerField('balanceSheetTotalEur', p));

  putBasesHarmonisation({ ctx, grid, layout, code, money }, bases);

  // Sites: code, partner and rent read from the data sheet, record by record.
  const sitesTitle = layout.firstSiteRow - 2;
  grid.text(sitesTitle, C.code, ctx.t('sheet.bases.section.sites'), 'subtitle');
  grid.text(sitesTitle + 1, C.code, ctx.t('sheet.bases.site.code'), 'header');
  grid.text(sitesTitle + 1, C.label, ctx.t('sheet.bases.site.partner'), 'header');
  grid.text(sitesTitle + 1, C.unit, ctx.t('sheet.bases.header.unit'), 'header');
  grid.text(sitesTitle + 1, C.total, ctx.t('sheet.bases.site.rent'), 'header');
  if (ctx.data.sites.length === 0) grid.text(layout.firstSiteRow, C.code, ctx.t('sheet.bases.site.none'), 'note');
  ctx.data.sites.forEach((s, i) => {
    const at = layout.firstSiteRow + i;
    grid.put(at, C.code, { formula: ctx.dataLayout.cell('Sites', 'code', i), expected: s.code, style: 'calc' });
    grid.put(at, C.label, { formula: ctx.dataLayout.cell('Sites', 'partner', i), expected: s.partner, style: 'calc' });
    grid.text(at, C.unit, ctx.t('sheet.unit.eurPerYear'), 'unit');
    // N(): an empty rent counts 0.
    grid.put(at, C.total, money({ formula: `N(${ctx.dataLayout.cell('Sites', 'rentAndChargesEur', i)})`, expected: bases.siteRentEur[i] }));
  });

  return {
    sheet: {
      key: BASES_SHEET_KEY, name: sheetName, class: 'calculation', cells: grid.cells(), tables: [], validations: [],
      conditionalFormats: [{ range: { row: 2, col: C.unit + 1, rows: 1, cols: 1 }, kind: 'trueFalse' }],
      freeze: { rows: BASES_NAME_ROW, cols: C.label },
      columnWidths: [14, 44, 9, 16, ...Array.from({ length: Math.max(1, P) }, () => 16)],
      protect: true,
      print: {
        landscape: true, fitToWidth: true,
        area: { row: 1, col: 1, rows: layout.lastRow, cols: Math.max(lastP, C.total) },
        // The partner codes and names head every printed page.
        printTitleRows: { first: BASES_CODE_ROW, last: BASES_NAME_ROW },
        header: ctx.t('sheet.common.printHeader', { title: ctx.t('sheet.bases.title'), year: dataYear }),
        footer: ctx.t('sheet.common.printFooter'),
      },
      tabColor: 'FF70AD47',
    },
    checks: [],
    names: [],
    layout,
  };
}
