// The Office adapter on the fake Excel against the shared plan-writer contract:
// the same plan gives the same cells as the ExcelJS writer.
import { REGISTRY_NAME, writePlan } from '../../src/adapters/office';
import { writePlan as writeExcelJs } from '../../src/adapters/exceljs';
import { parseCellRef, type Grid } from '../harness/grid';
import { readWorkbookGrid } from '../harness/read-workbook';
import { modelPlan } from './model-fixtures';
import { planWriterContract } from '../harness/plan-writer.contract';
import { FakeExcel } from './fake-excel';
import { fakeGrid } from './fake-grid';

const modern = (): boolean => true;

planWriterContract('Office.js adapter on the fake Excel', async (plan) => {
  const excel = new FakeExcel();
  await writePlan(plan, { run: excel.run, supports: modern });
  return fakeGrid(excel);
});

planWriterContract('Office.js adapter on the fake Excel, ExcelApi 1.7 (no temporary sheets)', async (plan) => {
  const excel = new FakeExcel();
  await writePlan(plan, { run: excel.run, supports: (v) => Number(v) <= 1.7 });
  return fakeGrid(excel);
});

describe('the Office adapter and the ExcelJS writer on the sample model', () => {
  it('write the same values, formulas, number formats and names', async () => {
    const plan = modelPlan('fr');
    const excel = new FakeExcel();
    await writePlan(plan, { run: excel.run, supports: modern });
    const office = fakeGrid(excel);
    const file = await readWorkbookGrid(await writeExcelJs(plan));
    // Formula cells are compared by their formula: the file caches the engine's result, the fake computes
    // nothing. Links differ by design: the file has a HYPERLINK formula (an ExcelJS bug breaks its
    // internal hyperlinks), Office a real hyperlink on the text; both show the same text.
    const comparable = (grid: Grid): Record<string, unknown> =>
      Object.fromEntries(
        grid.sheetNames.flatMap((sheet) =>
          Object.entries(grid.sheets[sheet]).map(([address, cell]) => {
            if (cell.formula?.startsWith('HYPERLINK(')) return [`${sheet}!${address}`, { value: cell.value }];
            return [`${sheet}!${address}`, cell.formula !== undefined ? { formula: cell.formula, numberFormat: cell.numberFormat } : cell];
          }),
        ),
      );
    expect(office.sheetNames).toEqual(file.sheetNames);
    expect(comparable(office)).toEqual(comparable(file));
    // Both carry the registry's name: the plan's cover sets it.
    expect(Object.keys(file.names)).toContain(REGISTRY_NAME);
    expect(Object.keys(office.names).sort()).toEqual(Object.keys(file.names).sort());
    for (const [name, ref] of Object.entries(file.names)) expect(parseCellRef(office.names[name])).toEqual(parseCellRef(ref));
  });
});
