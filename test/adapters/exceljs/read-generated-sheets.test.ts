// The ExcelJS reader of a previous model's generated sheets (what `build --previous` reads):
// found by identity name even after a rename, through the registry otherwise, rows from A1.
import ExcelJS from 'exceljs';
import { generatedSheetRows, readGeneratedSheets, writePlan } from '../../../src/adapters/exceljs';
import { modelPlan } from '../../office/model-fixtures';

async function modelWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writePlan(modelPlan('fr'))) as unknown as ExcelJS.Buffer);
  return wb;
}

describe('generatedSheetRows', () => {
  it('reads a generated sheet as rows from A1, as the plan wrote its cells', async () => {
    const plan = modelPlan('fr');
    const sheets = await readGeneratedSheets(await writePlan(plan), ['scenarios', 'nothing']);
    expect([...sheets.keys()]).toEqual(['scenarios']);
    const rows = sheets.get('scenarios')!;
    for (const c of plan.sheets.find((s) => s.key === 'scenarios')!.cells.filter((x) => x.formula === undefined && x.value !== null && x.value !== '')) {
      expect(rows[c.row - 1]?.[c.col - 1]).toEqual(c.value);
    }
  });

  it('follows the identity name to a sheet renamed in Excel (which moves the name with it)', async () => {
    const wb = await modelWorkbook();
    const ws = wb.getWorksheet('Hypothèses')!;
    ws.name = 'Hyp 2025';
    // Excel rewrites the defined name on a rename; ExcelJS does not, so the test does.
    wb.definedNames.remove("'Hypothèses'!$A$1", 'CoopSheet_assumptions');
    wb.definedNames.add("'Hyp 2025'!$A$1", 'CoopSheet_assumptions');
    expect(generatedSheetRows(wb, ['assumptions']).get('assumptions')?.[0]?.[0]).toBe(ws.getCell('A1').value);
  });

  it('finds the sheets through the cover’s registry when the workbook has no identity names', async () => {
    const wb = await modelWorkbook();
    for (const n of wb.definedNames.model) if (n.name.startsWith('CoopSheet_')) wb.definedNames.remove(n.ranges[0], n.name);
    expect([...generatedSheetRows(wb, ['assumptions', 'scoring']).keys()]).toEqual(['assumptions', 'scoring']);
  });

  it('finds nothing in a workbook that is not a model', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Partenaires').getCell('A1').value = 'Code';
    expect(generatedSheetRows(wb, ['assumptions']).size).toBe(0);
  });
});
