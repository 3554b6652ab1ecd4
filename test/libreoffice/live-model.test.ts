// The generated model is live: change the discount rate, one function's
// savings rate and one amount on the data sheet inside the file, let
// LibreOffice recalculate, and S1_NPV is the engine's NPV for those inputs;
// an input that breaks the model's assumptions turns the master check FALSE.
import ExcelJS from 'exceljs';
import { writePlan } from '../../src/adapters/exceljs';
import { cellAddress } from '../../src/adapters/exceljs/plan-address';
import { tableSpec } from '../../src/data/schema';
import type { CooperationData } from '../../src/data/types';
import type { PlanSheet, WorkbookPlan } from '../../src/plan/types';
import { compareWithPlan, describeMismatches, sameValue, type Mismatch } from '../harness/compare-with-plan';
import { describeWithLibreOffice } from '../harness/libreoffice';
import { planOf, sampleData } from '../harness/sample-model';

const NEW_DISCOUNT_RATE = 0.03;
const NEW_SAVINGS_RATE = 0.07;
const AMOUNT_FACTOR = 1.5;

interface Target {
  readonly sheet: string;
  readonly address: string;
}

function sheetByKey(plan: WorkbookPlan, key: string): PlanSheet {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`The plan has no ${key} sheet`);
  return sheet;
}

function namedCell(plan: WorkbookPlan, name: string): Target & { expected: unknown } {
  const entry = plan.names.find((n) => n.name === name);
  if (!entry) throw new Error(`The plan defines no ${name}`);
  const sheet = sheetByKey(plan, entry.sheetKey);
  const cell = sheet.cells.find((c) => c.row === entry.row && c.col === entry.col);
  return { sheet: sheet.name, address: cellAddress(entry.row, entry.col), expected: cell?.expected ?? cell?.value };
}

/** The value cell of an assumption: the first input cell on the row whose key column holds `key`. */
function assumptionCell(plan: WorkbookPlan, key: string): Target {
  const sheet = sheetByKey(plan, 'assumptions');
  const keyCell = sheet.cells.find((c) => c.value === key);
  if (!keyCell) throw new Error(`No assumption row ${key}`);
  const input = sheet.cells
    .filter((c) => c.row === keyCell.row && c.col > keyCell.col && c.style === 'input')
    .sort((a, b) => a.col - b.col)[0];
  if (!input) throw new Error(`No input cell on the row of ${key}`);
  return { sheet: sheet.name, address: cellAddress(input.row, input.col) };
}

/** The data sheet's cell holding the amount of budget line `index`, found by the Budgets table's headers. */
function amountCell(plan: WorkbookPlan, index: number, amount: number): Target {
  const sheet = sheetByKey(plan, 'data');
  const header = tableSpec('Budgets').columns.find((c) => c.field === 'amountEur')![plan.lang];
  const first = tableSpec('Budgets').columns[0][plan.lang];
  const table = sheet.tables.find((t) => t.headers.includes(header) && t.headers.includes(first));
  if (!table) throw new Error('No Budgets table on the data sheet');
  const row = table.row + 1 + index;
  const col = table.col + table.headers.indexOf(header);
  const cell = sheet.cells.find((c) => c.row === row && c.col === col);
  if (cell?.value !== amount) throw new Error(`Data sheet ${cellAddress(row, col)} holds ${String(cell?.value)}, not ${amount}`);
  return { sheet: sheet.name, address: cellAddress(row, col) };
}

describeWithLibreOffice('the generated model is live', (session) => {
  it('recomputes S1_NPV from a changed discount rate, savings rate and data amount', async () => {
    const data = sampleData();
    const plan = planOf(data, 'fr');
    // A pooled function with charges in the data, so that its savings rate moves the NPV.
    const lineIndex = data.budgets.findIndex((b) => b.side === 'CHARGES' && b.function !== null && b.amountEur > 0
      && plan.sheets.some((s) => s.key === 'assumptions' && s.cells.some((c) => c.value === `savingsRate.${b.function}`)));
    expect(lineIndex).toBeGreaterThanOrEqual(0);
    const line = data.budgets[lineIndex];
    const rateKey = `savingsRate.${line.function}`;
    const newAmount = line.amountEur * AMOUNT_FACTOR;

    const edits: [Target, number][] = [
      [namedCell(plan, 'DiscountRate'), NEW_DISCOUNT_RATE],
      [assumptionCell(plan, rateKey), NEW_SAVINGS_RATE],
      [amountCell(plan, lineIndex, line.amountEur), newAmount],
    ];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writePlan(plan)) as unknown as ArrayBuffer);
    for (const [target, value] of edits) wb.getWorksheet(target.sheet)!.getCell(target.address).value = value;
    const edited = Buffer.from(await wb.xlsx.writeBuffer());

    const changed: CooperationData = {
      ...data,
      budgets: data.budgets.map((b, i) => (i === lineIndex ? { ...b, amountEur: newAmount } : b)),
    };
    const engine = planOf(changed, 'fr', { discountRate: NEW_DISCOUNT_RATE, [rateKey]: NEW_SAVINGS_RATE });
    const npv = namedCell(engine, 'S1_NPV');
    expect(npv.expected).not.toBeCloseTo(namedCell(plan, 'S1_NPV').expected as number, 0);

    const grid = await session().recalculateGrid(edited);
    const found = grid.sheets[npv.sheet]?.[npv.address];
    expect(found?.error).toBeUndefined();
    expect({ value: found?.value, equal: sameValue(npv.expected as number, found) }).toEqual({ value: expect.any(Number), equal: true });
    // Every other formula follows too, except what must not: the Monte Carlo results are values stamped
    // with the inputs they were drawn from, so once a range's input changes in the file its freshness
    // flags turn FALSE (regenerating redraws them), where the engine, drawing anew, has them TRUE.
    const mcSheet = plan.sheets.find((s) => s.key === 'monteCarlo')!.name;
    const isStaleFlag = (m: Mismatch) => m.expected === true && (m.found === false || m.found === 0)
      && (m.sheet === mcSheet || m.formula.includes(mcSheet));
    const { mismatches } = compareWithPlan(engine, grid);
    expect(describeMismatches(mismatches.filter((m) => !isStaleFlag(m)))).toBe('');
    // The checks sheet says so: its Monte Carlo freshness check reads FALSE.
    const checksSheet = plan.sheets.find((s) => s.key === 'checks')!.name;
    expect(mismatches.some((m) => m.sheet === checksSheet && isStaleFlag(m))).toBe(true);
  });

  it.each([
    // Years 0–1 carry 40 % + 30 % of the one-off costs: the rest would fall outside the horizon.
    ['cut short of the one-off costs’ phasing', 1],
    // Only years 0–5 were generated.
    ['set past the generated years', 8],
  ])('turns the master check FALSE when HorizonYears is %s', async (_case, horizon) => {
    const plan = planOf(sampleData(), 'fr');
    const master = namedCell(plan, 'MasterCheck');
    expect(master.expected).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writePlan(plan)) as unknown as ArrayBuffer);
    const target = namedCell(plan, 'HorizonYears');
    wb.getWorksheet(target.sheet)!.getCell(target.address).value = horizon;
    const grid = await session().recalculateGrid(Buffer.from(await wb.xlsx.writeBuffer()));
    const found = grid.sheets[master.sheet]?.[master.address];
    expect(found?.error).toBeUndefined();
    expect(sameValue(false, found)).toBe(true);
  });

  it('turns the master check FALSE when a budget line is typed just below the data sheet’s table', async () => {
    const plan = planOf(sampleData(), 'fr');
    const master = namedCell(plan, 'MasterCheck');
    const data = sheetByKey(plan, 'data');
    const header = tableSpec('Budgets').columns[0].fr;
    const table = data.tables.find((t) => t.headers[0] === header && t.headers.includes(tableSpec('Budgets').columns[2].fr));
    if (!table) throw new Error('No Budgets table on the data sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writePlan(plan)) as unknown as ArrayBuffer);
    // Where Excel puts a row typed under the table: the first row below its body.
    wb.getWorksheet(data.name)!.getCell(cellAddress(table.row + 1 + table.rowCount, table.col)).value = 'HORIZONS';
    const grid = await session().recalculateGrid(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sameValue(false, grid.sheets[master.sheet]?.[master.address])).toBe(true);
  });
});
