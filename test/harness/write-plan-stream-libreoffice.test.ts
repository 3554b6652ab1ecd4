// The stream writer's own rows in LibreOffice: it opens the file, recalculates every formula to the
// plan's value, and reads back the texts (specials, line breaks, astral characters; the controls XML
// forbids dropped), the types and the styles. One soffice run.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writePlan } from '../../src/adapters/exceljs';
import { compareWithPlan, describeMismatches, errorCells } from './compare-with-plan';
import { describeWithLibreOffice } from './libreoffice';
import { readWorkbookGrid } from './read-workbook';
import { SPECIAL, textsPlan } from './write-plan-stream-texts';

describeWithLibreOffice('the stream writer\'s rows recalculated by LibreOffice', (session) => {
  const plan = textsPlan();
  let recalculated: string;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    recalculated = await session().recalculate(await writePlan(plan));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated);
    ws = wb.getWorksheet('Textes') as ExcelJS.Worksheet;
  }, 120_000);

  it('recalculates every formula to the plan\'s value, without an error', async () => {
    const grid = await readWorkbookGrid(recalculated);
    const { compared, mismatches } = compareWithPlan(plan, grid);
    expect(errorCells(grid)).toEqual([]);
    expect(describeMismatches(mismatches)).toBe('');
    expect(compared).toBe(6);
  });

  it('reads the texts, numbers and booleans back', async () => {
    // Through the grid: LibreOffice saves a TRUE constant as the formula TRUE().
    const cells = (await readWorkbookGrid(recalculated)).sheets.Textes;
    expect(['A2', 'A3', 'A4', 'A7', 'B2', 'B3', 'B4'].map((a) => cells[a]?.value))
      .toEqual([SPECIAL, 'tab\there\nline', 'ctrlchars', 'Économie 💶', 0.125, -1234567.891, true]);
  });

  it('reads the styles back: bold, fill, border, number formats, unlocked input', async () => {
    expect(ws.getCell('A1').font).toMatchObject({ bold: true });
    expect(ws.getCell('A1').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('A1').border?.bottom).toMatchObject({ style: 'thin' });
    expect(ws.getCell('B2').numFmt).toBe('0.0 %');
    // ExcelJS does not read LibreOffice's locked="false": the input cell's format in its styles part.
    const zip = await JSZip.loadAsync(readFileSync(recalculated));
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    const styleIndex = Number(/<c r="B2" s="(\d+)"/.exec(sheetXml ?? '')?.[1]);
    const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec((await zip.file('xl/styles.xml')?.async('string')) ?? '')?.[1] ?? '';
    const xf = cellXfs.match(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)?.[styleIndex];
    expect(xf).toContain('<protection locked="false"');
    // LibreOffice quotes the literal part of a format it saves: the same format.
    expect(ws.getCell('B3').numFmt).toBe('#,##0.00" €"');
    expect(ws.getCell('B5').font).toMatchObject({ bold: true });
  });
});
