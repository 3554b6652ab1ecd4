import { lintFormula } from '../../../test/lint/modelling-lint';
import { handWorkedData } from '../../engine/comparison/data-builders.test-support';
import { createSheetContext } from '../sheet-context';
import type { PlanCell } from '../types';
import { buildComparisonSheet } from './comparison-sheet';
import { CODE_ROW, FIRST_PARTNER_COL } from './partner-columns';

const ctx = createSheetContext(handWorkedData(), 'fr', 2024);
const { sheet, checks } = buildComparisonSheet(ctx, { dataYear: 2024, masterCheck: true });
const at = (row: number, col: number): PlanCell | undefined => sheet.cells.find((c) => c.row === row && c.col === col);
const rowLabelled = (label: string) => sheet.cells.find((c) => c.col === 1 && c.value === label)!.row;
// Partners A, B, A* in columns C, D, E; consolidated F; adjustments G.
const [colA, colB, colStar, colCons, colAdj] = [3, 4, 5, 6, 7];

describe('buildComparisonSheet', () => {
  it('writes the partner codes as values in the header row, where the formulas read them', () => {
    expect([at(CODE_ROW, colA)?.value, at(CODE_ROW, colB)?.value, at(CODE_ROW, colStar)?.value]).toEqual(['A', 'B', 'A*']);
    const totalCharges = rowLabelled('Total des charges');
    expect(at(totalCharges, colStar)?.formula).toContain('=E$4)');
    expect(at(totalCharges, colStar)?.formula).not.toContain('"A*"');
  });

  it('matches partner codes with SUMPRODUCT, never with a SUMIFS or COUNTIFS criterion that reads * as a wildcard', () => {
    const partnerFormulas = sheet.cells.filter((c) => c.formula !== undefined && c.col >= FIRST_PARTNER_COL && c.col < colCons);
    expect(partnerFormulas.length).toBeGreaterThan(100);
    expect(partnerFormulas.filter((c) => /SUMIFS|COUNTIFS/.test(c.formula as string))).toEqual([]);
  });

  it('carries the engine values: A* keeps its own 10 000, the consolidated total is 1 040 000', () => {
    const totalCharges = rowLabelled('Total des charges');
    expect(at(totalCharges, colA)?.expected).toBe(780_000);
    expect(at(totalCharges, colStar)?.expected).toBe(10_000);
    expect(at(totalCharges, colCons)?.expected).toBe(1_040_000);
    // Result: 775 000 − 780 000 for A.
    expect(at(rowLabelled('Résultat (produits − charges)'), colA)?.expected).toBe(-5_000);
  });

  it('builds the consolidated column as the sum of the partners plus the adjustments, which are 0', () => {
    const row = rowLabelled('Total des charges');
    expect(at(row, colCons)?.formula).toBe(`SUM(C${row}:E${row})+G${row}`);
    expect(at(row, colAdj)).toMatchObject({ value: 0 });
  });

  it('shows the average cost per FTE as n/a text when a category has no FTE, from the same formula in every column', () => {
    const medical = sheet.cells.filter((c) => c.col === 1 && c.value === ctx.t('domain.category.MEDICAL')).map((c) => c.row);
    const averageRow = medical[medical.length - 1];
    expect(at(averageRow, colA)?.expected).toBe('n.d.');
    expect(at(averageRow, colA)?.formula).toMatch(/^IF\(C\d+=0,"n\.d\.",C\d+\/C\d+\)$/);
    expect(at(averageRow, colCons)?.formula).toMatch(/^IF\(F\d+=0,"n\.d\.",F\d+\/F\d+\)$/);
  });

  it('gives every formula an expected value and keeps the modelling rules of an output sheet', () => {
    const formulas = sheet.cells.filter((c) => c.formula !== undefined);
    expect(formulas.filter((c) => c.expected === undefined)).toEqual([]);
    const problems = formulas.flatMap((c) => lintFormula(c.formula as string, 'output').map((p) => `${c.row},${c.col}: ${p.detail}`));
    expect(problems).toEqual([]);
  });

  it('is an output sheet that prints on A4 landscape, protected, frozen on headers and labels', () => {
    expect(sheet).toMatchObject({ key: 'comparison', name: 'Comparatif', class: 'output', protect: true, freeze: { rows: 5, cols: 2 } });
    expect(sheet.print).toMatchObject({ landscape: true, fitToWidth: true, header: 'Comparatif des partenaires — exercice 2024', footer: 'Page &P / &N' });
    expect(sheet.columnWidths.length).toBe(colAdj);
  });

  it('returns reconciliation checks over the data sheet, all holding on valid data', () => {
    expect(checks.map((c) => c.key)).toEqual(['comparison.totalCharges', 'comparison.totalProduits', 'comparison.groups', 'comparison.functions', 'comparison.staff']);
    expect(checks.every((c) => c.expected)).toBe(true);
    expect(checks[0].formula).toContain("'Comparatif'!$F$");
    expect(checks[0].formula).toContain(ctx.dataLayout.column('Budgets', 'amountEur'));
    for (const c of checks) expect(lintFormula(c.formula, 'control')).toEqual([]);
  });
});
