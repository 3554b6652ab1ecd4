// The stream writer's rows, written as XML text from the plan (stream-row-xml.ts, issue 9): the markup
// cell-xform.js and row-xform.js of ExcelJS 4.4 give (hand-written below from those files), the same
// <sheetData>, styles and shared strings as ExcelJS's own Row and Cell objects for any cells (seeded
// property against write-plan-stream-reference.ts), and ExcelJS reads every type, text and style back.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { writePlan } from '../../src/adapters/exceljs';
import { rowXml, type CellRegisters } from '../../src/adapters/exceljs/stream-row-xml';
import { xmlCellText } from '../../src/adapters/exceljs/xml-cell-text';
import type { PlanCell, PlanSheet, PlanTable, StyleName, WorkbookPlan } from '../../src/plan/types';
import { readParts, type Parts } from '../charts/package-inspect';
import { smallPlan } from '../plan-fixtures';
import { fixtureStyles } from '../plan-fixtures/styles';
import { exceljsRowsReference } from './write-plan-stream-reference';
import { SPECIAL as special, textsPlan } from './write-plan-stream-texts';

describe('xmlCellText', () => {
  it('writes the five XML specials as entities', () => {
    expect(xmlCellText(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
  });

  it('drops the controls XML 1.0 forbids and DEL, and keeps tab, line feed and carriage return', () => {
    expect(xmlCellText('x\u0000\u0001\u0008\u000b\u000c\u000e\u001f\u007fy\t\n\r')).toBe('xy\t\n\r');
  });

  it('keeps every other character, accents and astral ones too', () => {
    expect(xmlCellText('Économie 💶 — 50 %')).toBe('Économie 💶 — 50 %');
  });
});

/** Registers as the workbook's would answer: `header` is style 4, a number format alone style 5; texts numbered in order of first use. */
function fakeRegisters(): CellRegisters & { texts: string[]; styleCalls: string[] } {
  const texts: string[] = [];
  const styleCalls: string[] = [];
  return {
    texts,
    styleCalls,
    styleId(style, numberFormat) {
      styleCalls.push(`${style ?? '-'}/${numberFormat ?? '-'}`);
      if (style === 'header') return 4;
      return numberFormat ? 5 : 0;
    },
    sharedString(text) {
      const i = texts.indexOf(text);
      return i >= 0 ? i : texts.push(text) - 1;
    },
  };
}

describe('rowXml', () => {
  const names = new Map([['data', 'Données']]);

  it('writes each type of cell as cell-xform.js does, in column order, with the spans of all the cells', () => {
    const registers = fakeRegisters();
    const cells: PlanCell[] = [
      { row: 7, col: 1, value: 'Nom', style: 'header' },
      { row: 7, col: 2, value: 1234.5, numberFormat: '#,##0' },
      { row: 7, col: 3, value: true },
      { row: 7, col: 4, formula: 'B7*2', expected: 2469, numberFormat: '#,##0' },
      { row: 7, col: 5, formula: 'IF(C7,"<oui>","non")', expected: '<oui>' },
      { row: 7, col: 6, formula: '=C7', expected: false },
      { row: 7, col: 7, formula: 'NA()' },
      { row: 7, col: 8, style: 'header' },
      { row: 7, col: 27, value: 'x & y' },
      // Empty and unstyled: not written, but ExcelJS counts it in the row's spans.
      { row: 7, col: 28, value: null },
    ];
    expect(rowXml(7, cells, names, registers)).toBe(
      '<row r="7" spans="1:28" x14ac:dyDescent="0.25">'
      + '<c r="A7" s="4" t="s"><v>0</v></c>'
      + '<c r="B7" s="5"><v>1234.5</v></c>'
      + '<c r="C7" t="b"><v>1</v></c>'
      + '<c r="D7" s="5"><f>B7*2</f><v>2469</v></c>'
      + '<c r="E7" t="str"><f>IF(C7,&quot;&lt;oui&gt;&quot;,&quot;non&quot;)</f><v>&lt;oui&gt;</v></c>'
      + '<c r="F7" t="b"><f>C7</f><v>0</v></c>'
      + '<c r="G7"><f>NA()</f></c>'
      + '<c r="H7" s="4"/>'
      + '<c r="AA7" t="s"><v>1</v></c>'
      + '</row>',
    );
    // Plain texts go to the shared strings (escaped there by ExcelJS); a formula's text result does not.
    expect(registers.texts).toEqual(['Nom', 'x & y']);
    expect(registers.styleCalls).toEqual(['header/-', '-/#,##0', '-/-', '-/#,##0', '-/-', '-/-', '-/-', 'header/-', '-/-', '-/-']);
  });

  it('writes a link to another sheet as the HYPERLINK formula whose result is its text', () => {
    const xml = rowXml(2, [{ row: 2, col: 1, value: 'Aller', linkTo: 'data' }], names, fakeRegisters());
    expect(xml).toBe('<row r="2" spans="1:1" x14ac:dyDescent="0.25"><c r="A2" t="str">'
      + '<f>HYPERLINK(&quot;#&apos;Données&apos;!A1&quot;,&quot;Aller&quot;)</f><v>Aller</v></c></row>');
  });

  it('leaves out a row without any value, styled or not, and registers nothing for it, as ExcelJS\'s stream writer does', () => {
    const registers = fakeRegisters();
    expect(rowXml(3, [{ row: 3, col: 1, style: 'header' }, { row: 3, col: 2, value: null }], names, registers)).toBe('');
    expect(registers.styleCalls).toEqual([]);
  });
});

/** `<sheetData>…</sheetData>` of each sheet, by part name. */
function sheetData(parts: Parts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, xml] of parts) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) continue;
    const from = xml.indexOf('<sheetData');
    out[path] = xml.slice(from, xml.indexOf('</sheetData>', from) + '</sheetData>'.length);
  }
  return out;
}

/** The parts the rows decide: each sheet's <sheetData>, the styles and the shared strings. */
async function rowParts(bytes: Buffer): Promise<Record<string, string | undefined>> {
  const parts = await readParts(bytes);
  return { ...sheetData(parts), styles: parts.get('xl/styles.xml'), sharedStrings: parts.get('xl/sharedStrings.xml') };
}

function sheetOf(key: string, name: string, cells: PlanCell[], tables: PlanTable[] = []): PlanSheet {
  return {
    key, name, class: 'calculation', cells, tables, validations: [], conditionalFormats: [], freeze: null,
    columnWidths: [], protect: false, print: null, tabColor: null,
  };
}

const styleNames = Object.keys(fixtureStyles) as StyleName[];
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom('<a&b>', '"q"', "l'x", '\u0001\u0008\t\n\u001f\u007f', '', ' lead', '=1+1', '#N/A', 'Économie 💶'),
);
const scalar = fc.oneof(fc.double(), fc.integer(), text, fc.boolean(), fc.constant(null));
const cellArb = fc.record({
  row: fc.integer({ min: 1, max: 25 }),
  col: fc.integer({ min: 1, max: 30 }),
  content: fc.oneof(
    fc.record({ value: fc.option(scalar, { nil: undefined }) }),
    fc.record({
      formula: fc.constantFrom('SUM(A1:A3)', 'IF(A1>0,"<oui>","non & si")', "'Feuille 1'!A1*2", '=B2'),
      expected: fc.option(scalar, { nil: undefined }),
    }),
    fc.record({ value: fc.option(text, { nil: undefined }), linkTo: fc.constantFrom('one', 'two', 'nowhere') }),
  ),
  style: fc.option(fc.constantFrom(...styleNames), { nil: undefined }),
  numberFormat: fc.option(fc.constantFrom('0.0 %', '#,##0 €', '0.00', '@', 'General'), { nil: undefined }),
}).map((c): PlanCell => ({ row: c.row, col: c.col, ...c.content, style: c.style, numberFormat: c.numberFormat }));
const tableArb = fc.record({
  row: fc.integer({ min: 1, max: 25 }),
  col: fc.integer({ min: 1, max: 8 }),
  headers: fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
}).map((t): PlanTable => ({ name: 'T_Test', row: t.row, col: t.col, headers: t.headers, rowCount: 1 }));
// Cells in any order or in row order (as the builders give them), several at one address (the later
// wins), a table whose header texts replace the cells' values.
const planArb = fc.tuple(fc.array(cellArb, { maxLength: 60 }), fc.array(cellArb, { maxLength: 20 }), fc.option(tableArb, { nil: undefined }), fc.boolean())
  .map(([one, two, table, inRowOrder]): WorkbookPlan => ({
    productVersion: 'rows', lang: 'fr', names: [], styles: fixtureStyles,
    sheets: [
      sheetOf('one', 'Feuille 1', inRowOrder ? [...one].sort((a, b) => a.row - b.row) : one, table ? [table] : []),
      sheetOf('two', 'Feuille 2', two),
    ],
  }));

describe('the rows of writePlan', () => {
  it('are those ExcelJS writes through its Row and Cell objects for any cells, styles and tables (seeded)', async () => {
    await fc.assert(fc.asyncProperty(planArb, async (plan) => {
      expect(await rowParts(await writePlan(plan))).toEqual(await rowParts(await exceljsRowsReference(plan)));
    }), { seed: 20261126, numRuns: 60 });
  }, 120_000);

  it('are those ExcelJS writes for the small plan, its table and links included', async () => {
    // Without its conditional formats: they add styles (dxfs) the reference does not write.
    const plan = smallPlan();
    const bare = { ...plan, sheets: plan.sheets.map((s) => ({ ...s, conditionalFormats: [] })) };
    expect(await rowParts(await writePlan(bare))).toEqual(await rowParts(await exceljsRowsReference(bare)));
  });
});

describe('a written sheet read back by ExcelJS', () => {
  const plan = textsPlan();
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writePlan(plan)) as unknown as ArrayBuffer);
    ws = wb.getWorksheet('Textes') as ExcelJS.Worksheet;
  });

  it('gives each text back, the forbidden controls dropped', () => {
    expect(['A2', 'A3', 'A4', 'A7'].map((a) => ws.getCell(a).value)).toEqual([special, 'tab\there\nline', 'ctrlchars', 'Économie 💶']);
  });

  it('gives numbers and booleans back with their types', () => {
    expect(['B2', 'B3', 'B4'].map((a) => ws.getCell(a).value)).toEqual([0.125, -1234567.891, true]);
    expect(ws.getCell('B4').type).toBe(ExcelJS.ValueType.Boolean);
  });

  it('gives each formula back with its cached result and the result\'s type', () => {
    expect(['A5', 'B5', 'A6', 'B6'].map((a) => [ws.getCell(a).formula, ws.getCell(a).result]))
      .toEqual([['A2&"<"', `${special}<`], ['B2*2', 0.25], ['B4', true], ['NOT(B4)', false]]);
  });

  it('gives the styles back: fonts, fills, borders, alignment, number formats, unlocked inputs', () => {
    const header = ws.getCell('A1');
    expect(header.font).toMatchObject({ bold: true });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(header.border?.bottom).toMatchObject({ style: 'thin' });
    expect(header.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    const input = ws.getCell('B2');
    expect(input.numFmt).toBe('0.0 %');
    expect(input.font?.color).toMatchObject({ argb: 'FF0000FF' });
    expect(input.protection).toMatchObject({ locked: false });
    expect(ws.getCell('B3').numFmt).toBe('#,##0.00 €');
    expect(ws.getCell('B5').font).toMatchObject({ bold: true });
    expect(ws.getCell('B5').border?.top).toMatchObject({ style: 'thin' });
    // An empty styled cell keeps its style.
    expect(ws.getCell('C7').fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
  });
});
