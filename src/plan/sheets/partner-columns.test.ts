import { aPartner } from '../../engine/comparison/data-builders.test-support';
import { createSheetContext } from '../sheet-context';
import { buildPartnerColumnsSheet, type SheetRow } from './partner-columns';

const ctx = createSheetContext({ partners: [aPartner('P1'), aPartner('P2')], sites: [], budgets: [], staff: [] }, 'en', 2024);
const rows: SheetRow[] = [
  { kind: 'section', label: 'Figures' },
  { kind: 'additive', key: 'x', label: 'X', unit: '€', format: '0', partnerFormula: (code) => `LEN(${code})`, expected: [2, 2], consolidatedExpected: 4 },
  { kind: 'derived', key: 'half', label: 'Half', unit: '€', format: '0', formula: (ref, na) => `IF(${ref('x')}=0,"${na}",${ref('x')}/2)`,
    expected: [1, 1], consolidatedExpected: 2 },
];
const built = buildPartnerColumnsSheet(ctx, {
  key: 'test', sheetKey: 'comparison', title: 'T', note: 'N', frame: { dataYear: 2024 }, na: 'n/a',
  partners: [{ code: 'P1', name: 'One' }, { code: 'P2', name: 'Two' }], rows,
  headers: { label: 'L', unit: 'U', consolidated: 'C', adjustments: 'A', consolidatedNote: 'Σ', adjustmentsNote: '0' },
});
const cell = (row: number, col: number) => built.sheet.cells.find((c) => c.row === row && c.col === col);

describe('buildPartnerColumnsSheet', () => {
  it('puts partners in C and D, the consolidated column in E and the adjustments in F', () => {
    expect([built.partnerCols, built.consolidatedCol, built.adjustmentsCol]).toEqual([[3, 4], 5, 6]);
    expect(cell(8, 3)?.formula).toBe('LEN(C$4)');
    expect(cell(8, 5)?.formula).toBe('SUM(C8:D8)+F8');
    expect(cell(8, 6)?.value).toBe(0);
  });

  it('repeats a derived formula in the consolidated column, with no adjustment cell', () => {
    expect(cell(9, 4)?.formula).toBe('IF(D8=0,"n/a",D8/2)');
    expect(cell(9, 5)?.formula).toBe('IF(E8=0,"n/a",E8/2)');
    expect(cell(9, 6)).toBeUndefined();
  });

  it('gives absolute addresses with the sheet name for checks elsewhere', () => {
    expect(built.absolute('x', 5)).toBe("'Comparison'!$E$8");
    expect(built.absoluteRange('x', 'half', 5)).toBe("'Comparison'!$E$8:$E$9");
  });

  it('shows the class line without a master check when none is given', () => {
    expect(cell(2, 1)?.value).toBe('Class: Output · data year 2024');
    expect(built.sheet.cells.some((c) => c.formula === 'MasterCheck')).toBe(false);
  });
});
