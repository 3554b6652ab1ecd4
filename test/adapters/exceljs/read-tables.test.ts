import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readTables, WorkbookReadError } from '../../../src/adapters/exceljs';

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readTables', () => {
  it('finds an Excel table by name in any sheet and any case, with the addresses the user sees', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').getCell('A1').value = 'anything';
    const ws = wb.addWorksheet('Saisie');
    ws.addTable({
      name: 'budgets', ref: 'C4', headerRow: true,
      columns: [{ name: 'Partenaire' }, { name: 'Montant' }],
      rows: [['A1', 1200], ['A2', 300]],
    });
    const raw = await readTables(await bytes(wb));
    expect(raw.Budgets).toEqual({
      table: 'Budgets', sheet: 'Saisie', headerRow: 4, firstColumn: 3,
      headers: ['Partenaire', 'Montant'],
      rows: [['A1', 1200], ['A2', 300]],
    });
    expect(Object.keys(raw)).toEqual(['Budgets']);
  });

  it('falls back to a sheet of the table name whose first row holds the headers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('partenaires');
    ws.getCell('B1').value = 'Code';
    ws.getCell('C1').value = 'Nom';
    ws.getCell('B2').value = 'P1';
    ws.getCell('C2').value = 'Association Une';
    ws.getCell('B4').value = 'P2';
    const raw = await readTables(await bytes(wb));
    expect(raw.Partenaires).toEqual({
      table: 'Partenaires', sheet: 'partenaires', headerRow: 1, firstColumn: 2,
      headers: ['Code', 'Nom'],
      // The blank row 3 stays: the validator skips it, and row numbers stay true.
      rows: [['P1', 'Association Une'], [null, null], ['P2', null]],
    });
  });

  it('prefers a table of that name over a sheet of that name', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sites').getCell('A1').value = 'not the table';
    wb.addWorksheet('Data').addTable({
      name: 'Sites', ref: 'A1', columns: [{ name: 'Code' }], rows: [['S1']],
    });
    const raw = await readTables(await bytes(wb));
    expect(raw.Sites?.sheet).toBe('Data');
    expect(raw.Sites?.rows).toEqual([['S1']]);
  });

  it('gives a sheet with an empty first row as a table without headers or rows', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Effectifs').getCell('A3').value = 'stray';
    const raw = await readTables(await bytes(wb));
    expect(raw.Effectifs).toEqual({ table: 'Effectifs', sheet: 'Effectifs', headerRow: 1, firstColumn: 1, headers: [], rows: [] });
  });

  it('turns every kind of cell into the plain value the user sees', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Budgets');
    const values: ExcelJS.CellValue[] = [
      'Montant',
      { formula: '1000+234', result: 1234 },
      { formula: 'A1&"x"', result: 'texte' },
      { richText: [{ text: 'Asso ' }, { text: 'Une', font: { bold: true } }] },
      { text: 'lien', hyperlink: 'https://example.org' },
      { error: '#N/A' },
      new Date(Date.UTC(2024, 0, 15)),
      new Date(Date.UTC(2024, 0, 15, 13, 30)),
      true,
      '',
      '=SOMME(A1:A2)',
      -12.5,
      { formula: 'B1*2' },
      'end',
    ];
    values.forEach((v, i) => { ws.getCell(i + 1, 1).value = v; });
    const raw = await readTables(await bytes(wb));
    expect(raw.Budgets?.rows.map((r) => r[0])).toEqual([
      1234, 'texte', 'Asso Une', 'lien', '#N/A', '2024-01-15', '2024-01-15 13:30', true, null,
      '=SOMME(A1:A2)', -12.5,
      // A formula never calculated has no cached result: nothing the user can see.
      null, 'end',
    ]);
  });

  it('drops trailing empty rows and leaves out the totals row of a table', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('B');
    ws.addTable({
      name: 'Budgets', ref: 'A1', totalsRow: true,
      columns: [{ name: 'Libellé', totalsRowLabel: 'Total' }, { name: 'Montant', totalsRowFunction: 'sum' }],
      rows: [['Loyer', 10], [null, null], ['Eau', 5], [null, null], ['  ', null]],
    });
    const raw = await readTables(await bytes(wb));
    expect(raw.Budgets?.rows).toEqual([['Loyer', 10], [null, null], ['Eau', 5]]);
  });

  it('shows a merged cell only in its top-left cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sites');
    ws.getCell('A1').value = 'Code';
    ws.getCell('B1').value = 'Nom';
    ws.getCell('A2').value = 'S1';
    ws.getCell('B2').value = 'Foyer';
    ws.getCell('A3').value = 'S2';
    ws.mergeCells('B2:B3');
    const raw = await readTables(await bytes(wb));
    expect(raw.Sites?.rows).toEqual([['S1', 'Foyer'], ['S2', null]]);
  });

  it('reads a path as well as bytes', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Partenaires').getCell('A1').value = 'Code';
    const dir = await mkdtemp(join(tmpdir(), 'coop-read-'));
    const file = join(dir, 'p.xlsx');
    await writeFile(file, await bytes(wb));
    expect((await readTables(file)).Partenaires?.headers).toEqual(['Code']);
  });

  it('throws WorkbookReadError notFound for a missing file and notXlsx for other bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coop-read-'));
    await expect(readTables(join(dir, 'absent.xlsx'))).rejects.toMatchObject({ name: 'WorkbookReadError', reason: 'notFound' });
    const text = join(dir, 'text.xlsx');
    await writeFile(text, 'Code;Nom\nP1;Une\n');
    const error = await readTables(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(error).toMatchObject({ reason: 'notXlsx', path: text });
    await expect(readTables(Buffer.alloc(0))).rejects.toMatchObject({ reason: 'notXlsx', path: null });
  });
});
