// Sommaire (cover): purpose, data year, generation date, version, language, contents by
// class with links, the master check, headline figures, the registry of generated sheets,
// the defined names and the model's stated limits.
import type { SheetBuild, SheetContext } from '../context';
import { booleanFormat, FORMAT_EUR, FORMAT_RATE, FORMAT_YEAR, FORMAT_YEARS } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import { cellRef, sheetRef } from '../layout/sheet-ref';
import type { CellScalar, PlanName, PlanSheet, SheetClass } from '../types';
import { MASTER_CHECK_FORMULA, MASTER_CHECK_NAME, REGISTRY_NAME } from './sheet-frame';

export interface CoverOptions {
  readonly dataYear: number;
  readonly generatedAt: Date;
  readonly productVersion: string;
  /** Every other generated sheet, in workbook order. */
  readonly sheets: readonly PlanSheet[];
  readonly names: readonly PlanName[];
  /** The scenarios' codes, in order: their headline names (`S1_NPV`…) head the cover. */
  readonly scenarioCodes: readonly string[];
  /** The weighted first choice: a formula over the scoring sheet and its value. */
  readonly firstChoice: { readonly formula: string; readonly expected: string } | null;
  /** The board's readiness index (0–100 %), from the readiness sheet. */
  readonly readiness: { readonly formula: string; readonly expected: number } | null;
}

const CLASS_ORDER: readonly SheetClass[] = ['input', 'calculation', 'output', 'control'];

/** The UTC date and time of generation, as text (`2026-01-15 09:00 UTC`). */
function stamp(d: Date): string {
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

export function buildCoverSheet(ctx: SheetContext, o: CoverOptions): SheetBuild {
  const grid = new SheetGrid();
  const expectedOf = (name: PlanName): CellScalar => {
    const sheet = o.sheets.find((s) => s.key === name.sheetKey);
    const cell = sheet?.cells.find((c) => c.row === name.row && c.col === name.col);
    return cell?.expected ?? cell?.value ?? null;
  };
  const named = (name: string) => {
    const found = o.names.find((n) => n.name === name);
    if (!found) throw new Error(`No defined name ${name}`);
    return found;
  };
  grid.text(1, 1, ctx.t('sheet.cover.title'), 'title');
  grid.text(2, 1, ctx.t('sheet.common.classLine', { class: ctx.t('sheet.class.cover'), year: o.dataYear }), 'subtitle');
  grid.text(3, 1, ctx.t('sheet.cover.purpose'), 'note');
  const facts: [string, CellScalar, string?][] = [
    ['sheet.cover.dataYear', o.dataYear, FORMAT_YEAR],
    ['sheet.cover.generatedAt', stamp(o.generatedAt)],
    ['sheet.cover.productVersion', o.productVersion],
    ['sheet.cover.language', ctx.t('sheet.cover.languageName')],
  ];
  let row = 5;
  for (const [key, value, numberFormat] of facts) {
    grid.text(row, 1, ctx.t(key));
    grid.put(row++, 2, { value, style: 'label', ...(numberFormat ? { numberFormat } : {}) });
  }
  row++;
  const masterRow = row++;
  grid.text(masterRow, 1, ctx.t('sheet.common.masterCheck'), 'total');
  grid.put(masterRow, 2, { formula: MASTER_CHECK_FORMULA, expected: expectedOf(named(MASTER_CHECK_NAME)), style: 'check', numberFormat: booleanFormat(ctx.t) });

  row++;
  grid.text(row++, 1, ctx.t('sheet.cover.headlines'), 'subtitle');
  // One column per scenario, so that a board sees them side by side on the first page.
  const headerRow = row++;
  o.scenarioCodes.forEach((code, i) => grid.text(headerRow, 2 + i, code, 'header'));
  const headlines: [string, string, string][] = [
    ['sheet.cover.npv', 'NPV', FORMAT_EUR],
    ['sheet.cover.payback', 'Payback', FORMAT_YEARS],
    ['sheet.cover.netBenefitTotal', 'NetBenefitTotal', FORMAT_EUR],
    ['sheet.cover.oneOffCosts', 'OneOffCosts', FORMAT_EUR],
  ];
  for (const [key, suffix, numberFormat] of headlines) {
    grid.text(row, 1, ctx.t(key));
    o.scenarioCodes.forEach((code, i) => {
      const name = `${code}_${suffix}`;
      grid.put(row, 2 + i, { formula: name, expected: expectedOf(named(name)), style: 'output', numberFormat });
    });
    row++;
  }
  if (o.firstChoice) {
    grid.text(row, 1, ctx.t('sheet.cover.firstChoice'), 'total');
    grid.put(row++, 2, { formula: o.firstChoice.formula, expected: o.firstChoice.expected, style: 'output' });
  }
  if (o.readiness) {
    grid.text(row, 1, ctx.t('sheet.cover.readiness'), 'total');
    grid.put(row++, 2, { formula: o.readiness.formula, expected: o.readiness.expected, style: 'output', numberFormat: FORMAT_RATE });
  }

  row++;
  grid.text(row++, 1, ctx.t('sheet.cover.toc'), 'subtitle');
  for (const cls of CLASS_ORDER) {
    const ofClass = o.sheets.filter((s) => s.class === cls);
    if (ofClass.length === 0) continue;
    grid.text(row++, 1, ctx.t(`sheet.class.${cls}`), 'header');
    for (const s of ofClass) grid.put(row++, 2, { value: s.name, style: 'link', linkTo: s.key });
  }

  row++;
  grid.text(row++, 1, ctx.t('sheet.cover.registry'), 'subtitle');
  const registryHeaderRow = row;
  (['registryKey', 'registryName', 'registryClass'] as const).forEach((h, i) => grid.text(row, i + 1, ctx.t(`sheet.cover.${h}`), 'header'));
  row++;
  const registry = [{ key: 'cover', name: ctx.names.cover, class: 'cover' as SheetClass }, ...o.sheets];
  for (const s of registry) {
    grid.text(row, 1, s.key, 'note');
    grid.text(row, 2, s.name);
    grid.text(row++, 3, ctx.t(`sheet.class.${s.class}`));
  }

  row++;
  grid.text(row++, 1, ctx.t('sheet.cover.names'), 'subtitle');
  (['nameName', 'nameRefersTo', 'nameValue'] as const).forEach((h, i) => grid.text(row, i + 1, ctx.t(`sheet.cover.${h}`), 'header'));
  row++;
  for (const n of o.names) {
    const sheet = o.sheets.find((s) => s.key === n.sheetKey);
    grid.text(row, 1, n.name, 'note');
    grid.text(row, 2, sheetRef(sheet?.name ?? n.sheetKey, cellRef(n.row, n.col)));
    const numberFormat = sheet?.cells.find((c) => c.row === n.row && c.col === n.col)?.numberFormat;
    grid.put(row++, 3, { formula: n.name === MASTER_CHECK_NAME ? MASTER_CHECK_FORMULA : n.name, expected: expectedOf(n), style: 'calc', ...(numberFormat ? { numberFormat } : {}) });
  }

  row++;
  grid.text(row++, 1, ctx.t('sheet.cover.limits'), 'subtitle');
  for (const key of ['assumptions', 'toSet', 'harmonisation', 'scenarios', 'money', 'horizon']) grid.text(row++, 1, ctx.t(`sheet.cover.limit.${key}`), 'note');

  return {
    sheet: {
      key: 'cover', name: ctx.names.cover, class: 'cover', cells: grid.cells(), tables: [], validations: [],
      conditionalFormats: [{ range: { row: masterRow, col: 2, rows: 1, cols: 1 }, kind: 'trueFalse' }],
      freeze: null,
      columnWidths: [44, 40, 18, ...o.scenarioCodes.slice(2).map(() => 18)],
      protect: true,
      print: {
        landscape: true, fitToWidth: true, area: { row: 1, col: 1, rows: row, cols: Math.max(3, 1 + o.scenarioCodes.length) },
        header: ctx.t('sheet.common.printHeader', { title: ctx.t('sheet.cover.title'), year: o.dataYear }),
        footer: ctx.t('sheet.common.printFooter'),
      },
      tabColor: 'FF1F4E79',
    },
    checks: [],
    names: [{ name: REGISTRY_NAME, sheetKey: 'cover', row: registryHeaderRow, col: 1 }],
  };
}
