// The add-in's WorkbookHost on the fake Excel: navigation, language, and the
// assumptions sheet as the single source of truth in both directions.
import { OfficeHost } from '../../src/taskpane/host/office-host';
import { rangeAddress } from '../../src/adapters/office/a1-address';
import { FakeExcel } from './fake-excel';
import { modelPlan } from './model-fixtures';

const modern = (): boolean => true;

function hostOn(excel: FakeExcel, displayLanguage?: string): OfficeHost {
  return new OfficeHost({ run: excel.run, supports: modern, displayLanguage: () => displayLanguage });
}

/** Where a key's value cell stands on the generated assumptions sheet: its row, column D. */
function valueCell(excel: FakeExcel, key: string): { row: number; col: number } {
  const sheet = excel.sheet('Hypothèses');
  const found = [...sheet.cells].find(([k, c]) => k.endsWith(':1') && c.value === key);
  if (!found) throw new Error(`no row for ${key}`);
  return { row: Number(found[0].split(':')[0]), col: 4 };
}

describe('OfficeHost on the fake Excel', () => {
  it('goes to a cell: activates its sheet and selects it', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Feuil1');
    excel.addSheet('Budgets');
    const host = hostOn(excel);
    await host.goToCell({ sheet: 'Budgets', cell: 'C12' });
    expect(excel.state.activeSheet?.name).toBe('Budgets');
    expect(excel.state.selection?.sheet.name).toBe('Budgets');
    expect(rangeAddress(excel.state.selection!.box.top, excel.state.selection!.box.left)).toBe('C12');
    await host.showSheet('Feuil1');
    expect(excel.state.activeSheet?.name).toBe('Feuil1');
    expect(rangeAddress(excel.state.selection!.box.top, excel.state.selection!.box.left)).toBe('A1');
  });

  it('rejects "go to cell" on a sheet that is gone, for the pane to show', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Feuil1');
    await expect(hostOn(excel).goToCell({ sheet: 'Budgets', cell: 'A2' })).rejects.toThrow(/Budgets/);
  });

  it('takes the pane’s language from Office’s display language, French unless English', () => {
    const excel = new FakeExcel();
    expect(hostOn(excel, 'fr-FR').lang()).toBe('fr');
    expect(hostOn(excel, 'en-GB').lang()).toBe('en');
    expect(hostOn(excel, 'de-DE').lang()).toBe('fr');
    expect(hostOn(excel, undefined).lang()).toBe('fr');
  });

  it('reads Office.context.displayLanguage by default', () => {
    const excel = new FakeExcel();
    const global = globalThis as unknown as { Office?: unknown };
    global.Office = { context: { displayLanguage: 'en-US' } };
    try {
      expect(new OfficeHost({ run: excel.run, supports: modern }).lang()).toBe('en');
    } finally {
      delete global.Office;
    }
  });

  it('writes an assumption edited in the pane into the assumptions sheet’s cell', async () => {
    const excel = new FakeExcel();
    const host = hostOn(excel);
    await host.writePlan(modelPlan('fr'));
    expect(await host.writeInputValue('discountRate', 0.06)).toBe(true);
    const at = valueCell(excel, 'discountRate');
    expect(excel.sheet('Hypothèses').cells.get(`${at.row}:${at.col}`)?.value).toBe(0.06);
  });

  it('reads back a value edited in the sheet, as shown and as typed', async () => {
    const excel = new FakeExcel();
    const host = hostOn(excel);
    await host.writePlan(modelPlan('fr'));
    const at = valueCell(excel, 'horizonYears');
    // The user types 8 years into the sheet, in Excel.
    excel.sheet('Hypothèses').cells.get(`${at.row}:${at.col}`)!.value = 8;
    expect((await host.readInputValues()).horizonYears).toBe(8);
    expect(await host.readTypedInputs()).toEqual({ horizonYears: 8 });
  });
});
