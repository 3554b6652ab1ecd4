// The Office side of "create the tables / insert the sample", on H7's recording fake of Excel.
import { readPartnerTables } from '../../src/adapters/office';
import { sampleRawWorkbook } from '../../src/sample';
import { freeSheetName, insertOfficeTables, literalEntry } from '../../src/taskpane/host/office-insert-tables';
import { templateTable } from '../../src/taskpane/host/template-tables';
import { FakeExcel } from '../office/fake-excel';

describe('insertOfficeTables', () => {
  it('adds the sample tables on new sheets, and reading them back gives the sample rows', async () => {
    const excel = new FakeExcel();
    const sample = sampleRawWorkbook();
    const added = await insertOfficeTables(sample, excel.run);
    expect(added).toEqual(['Partenaires', 'Sites', 'Budgets', 'Effectifs']);
    expect(excel.syncs).toBe(2);
    expect(excel.state.tables.map((t) => t.name)).toEqual(['Partenaires', 'Sites', 'Budgets', 'Effectifs']);
    const back = await readPartnerTables(excel.run);
    expect(back.Budgets?.headers).toEqual(sample.Budgets?.headers);
    // Blank cells come back as null; the rest is the sample as written.
    const blankToNull = (rows: readonly (readonly unknown[])[]) => rows.map((r) => r.map((v) => (v === '' ? null : v)));
    expect(blankToNull(back.Budgets!.rows)).toEqual(blankToNull(sample.Budgets!.rows));
  });

  it('leaves a sheet that already carries a table name, and its cells, as they were', async () => {
    const excel = new FakeExcel();
    const own = excel.addSheet('Partenaires');
    own.cells.set('1:1', { value: 'Code', format: {} });
    own.cells.set('2:1', { value: 'MINE', format: {} });
    const added = await insertOfficeTables({ Partenaires: templateTable('Partenaires', 'fr'), Sites: templateTable('Sites', 'fr') }, excel.run);
    expect(added).toEqual(['Sites']);
    expect(excel.sheet('Partenaires').cells.get('2:1')?.value).toBe('MINE');
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Partenaires', 'Sites']);
  });

  it('writes an empty template with its headers and one blank body row (Excel needs one)', async () => {
    const excel = new FakeExcel();
    await insertOfficeTables({ Sites: templateTable('Sites', 'en') }, excel.run);
    const back = await readPartnerTables(excel.run);
    expect(back.Sites?.headers[0]).toBe('Partner');
    expect(back.Sites?.rows).toEqual([]);
  });

  it('picks a numbered sheet name when the plain one is taken', () => {
    expect(freeSheetName('Sites', new Set(['sites', 'Sites (2)']))).toBe('Sites (3)');
    expect(freeSheetName('Budgets', new Set(['Sites']))).toBe('Budgets');
  });
});

describe('literalEntry', () => {
  it('marks as text what Excel would otherwise convert, and nothing else', () => {
    expect(literalEntry('756')).toBe("'756");
    expect(literalEntry('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(literalEntry('TRUE')).toBe("'TRUE");
    expect(literalEntry('Maine-et-Loire')).toBe('Maine-et-Loire');
    expect(literalEntry(756)).toBe(756);
    expect(literalEntry(null)).toBe('');
  });
});
