// writePlan on the fake Excel: the registry, in-place regeneration, user sheets
// never written, collisions, protection, sheet setup, and the sync budget.
import { commitBytes } from '../../src/adapters/office/write-batches';
import { REGISTRY_NAME, writePlan } from '../../src/adapters/office';
import type { WorkbookPlan } from '../../src/plan/types';
import { smallPlan } from '../plan-fixtures';
import { FakeExcel } from './fake-excel';
import { fakeGrid } from './fake-grid';
import { snapshot } from './fake-state';
import { modelPlan } from './model-fixtures';

const modern = (): boolean => true;

/** A workbook holding a user's own sheet with a value, a format and a formula. */
function userWorkbook(name = 'Mes notes'): FakeExcel {
  const excel = new FakeExcel();
  const notes = excel.addSheet(name);
  notes.cells.set('1:1', { value: 'à garder', format: { font: { bold: true } } });
  notes.cells.set('2:1', { value: 12, numberFormat: '0.00', format: {} });
  return excel;
}

function sheetSnapshot(excel: FakeExcel, name: string): unknown {
  const all = snapshot(excel.state) as { sheets: { name: string }[] };
  return all.sheets.find((s) => s.name === name);
}

describe('writePlan on a workbook without a model', () => {
  let excel: FakeExcel;
  let plan: WorkbookPlan;
  let before: unknown;
  beforeAll(async () => {
    plan = modelPlan('fr');
    excel = userWorkbook();
    before = sheetSnapshot(excel, 'Mes notes');
    const report = await writePlan(plan, { run: excel.run, supports: modern });
    expect(report.sheets.every((s) => s.created)).toBe(true);
  });

  it("leaves the user's sheet exactly as it was, in first place", () => {
    expect(sheetSnapshot(excel, 'Mes notes')).toEqual(before);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Mes notes', ...plan.sheets.map((s) => s.name)]);
  });

  it('names the registry header on the cover so that the next run finds it', () => {
    // The cover lists its registry under the header "Clé | Feuille" and names that header cell.
    const grid = fakeGrid(excel);
    const ref = grid.names[REGISTRY_NAME];
    expect(ref).toMatch(/^Sommaire!\$A\$\d+$/);
    const row = Number(/\d+$/.exec(ref)![0]);
    expect(grid.sheets.Sommaire[`A${row}`].value).toBe('Clé');
    expect(grid.sheets.Sommaire[`A${row + 1}`].value).toBe('cover');
  });

  it('links each table-of-contents entry to its sheet', () => {
    const cover = plan.sheets.find((s) => s.key === 'cover')!;
    const links = cover.cells.filter((c) => c.linkTo !== undefined);
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      const target = plan.sheets.find((s) => s.key === link.linkTo)!.name;
      expect(excel.sheet(cover.name).cells.get(`${link.row}:${link.col}`)?.hyperlink).toEqual({
        documentReference: `'${target}'!A1`,
        textToDisplay: link.value ?? target,
      });
    }
  });

  it('protects the sheets the plan protects and leaves no temporary sheet', () => {
    for (const s of plan.sheets) expect(excel.sheet(s.name).protected).toBe(s.protect);
    expect(excel.state.sheets.some((s) => s.name.startsWith('~'))).toBe(false);
  });

  it('creates the tables, validations, frozen panes and widths the plan gives', () => {
    const planned = plan.sheets.flatMap((s) => s.tables.map((t) => t.name)).sort();
    expect(excel.state.tables.map((t) => t.name).sort()).toEqual(planned);
    for (const s of plan.sheets) {
      const sheet = excel.sheet(s.name);
      expect(sheet.validations).toHaveLength(s.validations.length);
      expect(sheet.freeze).toEqual(s.freeze && (s.freeze.rows > 0 || s.freeze.cols > 0) ? s.freeze : null);
      // Width 10 characters → (7 × 10 + 5) px × 0.75 pt/px = 56.25 pt.
      if (s.columnWidths[0] === 10) expect(sheet.columnWidths.get(1)).toBe(56.25);
      expect(sheet.columnWidths.size).toBe(s.columnWidths.length);
    }
  });
});

describe('writePlan on a workbook with a previous model', () => {
  it('rewrites the generated sheets in place: same sheets, a user formula pointing at them still works', async () => {
    const excel = userWorkbook();
    await writePlan(modelPlan('fr'), { run: excel.run, supports: modern });
    const ids = excel.state.sheets.map((s) => s.id);
    // The user's own formula on a generated cell (the discount rate input).
    excel.sheet('Mes notes').cells.set('3:1', { value: null, formula: 'DiscountRate*2', format: {} });
    excel.sheet('Mes notes').cells.set('4:1', { value: null, formula: "'Hypothèses'!D8*2", format: {} });

    const report = await writePlan(modelPlan('fr', undefined, { discountRate: 0.07 }), { run: excel.run, supports: modern });

    expect(report.sheets.every((s) => !s.created)).toBe(true);
    expect(excel.state.sheets.map((s) => s.id)).toEqual(ids);
    expect(excel.sheet('Mes notes').cells.get('4:1')?.formula).toBe("'Hypothèses'!D8*2");
    expect(excel.sheet('Hypothèses').cells.get('8:4')?.value).toBe(0.07);
    expect(fakeGrid(excel).names.DiscountRate).toBe("'Hypothèses'!$D$8");
  });

  it('renames its own sheets in place when the language changes, and the user formula follows', async () => {
    const excel = userWorkbook();
    await writePlan(modelPlan('fr'), { run: excel.run, supports: modern });
    const assumptionsId = excel.sheet('Hypothèses').id;
    excel.sheet('Mes notes').cells.set('4:1', { value: null, formula: "'Hypothèses'!D8*2", format: {} });

    const en = modelPlan('en');
    const report = await writePlan(en, { run: excel.run, supports: modern });

    const name = en.sheets.find((s) => s.key === 'assumptions')!.name;
    expect(excel.sheet(name).id).toBe(assumptionsId);
    expect(excel.sheet('Mes notes').cells.get('4:1')?.formula).toBe(`'${name}'!D8*2`);
    expect(report.renamed).toEqual([]);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Mes notes', ...en.sheets.map((s) => s.name)]);
  });

  it("never writes a user's sheet that holds a plan sheet's name: ours becomes \"Sommaire (2)\", and stays so", async () => {
    const excel = userWorkbook('Sommaire');
    const before = sheetSnapshot(excel, 'Sommaire');
    const first = await writePlan(modelPlan('fr'), { run: excel.run, supports: modern });
    expect(first.renamed).toEqual([{ key: 'cover', wanted: 'Sommaire', used: 'Sommaire (2)' }]);
    expect(sheetSnapshot(excel, 'Sommaire')).toEqual(before);
    // The registry on our cover lists the name actually used.
    const grid = fakeGrid(excel);
    const row = Number(/\d+$/.exec(grid.names[REGISTRY_NAME])![0]);
    expect(grid.sheets['Sommaire (2)'][`B${row + 1}`].value).toBe('Sommaire (2)');

    const second = await writePlan(modelPlan('fr'), { run: excel.run, supports: modern });
    expect(second.renamed).toEqual(first.renamed);
    expect(excel.state.sheets.map((s) => s.name).filter((n) => n.startsWith('Sommaire'))).toEqual(['Sommaire', 'Sommaire (2)']);
    expect(sheetSnapshot(excel, 'Sommaire')).toEqual(before);
  });

  it("renames a plan table whose name a user's table holds, and skips a name the user defined", async () => {
    const excel = userWorkbook();
    const notes = excel.sheet('Mes notes');
    const plan = smallPlan();
    excel.state.tables.push({ name: 'T_Lignes', sheet: notes, box: { top: 10, left: 1, bottom: 12, right: 2 }, style: null });
    excel.state.names.push({ name: 'DiscountRate', sheet: notes, box: { top: 2, left: 1, bottom: 2, right: 1 } });
    const report = await writePlan(plan, { run: excel.run, supports: modern });
    expect(report.renamedTables).toEqual([{ wanted: 'T_Lignes', used: 'T_Lignes_2' }]);
    expect(report.skippedNames).toEqual(['discountrate']);
    expect(fakeGrid(excel).names.DiscountRate).toBe("'Mes notes'!$A$2");
  });
});

describe('writePlan keeps text as text', () => {
  it('sends text that Excel would read as a number, a formula, a boolean or a date with the quote prefix', async () => {
    const excel = new FakeExcel();
    const base = smallPlan();
    const texts = ['01', '=1+1', 'TRUE', '1/2', '-5', '+33 1 23', "'quoted", '12 %'];
    const sheet = { ...base.sheets[0], cells: texts.map((value, i) => ({ row: 1 + i, col: 1, value })), validations: [], freeze: null };
    await writePlan({ ...base, sheets: [sheet], names: [] }, { run: excel.run, supports: modern });
    const grid = fakeGrid(excel);
    expect(texts.map((_, i) => grid.sheets[sheet.name][`A${1 + i}`].value)).toEqual(texts);
    expect(texts.map((_, i) => grid.sheets[sheet.name][`A${1 + i}`].formula)).toEqual(texts.map(() => undefined));
  });
});

describe('writePlan round trips', () => {
  it('needs at most 2 + sheets syncs when every sheet fits one request, and reads the state first', async () => {
    const excel = userWorkbook();
    const plan = modelPlan('fr');
    const first = await writePlan(plan, { run: excel.run, supports: modern });
    // First run: one read (no registry yet) + content requests, the commit riding with the last.
    expect(first.syncs).toBe(excel.syncs);
    expect(first.syncs).toBeLessThanOrEqual(2 + plan.sheets.length);
    const before = excel.syncs;
    const second = await writePlan(plan, { run: excel.run, supports: modern });
    expect(excel.syncs - before).toBe(second.syncs);
    expect(second.syncs).toBeLessThanOrEqual(2 + plan.sheets.length);
  });

  it('cuts content into more requests when the byte budget is small, each request staying under it', async () => {
    const plan = modelPlan('fr');
    const whole = new FakeExcel();
    await writePlan(plan, { run: whole.run, supports: modern });
    const cut = new FakeExcel();
    const maxRequestBytes = 60_000;
    const report = await writePlan(plan, { run: cut.run, supports: modern, maxRequestBytes });
    expect(report.syncs).toBeGreaterThan(2 + plan.sheets.length);
    // The fake measures what was really queued; the estimate must not fall short of it by more than the allowance.
    // The commit (sheet setup, names, charts) cannot be cut: when it alone outgrows so small a budget, it goes alone.
    const commitAlone = Math.max(maxRequestBytes, commitBytes(plan));
    expect(cut.requests.filter((r) => r.bytes > maxRequestBytes * 1.1).length).toBeLessThanOrEqual(1);
    for (const r of cut.requests) expect(r.bytes).toBeLessThanOrEqual(commitAlone * 1.1);
    expect(fakeGrid(cut)).toEqual(fakeGrid(whole));
  });

  it('suspends calculation and screen updating only where the requirement sets allow', async () => {
    const calls: string[] = [];
    const excel = new FakeExcel();
    await writePlan(smallPlan(), {
      run: excel.run,
      supports: (v) => {
        calls.push(v);
        return v !== '1.9';
      },
    });
    expect(calls).toContain('1.6');
    expect(calls).toContain('1.9');
    // Without 1.9 the content goes straight into the sheets: no temporary sheet is ever added.
    expect(excel.requests.length).toBeGreaterThan(0);
    // Every request that writes starts by suspending calculation (1.6); screen updating (1.9) never.
    const writing = excel.requests.filter((r) => r.kinds.some((k) => k === 'addSheet' || k.startsWith('set')));
    expect(writing.length).toBeGreaterThan(0);
    for (const r of writing) expect(r.kinds[0]).toBe('suspendCalc');
    expect(excel.requests.flatMap((r) => r.kinds)).not.toContain('suspendScreen');
  });

  it('suspends both in every writing request where ExcelApi 1.9 is there, and neither without 1.6', async () => {
    const modernExcel = new FakeExcel();
    await writePlan(smallPlan(), { run: modernExcel.run, supports: modern });
    const writing = modernExcel.requests.filter((r) => r.kinds.some((k) => k === 'addSheet' || k.startsWith('set')));
    expect(writing.length).toBeGreaterThan(0);
    for (const r of writing) expect(r.kinds.slice(0, 2)).toEqual(['suspendCalc', 'suspendScreen']);

    const oldExcel = new FakeExcel();
    await writePlan(smallPlan(), { run: oldExcel.run, supports: () => false });
    const kinds = oldExcel.requests.flatMap((r) => r.kinds);
    expect(kinds).toContain('setFormulas');
    expect(kinds.filter((k) => k.startsWith('suspend'))).toEqual([]);
  });
});
