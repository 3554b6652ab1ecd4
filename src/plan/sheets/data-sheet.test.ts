import type { CooperationData } from '../../data/types';
import { aLine, aPartner } from '../../engine/comparison/data-builders.test-support';
import { createSheetContext } from '../sheet-context';
import { DATA_FIRST_ROW } from '../data-layout';
import { buildDataSheet } from './data-sheet';

const data: CooperationData = {
  partners: [aPartner('A'), aPartner('B')], sites: [], staff: [],
  budgets: [aLine('A', 'CHARGES', 'I', 1), aLine('A', 'CHARGES', 'II', 2), aLine('B', 'PRODUITS', 'I', 3)],
};

describe('buildDataSheet', () => {
  const ctx = createSheetContext(data, 'fr', 2024);
  const { sheet } = buildDataSheet(ctx, ctx.dataLayout, 2024, true);

  it('leaves a narrow blank column after each table and nowhere else', () => {
    // Partenaires has 12 fields + 2 origin columns (A–N): O is blank; Sites 15 + 2 (P–AF): AG blank;
    // Budgets 8 + 2 (AH–AQ): AR blank; Effectifs 9 + 2 (AS–BC): BD blank.
    const narrow = sheet.columnWidths.flatMap((w, i) => (w === 3 ? [i + 1] : []));
    expect(narrow).toEqual([15, 33, 44, 56]);
  });

  it('writes each record on its row, the tables side by side, the cells in sheet order', () => {
    const amount = ctx.dataLayout.columnIndex('Budgets', 'amountEur');
    const code = ctx.dataLayout.columnIndex('Partenaires', 'code');
    const at = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col)?.value;
    expect([at(DATA_FIRST_ROW, amount), at(DATA_FIRST_ROW + 1, amount), at(DATA_FIRST_ROW + 2, amount)]).toEqual([1, 2, 3]);
    expect([at(DATA_FIRST_ROW, code), at(DATA_FIRST_ROW + 1, code), at(DATA_FIRST_ROW + 2, code)]).toEqual(['A', 'B', undefined]);
    const order = sheet.cells.map((c) => c.row * 1000 + c.col);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
