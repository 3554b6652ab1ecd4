// A user renames or deletes generated sheets between two runs. Each generated sheet
// carries an identity name on its A1 (CoopSheet_<key>) that Excel keeps through a
// rename, so Regenerate finds it whatever it is called now, gives it the plan's name
// back (formulas follow the rename, as in Excel) and keeps what the user typed.
import { readTypedInputs, REGISTRY_NAME, writePlan } from '../../src/adapters/office';
import type { WorkbookPlan } from '../../src/plan/types';
import { FakeExcel } from './fake-excel';
import { fakeGrid } from './fake-grid';
import { snapshot } from './fake-state';
import { modelPlan } from './model-fixtures';

const modern = (): boolean => true;

function userWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  const notes = excel.addSheet('Mes notes');
  notes.cells.set('1:1', { value: 'à garder', format: { font: { bold: true } } });
  return excel;
}

function sheetSnapshot(excel: FakeExcel, name: string): unknown {
  const all = snapshot(excel.state) as { sheets: { name: string }[] };
  return all.sheets.find((s) => s.name === name);
}

/** Renames or deletes a sheet through the object model, as a user would in Excel (formulas and names follow). */
async function renameSheet(excel: FakeExcel, from: string, to: string): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(from).name = to;
    await context.sync();
  });
}
async function deleteSheet(excel: FakeExcel, name: string): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });
}

/** A plan as the add-in wrote it before sheets had identity names. */
function withoutIdentityNames(plan: WorkbookPlan): WorkbookPlan {
  return { ...plan, names: plan.names.filter((n) => !n.name.startsWith('CoopSheet_')) };
}

describe('Regenerate after the user renamed a generated sheet', () => {
  it('rewrites the renamed assumptions sheet in place under its planned name and keeps the typed value', async () => {
    const excel = userWorkbook();
    const plan = modelPlan('fr');
    await writePlan(plan, { run: excel.run, supports: modern });
    const ids = excel.state.sheets.map((s) => s.id);
    await renameSheet(excel, 'Hypothèses', 'Hyp 2025');
    // The user types 6 % as discount rate (D8 on the assumptions sheet, default 4 %) and refers to it.
    excel.sheet('Hyp 2025').cells.set('8:4', { value: 0.06, format: {} });
    excel.sheet('Mes notes').cells.set('2:1', { value: null, formula: "'Hyp 2025'!D8*2", format: {} });
    const notesBefore = structuredClone(sheetSnapshot(excel, 'Mes notes'));

    const typed = await readTypedInputs({ run: excel.run });
    expect(typed).toEqual({ discountRate: 0.06 });
    const report = await writePlan(modelPlan('fr', undefined, typed), { run: excel.run, supports: modern });

    // No duplicate: the same sheets, the generated one renamed back.
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Mes notes', ...plan.sheets.map((s) => s.name)]);
    expect(excel.state.sheets.map((s) => s.id)).toEqual(ids);
    expect(report.sheets.every((s) => !s.created)).toBe(true);
    expect(report.restored).toEqual([{ key: 'assumptions', from: 'Hyp 2025', to: 'Hypothèses' }]);
    expect(report.skippedNames).toEqual([]);
    expect(excel.sheet('Hypothèses').cells.get('8:4')?.value).toBe(0.06);
    const names = fakeGrid(excel).names;
    expect(names.DiscountRate).toBe("'Hypothèses'!$D$8");
    expect(names.HorizonYears).toMatch(/^'Hypothèses'!/);
    expect(names.FirstYear).toMatch(/^'Hypothèses'!/);
    expect(names.CoopSheet_assumptions).toBe("'Hypothèses'!$A$1");
    // The user's sheet is untouched but for Excel following the rename in its formula.
    expect(excel.sheet('Mes notes').cells.get('2:1')?.formula).toBe("'Hypothèses'!D8*2");
    excel.sheet('Mes notes').cells.get('2:1')!.formula = "'Hyp 2025'!D8*2";
    expect(sheetSnapshot(excel, 'Mes notes')).toEqual(notesBefore);
  });

  it('does the same without ExcelApi 1.9 (content written straight into the renamed sheet)', async () => {
    const excel = userWorkbook();
    const plan = modelPlan('fr');
    const legacy = (): boolean => false;
    await writePlan(plan, { run: excel.run, supports: legacy });
    const ids = excel.state.sheets.map((s) => s.id);
    await renameSheet(excel, 'Hypothèses', 'Hyp 2025');
    excel.sheet('Hyp 2025').cells.set('8:4', { value: 0.06, format: {} });

    const typed = await readTypedInputs({ run: excel.run });
    await writePlan(modelPlan('fr', undefined, typed), { run: excel.run, supports: legacy });

    expect(excel.state.sheets.map((s) => s.id)).toEqual(ids);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Mes notes', ...plan.sheets.map((s) => s.name)]);
    expect(excel.sheet('Hypothèses').cells.get('8:4')?.value).toBe(0.06);
    expect(fakeGrid(excel).names.DiscountRate).toBe("'Hypothèses'!$D$8");
  });

  it('finds a renamed cover: no sheet is duplicated as "(2)"', async () => {
    const excel = userWorkbook();
    const plan = modelPlan('fr');
    await writePlan(plan, { run: excel.run, supports: modern });
    const ids = excel.state.sheets.map((s) => s.id);
    await renameSheet(excel, 'Sommaire', 'Accueil');

    const report = await writePlan(plan, { run: excel.run, supports: modern });

    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Mes notes', ...plan.sheets.map((s) => s.name)]);
    expect(excel.state.sheets.map((s) => s.id)).toEqual(ids);
    expect(report.renamed).toEqual([]);
    expect(report.restored).toEqual([{ key: 'cover', from: 'Accueil', to: 'Sommaire' }]);
    expect(fakeGrid(excel).names[REGISTRY_NAME]).toMatch(/^Sommaire!/);
  });
});

describe('Regenerate after the user deleted the cover', () => {
  it('creates a new cover and rewrites the other generated sheets in place, without duplicates', async () => {
    const excel = userWorkbook();
    const plan = modelPlan('fr');
    await writePlan(plan, { run: excel.run, supports: modern });
    const assumptionsId = excel.sheet('Hypothèses').id;
    excel.sheet('Hypothèses').cells.set('8:4', { value: 0.06, format: {} });
    await deleteSheet(excel, 'Sommaire');

    // Without the cover there is no registry; the identity names still find the assumptions sheet.
    const typed = await readTypedInputs({ run: excel.run });
    expect(typed).toEqual({ discountRate: 0.06 });
    const report = await writePlan(modelPlan('fr', undefined, typed), { run: excel.run, supports: modern });

    expect(excel.state.sheets.map((s) => s.name).sort()).toEqual(['Mes notes', ...plan.sheets.map((s) => s.name)].sort());
    expect(report.sheets.filter((s) => s.created).map((s) => s.key)).toEqual(['cover']);
    expect(report.renamed).toEqual([]);
    expect(excel.sheet('Hypothèses').id).toBe(assumptionsId);
    expect(excel.sheet('Hypothèses').cells.get('8:4')?.value).toBe(0.06);
    const names = fakeGrid(excel).names;
    expect(names[REGISTRY_NAME]).toMatch(/^Sommaire!/);
    expect(names.CoopSheet_cover).toBe('Sommaire!$A$1');
  });
});

describe('Regenerate a model written before the identity names', () => {
  it('finds its sheets through the registry text and adds the identity names', async () => {
    const excel = userWorkbook();
    const plan = modelPlan('fr');
    await writePlan(withoutIdentityNames(plan), { run: excel.run, supports: modern });
    expect(Object.keys(fakeGrid(excel).names).some((n) => n.startsWith('CoopSheet_'))).toBe(false);
    const ids = excel.state.sheets.map((s) => s.id);
    excel.sheet('Hypothèses').cells.set('8:4', { value: 0.06, format: {} });

    const typed = await readTypedInputs({ run: excel.run });
    expect(typed).toEqual({ discountRate: 0.06 });
    const report = await writePlan(modelPlan('fr', undefined, typed), { run: excel.run, supports: modern });

    expect(excel.state.sheets.map((s) => s.id)).toEqual(ids);
    expect(report.sheets.every((s) => !s.created)).toBe(true);
    expect(report.restored).toEqual([]);
    const names = fakeGrid(excel).names;
    for (const s of plan.sheets) expect(names[`CoopSheet_${s.key}`]).toMatch(/!\$A\$1$/);
    expect(names.CoopSheet_assumptions).toBe("'Hypothèses'!$A$1");
  });
});
