// The SWOT sheet is live: LibreOffice recalculates buildModel's plan with the SWOT sheet appended
// to the engine's values (swotItems), and derived items flip when an input crosses its threshold
// in the file: an edited threshold on the assumptions sheet and an edited figure on the data sheet.
import ExcelJS from 'exceljs';
import { writePlan } from '../../src/adapters/exceljs';
import { cellAddress } from '../../src/adapters/exceljs/plan-address';
import { tableSpec } from '../../src/data/schema';
import type { CooperationData } from '../../src/data/types';
import { swotPlan } from '../../src/plan/sheets/swot-sheet.test-support';
import type { PlanSheet, WorkbookPlan } from '../../src/plan/types';
import { compareWithPlan, describeMismatches, errorCells, sameValue } from '../harness/compare-with-plan';
import { describeWithLibreOffice } from '../harness/libreoffice';
import { sampleData } from '../harness/sample-model';

const sheetByKey = (plan: WorkbookPlan, key: string): PlanSheet => plan.sheets.find((s) => s.key === key)!;

/** The value cell of an assumption on the assumptions sheet (first input right of its key). */
function assumptionAddress(plan: WorkbookPlan, key: string): { sheet: string; address: string } {
  const sheet = sheetByKey(plan, 'assumptions');
  const keyCell = sheet.cells.find((c) => c.value === key)!;
  const input = sheet.cells.filter((c) => c.row === keyCell.row && c.col > keyCell.col && c.style === 'input').sort((a, b) => a.col - b.col)[0];
  return { sheet: sheet.name, address: cellAddress(input.row, input.col) };
}

/** The data sheet's cell of a partner's field, found by the Partenaires table's headers. */
function partnerFieldAddress(plan: WorkbookPlan, index: number, field: string): { sheet: string; address: string } {
  const sheet = sheetByKey(plan, 'data');
  const spec = tableSpec('Partenaires');
  const header = spec.columns.find((c) => c.field === field)![plan.lang];
  const table = sheet.tables.find((t) => t.headers.includes(header) && t.headers[0] === spec.columns[0][plan.lang])!;
  return { sheet: sheet.name, address: cellAddress(table.row + 1 + index, table.col + table.headers.indexOf(header)) };
}

/** The item and "applies" cells of a rule row on the SWOT sheet, by its key (`cafRateLow.PASSERELLE`). */
function itemCells(plan: WorkbookPlan, key: string) {
  const sheet = sheetByKey(plan, 'swot');
  const keyCell = sheet.cells.find((c) => c.col === 1 && c.value === key)!;
  const at = (col: number) => sheet.cells.find((c) => c.row === keyCell.row && c.col === col)!;
  return { sheet: sheet.name, item: at(2), applies: at(3) };
}

describeWithLibreOffice('the SWOT sheet recalculated by LibreOffice', (session) => {
  it('agrees with the engine on every formula, user items counted', async () => {
    const { plan, result } = swotPlan(sampleData(), 'fr', {}, { S: ['Équipes stables'], W: [], O: ['Appel à projets ARS'], T: [] });
    // The sample fires rules in every external quadrant and a weakness, so texts are compared, not only "".
    expect(result.items.filter((i) => i.applies).length).toBeGreaterThan(3);
    const grid = await session().recalculateGrid(await writePlan(plan));
    expect(errorCells(grid)).toEqual([]);
    const { compared, mismatches } = compareWithPlan(plan, grid);
    expect(describeMismatches(mismatches)).toBe('');
    expect(compared).toBe(plan.sheets.reduce((n, s) => n + s.cells.filter((c) => c.formula !== undefined).length, 0));
  });

  it('flips derived items when a threshold and a data figure cross in the file', async () => {
    const data = sampleData();
    const before = swotPlan(data, 'fr').plan;
    const passerelle = data.partners.findIndex((p) => p.code === 'PASSERELLE');
    const caf = data.partners[passerelle].cafEur as number;
    // PASSERELLE's CAF rate is 1.7 % (< 2 %): doubling its CAF lifts it to 3.3 %, above the alert.
    // The occupancy threshold at 93 % makes TILLEULS (94.8 %) a strength where 95 % did not.
    const edits: [{ sheet: string; address: string }, number][] = [
      [assumptionAddress(before, 'swot.occupancyMin'), 0.93],
      [partnerFieldAddress(before, passerelle, 'cafEur'), caf * 2],
    ];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writePlan(before)) as unknown as ArrayBuffer);
    for (const [target, value] of edits) wb.getWorksheet(target.sheet)!.getCell(target.address).value = value;
    const grid = await session().recalculateGrid(Buffer.from(await wb.xlsx.writeBuffer()));

    const changed: CooperationData = { ...data, partners: data.partners.map((p, i) => (i === passerelle ? { ...p, cafEur: caf * 2 } : p)) };
    const after = swotPlan(changed, 'fr', { 'swot.occupancyMin': 0.93 }).plan;
    const read = (sheet: string, cell: { row: number; col: number }) => grid.sheets[sheet]?.[cellAddress(cell.row, cell.col)];
    const cafBefore = itemCells(before, 'cafRateLow.PASSERELLE');
    const occBefore = itemCells(before, 'occupancyHigh.TILLEULS');
    expect([cafBefore.applies.expected, occBefore.applies.expected]).toEqual([true, false]);
    expect(sameValue(false, read(cafBefore.sheet, cafBefore.applies))).toBe(true);
    expect(sameValue('', read(cafBefore.sheet, cafBefore.item))).toBe(true);
    expect(sameValue(true, read(occBefore.sheet, occBefore.applies))).toBe(true);
    expect(read(occBefore.sheet, occBefore.item)?.value).toBe('TILLEULS : taux d’occupation de 94,8 % (seuil 93,0 %), une activité pleine');
    // Every other cell follows the engine for the edited inputs.
    expect(describeMismatches(compareWithPlan(after, grid).mismatches)).toBe('');
  });
});
