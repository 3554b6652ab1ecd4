import ExcelJS from 'exceljs';
import { readTables } from '../../../src/adapters/exceljs';
import { readXlsxTables, XlsxUnsupported } from '../../../src/adapters/xlsx-read';
import { bytesOf, referenceTables, rezip } from './differential';

function budgets(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Saisie').addTable({
    name: 'Budgets', ref: 'A1', columns: [{ name: 'Libellé' }, { name: 'Montant' }],
    rows: [['Loyer', 1200], ['Eau', 300]],
  });
  return wb;
}
const SHEET = 'xl/worksheets/sheet1.xml';

describe('readTables when the fast reader gives up', () => {
  it('reads a package with XML the fast reader does not model (a comment, a CDATA value) with ExcelJS', async () => {
    const bytes = await rezip(await bytesOf(budgets()), {
      [SHEET]: (xml) => xml
        .replace('<row r="2"', '<!-- saisie du 3 mars --><row r="2"')
        .replace(/<c r="B3"([^>]*)><v>300<\/v><\/c>/, '<c r="B3"$1><v><![CDATA[300]]></v></c>'),
    });
    expect(() => readXlsxTables(bytes)).toThrow(XlsxUnsupported);
    const raw = await readTables(bytes);
    expect(raw).toEqual(await referenceTables(bytes));
    // ExcelJS's parser ignores CDATA: the cell reads empty, as it did before the fast reader.
    expect(raw.Budgets?.rows).toEqual([['Loyer', 1200], ['Eau', null]]);
  });

  it('reads a package whose entries are stored uncompressed as the ExcelJS reader does', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await bytesOf(budgets()));
    const stored = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    expect(readXlsxTables(stored)).toEqual(await referenceTables(stored));
    expect(readXlsxTables(stored).Budgets?.rows).toEqual([['Loyer', 1200], ['Eau', 300]]);
  });

  it('keeps the ExcelJS reader\'s verdict on packages it cannot load: overlapping merges, a shared string out of range', async () => {
    const overlapping = await rezip(await bytesOf(budgets()), {
      [SHEET]: (xml) => xml.replace('</sheetData>', '</sheetData><mergeCells count="2"><mergeCell ref="A2:B2"/><mergeCell ref="B2:B3"/></mergeCells>'),
    });
    const outOfRange = await rezip(await bytesOf(budgets()), {
      [SHEET]: (xml) => xml.replace(/<c r="A3"([^>]*)><v>\d+<\/v><\/c>/, '<c r="A3"$1><v>999</v></c>'),
    });
    for (const bytes of [overlapping, outOfRange]) {
      expect(() => readXlsxTables(bytes)).toThrow(XlsxUnsupported);
      await expect(readTables(bytes)).rejects.toMatchObject({ name: 'WorkbookReadError', reason: 'notXlsx' });
    }
  });

  it('leaves files that are not ZIP archives to ExcelJS, which reports them as not .xlsx', async () => {
    const text = Buffer.from('Code;Nom\nP1;Une\n');
    expect(() => readXlsxTables(text)).toThrow(XlsxUnsupported);
    await expect(readTables(text)).rejects.toMatchObject({ reason: 'notXlsx', path: null });
  });
});
