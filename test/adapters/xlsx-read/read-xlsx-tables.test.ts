import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeSample, writeTemplate } from '../../../src/adapters/exceljs';
import { readXlsxTables } from '../../../src/adapters/xlsx-read';
import { sampleTables, SYNTHETIC_SIZES, syntheticTables } from '../../../src/sample';
import { bytesOf, partText, referenceTables, rezip } from './differential';

/** The fast reader's answer must be the ExcelJS reader's, to the last cell. */
async function expectSameAsExcelJs(bytes: Buffer): Promise<void> {
  const reference = await referenceTables(bytes);
  expect(readXlsxTables(bytes)).toEqual(reference);
}

/** A workbook with every kind of cell ExcelJS writes, in tables found by each rule. */
function everyKindOfCell(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Notes').addTable({ name: 'Autre', ref: 'B2', columns: [{ name: 'x' }], rows: [['ignored']] });
  const ws = wb.addWorksheet('Saisie');
  const rows: ExcelJS.CellValue[][] = [
    ['  espaces autour  ', 'a < b & c > "d" \'e\''],
    ['ligne 1\r\nligne 2', 'texte _x000D_ échappé 😀'],
    [{ richText: [{ text: 'Asso ' }, { text: 'Une', font: { bold: true } }] }, { richText: [{ text: '' }] }],
    [0, -12.5],
    [1e-7, 123456789.123],
    [new Date(Date.UTC(2024, 0, 15)), new Date(Date.UTC(2024, 0, 15, 13, 30))],
    [new Date(Date.UTC(1999, 11, 31, 23, 59, 59)), new Date(Date.UTC(1900, 0, 1))],
    [{ formula: '1000+234', result: 1234 }, { formula: 'A1-A1', result: 0 }],
    [{ formula: 'A1&"x"', result: 'texte <&>' }, { formula: 'TRUE()', result: true }],
    [{ formula: 'FALSE()', result: false }, { formula: 'NA()', result: { error: '#N/A' } }],
    [{ formula: 'B1*2' }, { formula: 'DATE(2024,1,15)', result: new Date(Date.UTC(2024, 0, 15)) }],
    [{ error: '#DIV/0!' }, { error: '#REF!' }],
    [true, false],
    [{ text: 'lien', hyperlink: 'https://example.org' }, { text: 'interne', hyperlink: '#Notes!A1' }],
    ['', '=SOMME(A1:A2)'],
    [45000, 45000.75],
    [null, null],
    ['fin', null],
    [null, null],
    ['   ', null],
  ];
  ws.addTable({
    name: 'budgets', ref: 'C3', totalsRow: true,
    columns: [{ name: 'Libellé', totalsRowLabel: 'Total' }, { name: 'Montant', totalsRowFunction: 'sum' }],
    rows,
  });
  // Formats: a custom date, a date with quoted text, text that only looks like a date in quotes or brackets.
  ws.getCell('C19').numFmt = 'dd/mm/yyyy';
  ws.getCell('D19').numFmt = 'd "jours" hh:mm';
  ws.getCell('C8').numFmt = '"jour" 0';
  ws.getCell('D8').numFmt = '[Red]0.00';
  ws.getCell('C7').numFmt = '[$-40C]General';
  // A shared formula: its master and a follower.
  ws.getCell('H1').value = { formula: 'C7*2', result: 0, shareType: 'shared', ref: 'H1:H2' } as ExcelJS.CellValue;
  ws.getCell('H2').value = { sharedFormula: 'H1', result: 2 } as ExcelJS.CellValue;
  // A merge inside the table hides the cells under it.
  ws.mergeCells('C16:D17');
  const sites = wb.addWorksheet('sites');
  ['Code', 'Nom', null, 'Ville'].forEach((v, i) => { sites.getCell(1, i + 2).value = v; });
  sites.getCell('B2').value = 'S1';
  sites.getCell('E3').value = { formula: 'B2', result: 'S1' };
  sites.getCell('B6').value = 'S2';
  sites.mergeCells('C2:D3');
  sites.getCell('C2').value = 'Foyer';
  wb.addWorksheet('Effectifs').getCell('A1').value = 'not the table';
  // A name with entities in waiting (ExcelJS decodes sheet names twice) and a table past column Z.
  wb.addWorksheet('R&D &lt;1&gt;').addTable({
    name: 'EFFECTIFS', ref: 'AB3', columns: [{ name: 'Code' }, { name: 'ETP' }], rows: [['E1', 1.5], ['E2', 0]],
  });
  wb.addWorksheet('Partenaires');
  return wb;
}

describe('readXlsxTables', () => {
  it('reads the empty template and the sample exactly as the ExcelJS reader does', async () => {
    await expectSameAsExcelJs(await writeTemplate('fr'));
    await expectSameAsExcelJs(await writeTemplate('en'));
    await expectSameAsExcelJs(await writeSample('fr', sampleTables()));
    await expectSameAsExcelJs(await writeSample('en', syntheticTables(SYNTHETIC_SIZES.tenth)));
  });

  it('reads every kind of cell, table and sheet fallback as the ExcelJS reader does', async () => {
    const bytes = await bytesOf(everyKindOfCell());
    await expectSameAsExcelJs(bytes);
    const raw = readXlsxTables(bytes);
    // Hand-checked against what the cells show in Excel.
    expect(raw.Budgets?.sheet).toBe('Saisie');
    expect(raw.Budgets?.rows[5]).toEqual(['2024-01-15', '2024-01-15 13:30']);
    // 45000 is 2023-03-15 in the 1900 date system; .75 of a day is 18:00.
    expect(raw.Budgets?.rows[15]).toEqual(['2023-03-15', '2023-03-15 18:00']);
    expect(raw.Sites).toMatchObject({ sheet: 'sites', firstColumn: 2, headers: ['Code', 'Nom', null, 'Ville'] });
    expect(raw.Sites?.rows).toEqual([['S1', 'Foyer', null, null], [null, null, null, 'S1'], [null, null, null, null], [null, null, null, null], ['S2', null, null, null]]);
    expect(raw.Effectifs).toMatchObject({ sheet: 'R&D <1>', headerRow: 3, firstColumn: 28, rows: [['E1', 1.5], ['E2', 0]] });
    expect(raw.Partenaires).toEqual({ table: 'Partenaires', sheet: 'Partenaires', headerRow: 1, firstColumn: 1, headers: [], rows: [] });
  });

  it('reads the dates of a 1904 workbook as the ExcelJS reader does', async () => {
    const wb = everyKindOfCell();
    wb.properties.date1904 = true;
    const bytes = await bytesOf(wb);
    await expectSameAsExcelJs(bytes);
    // ExcelJS wrote 2024-01-15 as its 1904 serial, and reads it back as the same day.
    expect(readXlsxTables(bytes).Budgets?.rows[5][0]).toBe('2024-01-15');
  });

  it('reads XML that Excel and LibreOffice write but ExcelJS does not, as the ExcelJS reader does', async () => {
    const base = await bytesOf(everyKindOfCell());
    const sheet = 'xl/worksheets/sheet2.xml';
    const xml = await partText(base, sheet);
    const cells = [
      '<c r="C5" t="inlineStr"><is><t xml:space="preserve"> en ligne </t></is></c>',
      '<c r="D5" t="inlineStr"><is><r><rPr><b/><color rgb="FF0000FF"/></rPr><t>riche</t></r><r><t xml:space="preserve"> _x0041_ &amp; &#x263A;&#65;</t></r></is></c>',
      '<c r="C6" t="str"><v>&amp;lt;deux fois&amp;gt;</v></c>',
      '<c r="D6" t="d"><v>2024-01-15T00:00:00</v></c>',
      '<c r="C7" s="0" t="b"><v>7</v></c>',
      '<c r="D7" t="e"><v>#VALUE!</v></c>',
      '<c r="C9"><f t="shared" ref="C9:D9" si="4">A1+1</f><v>3</v></c>',
      '<c r="D9"><f t="shared" si="4"/><v>4</v></c>',
      '<c r="C10"><f t="shared" si="9"/><v>5</v></c>',
      '<c r="D10"><f t="array" ref="D10">SUM(A1:A2)</f><v>0</v></c>',
      '<c r="C11" t="str"><f>A1</f><v></v></c>',
      '<c r="D11" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
      '<c r="C12"><v>12\r\n</v></c>',
      '<c r="D12" t="s"><v>0</v></c>',
    ];
    const edited = await rezip(base, {
      [sheet]: (text) => {
        let out = text;
        for (const cell of cells) {
          const ref = /r="([A-Z]+\d+)"/.exec(cell)![1];
          const existing = new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`);
          expect(existing.test(out)).toBe(true);
          out = out.replace(existing, cell);
        }
        return out;
      },
      'xl/sharedStrings.xml': (text) => text.replace(/<si>.*?<\/si>/, '<si><t>a</t><rPh sb="0" eb="1"><t>フ</t></rPh><phoneticPr fontId="1"/></si>'),
    });
    expect(xml).not.toBe(await partText(edited, sheet));
    await expectSameAsExcelJs(edited);
    const raw = readXlsxTables(edited);
    expect(raw.Budgets?.rows[1]).toEqual([' en ligne ', 'riche A & ☺A']);
    // A cached 0 of a formula is read as no result, as the ExcelJS reader always did.
    expect(raw.Budgets?.rows[6][1]).toBeNull();
  });

  it('reads hyperlinked formula cells, merged headers and a table with a display name as the ExcelJS reader does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Budgets');
    ws.getCell('A1').value = 'Montant';
    ws.getCell('B1').value = 'Lien';
    ws.getCell('A2').value = { text: 'x', hyperlink: 'https://example.org/a' };
    ws.getCell('B2').value = { text: 'y', hyperlink: 'https://example.org/b' };
    ws.getCell('A3').value = 5;
    ws.mergeCells('C1:D1');
    ws.getCell('C1').value = 'Fusion';
    const base = await bytesOf(wb);
    const edited = await rezip(base, {
      'xl/worksheets/sheet1.xml': (text) => text
        .replace(/<c r="A2"[^>]*>.*?<\/c>/, '<c r="A2"><f>A3-A3</f><v>0</v></c>')
        .replace(/<c r="B2"[^>]*>.*?<\/c>/, '<c r="B2" t="b"><f>FALSE()</f><v>0</v></c>'),
    });
    const tables = await rezip(await bytesOf((() => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet('S').addTable({ name: 'T1', ref: 'A1', columns: [{ name: 'Code' }], rows: [['P1']] });
      return book;
    })()), { 'xl/tables/table1.xml': (text) => text.replace(/displayName="T1"/, 'displayName="Partenaires"') });
    for (const bytes of [base, edited, tables]) await expectSameAsExcelJs(bytes);
    // A hyperlink shows a formula's cached 0 and FALSE, where a plain formula cell reads null.
    expect(readXlsxTables(edited).Budgets?.rows[0]).toEqual([0, false, null]);
    expect(readXlsxTables(tables).Partenaires?.rows).toEqual([['P1']]);
  });

  it('reads packages whose XML is indented, has CRLF line ends, spaced or single-quoted attributes as the ExcelJS reader does', async () => {
    const file = readFileSync(join(__dirname, 'fixtures', 'libreoffice-every-kind.xlsx'));
    const JSZip = (await import('jszip')).default;
    const names = Object.keys((await JSZip.loadAsync(file)).files).filter((n) => /\.(xml|rels)$/.test(n));
    const layouts: ((xml: string) => string)[] = [
      (xml) => xml.replace(/></g, '>\n  <'),
      (xml) => xml.replace(/></g, '>\r\n<'),
      (xml) => xml.replace(/ (\w+(:\w+)?)="/g, '\t$1 = "'),
      (xml) => xml.replace(/="([^"]*)"/g, "='$1'"),
    ];
    for (const layout of layouts) {
      const bytes = await rezip(file, Object.fromEntries(names.map((n) => [n, layout])));
      await expectSameAsExcelJs(bytes);
      expect(readXlsxTables(bytes).Budgets?.rows[3]).toEqual([0, -12.5]);
    }
  });

  it('reads every fixture workbook of the project as the ExcelJS reader does', async () => {
    const root = join(__dirname, '../../fixtures');
    const files = ['valid', 'invalid'].flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.xlsx')).map((f) => join(root, dir, f)));
    const local = join(__dirname, 'fixtures');
    files.push(...readdirSync(local).filter((f) => f.endsWith('.xlsx')).map((f) => join(local, f)));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) await expectSameAsExcelJs(readFileSync(file));
  });
});
