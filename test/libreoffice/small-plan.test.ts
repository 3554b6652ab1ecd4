// The harness on a hand-made plan: LibreOffice recalculates the written file
// and agrees with every expected value; a wrong expected value is caught.
import { writePlan } from '../../src/adapters/exceljs';
import type { WorkbookPlan } from '../../src/plan/types';
import { compareWithPlan, describeMismatches, errorCells } from '../harness/compare-with-plan';
import { describeWithLibreOffice } from '../harness/libreoffice';
import { smallPlan } from '../plan-fixtures';

describeWithLibreOffice('LibreOffice recalculation of a small plan', (session) => {
  it('recalculates every formula to the expected value', async () => {
    const plan = smallPlan();
    const grid = await session().recalculateGrid(await writePlan(plan));
    const { compared, mismatches } = compareWithPlan(plan, grid);
    expect(errorCells(grid)).toEqual([]);
    expect(describeMismatches(mismatches)).toBe('');
    // 1 SUMIFS + 3 savings + 3 discounted + NPV + IF + 2 checks + IFERROR + 2 on the summary.
    expect(compared).toBe(14);
    // The link to the data sheet shows its text after recalculation.
    expect(grid.sheets["L'analyse"].A11).toMatchObject({ value: 'Données' });
  });

  it('recalculates instead of echoing the cached results', async () => {
    // Cached results all set to 12345: only a real recalculation gives the plan's values back.
    const plan = smallPlan();
    const poisoned: WorkbookPlan = {
      ...plan,
      sheets: plan.sheets.map((sheet) => ({
        ...sheet,
        cells: sheet.cells.map((cell) => (cell.formula ? { ...cell, expected: 12345 } : cell)),
      })),
    };
    const grid = await session().recalculateGrid(await writePlan(poisoned));
    expect(compareWithPlan(plan, grid).mismatches).toEqual([]);
  });

  it('reports a wrong expected value with its sheet, address, formula and values', async () => {
    const plan = smallPlan();
    const wrong: WorkbookPlan = {
      ...plan,
      sheets: plan.sheets.map((sheet) =>
        sheet.key !== 'calc'
          ? sheet
          : { ...sheet, cells: sheet.cells.map((c) => (c.row === 3 && c.col === 2 ? { ...c, expected: 801 } : c)) },
      ),
    };
    const grid = await session().recalculateGrid(await writePlan(plan));
    const { mismatches } = compareWithPlan(wrong, grid);
    expect(mismatches).toEqual([
      {
        sheet: "L'analyse",
        address: 'B3',
        formula: "SUMIFS('Données'!$B$3:$B$5,'Données'!$A$3:$A$5,\"A\")",
        expected: 801,
        found: 800,
        reason: 'value',
      },
    ]);
  });

  it('reports a formula that fails in LibreOffice as an error cell', async () => {
    const plan = smallPlan();
    const failing: WorkbookPlan = {
      ...plan,
      sheets: plan.sheets.map((sheet) =>
        sheet.key !== 'calc'
          ? sheet
          : { ...sheet, cells: [...sheet.cells, { row: 12, col: 2, formula: 'B3/(B10)', expected: 0 }] },
      ),
    };
    const grid = await session().recalculateGrid(await writePlan(failing));
    const { mismatches } = compareWithPlan(failing, grid);
    expect(mismatches).toEqual([
      expect.objectContaining({ sheet: "L'analyse", address: 'B12', found: '#DIV/0!', reason: 'error' }),
    ]);
  });
});
