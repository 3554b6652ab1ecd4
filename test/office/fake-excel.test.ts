// The fake behaves like Office.js where the adapter's correctness depends on it.
import { FakeExcel, FakeOfficeError } from './fake-excel';

describe('the fake Excel', () => {
  it('refuses to read a property before load and sync, and applies writes only at sync', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:B1');
      range.values = [[1, 'x']];
      expect(excel.sheet('S').cells.size).toBe(0);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[1, 'x']]);
    });
    expect(excel.syncs).toBe(1);
  });

  it('stops a request at the failing operation, keeping the ones before it (no transaction)', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    const outcome = excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem('S').getRange('A1').values = [[1]];
      sheets.getItem('Missing').getRange('A1').values = [[2]];
      sheets.getItem('S').getRange('A2').values = [[3]];
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(excel.sheet('S').cells.get('1:1')?.value).toBe(1);
    expect(excel.sheet('S').cells.get('2:1')).toBeUndefined();
  });

  it('refuses a request above 5 MB whole, and fails sync k after j operations on demand', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    const big = [['x'.repeat(6 * 1024 * 1024)]];
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.sheet('S').cells.size).toBe(0);

    excel.failAt(1, 1);
    await expect(
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('S');
        ws.getRange('A1').values = [[1]];
        ws.getRange('A2').values = [[2]];
        await context.sync();
      }),
    ).rejects.toBeInstanceOf(FakeOfficeError);
    expect([...excel.sheet('S').cells.keys()]).toEqual(['1:1']);
  });

  it('rewrites formulas on a sheet rename and turns them to #REF! on a delete, as Excel does', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Data');
    const user = excel.addSheet('Mine');
    user.cells.set('1:1', { value: null, formula: "Data!A1+'Data'!B2", format: {} });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').name = 'Données';
      await context.sync();
    });
    expect(user.cells.get('1:1')?.formula).toBe("'Données'!A1+'Données'!B2");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Données').delete();
      await context.sync();
    });
    expect(user.cells.get('1:1')?.formula).toBe('#REF!+#REF!');
  });

  it('refuses writes to locked cells of a protected sheet', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S').protected = true;
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});
