// The workbook the Office adapter leaves behind (on the fake Excel), saved as
// .xlsx and recalculated by LibreOffice, agrees with the engine on every formula
// cell — after a first generation and after a regeneration in place.
import { writePlan } from '../../src/adapters/office';
import { compareWithPlan, describeMismatches, errorCells } from '../harness/compare-with-plan';
import { describeWithLibreOffice } from '../harness/libreoffice';
import { FakeExcel } from './fake-excel';
import { fakeToXlsx } from './fake-grid';
import { modelPlan } from './model-fixtures';

const modern = (): boolean => true;

describeWithLibreOffice('LibreOffice recalculation of the Office adapter’s workbook', (session) => {
  it('recalculates the sample model to the engine’s values, regenerated in place with a user sheet beside it', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Mes notes').cells.set('1:1', { value: null, formula: 'DiscountRate*100', format: {} });
    await writePlan(modelPlan('fr'), { run: excel.run, supports: modern });
    // Regenerate with a user's discount rate: the formulas now follow 6 %.
    const plan = modelPlan('fr', undefined, { discountRate: 0.06 });
    await writePlan(plan, { run: excel.run, supports: modern });

    const grid = await session().recalculateGrid(await fakeToXlsx(excel));
    const { compared, mismatches } = compareWithPlan(plan, grid);
    expect(errorCells(grid)).toEqual([]);
    expect(describeMismatches(mismatches)).toBe('');
    expect(compared).toBeGreaterThan(500);
    // The user's own formula reads the generated input: 0.06 × 100.
    expect(grid.sheets['Mes notes'].A1.value).toBeCloseTo(6, 9);
  });
});
