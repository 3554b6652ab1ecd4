import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readXlsxTables, XlsxUnsupported } from '../../../src/adapters/xlsx-read';
import { bytesOf, referenceTables, rezip } from './differential';

// Cell XML as Excel, LibreOffice and other writers may produce it — types, formulas (plain,
// shared, array), inline and rich strings, odd values — put into a real package: where the
// fast reader reads a cell, it must read it as the ExcelJS reader does.

/** A package with one sheet "Budgets", a hyperlink relationship rId1, styles 0 (General), 1 (date), 2 (0.00). */
async function basePackage(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budgets');
  ws.getCell('A1').value = 'x';
  ws.getCell('A2').value = { text: 'l', hyperlink: 'https://example.org' };
  ws.getCell('B2').value = new Date(Date.UTC(2024, 0, 1));
  ws.getCell('C2').value = 3;
  ws.getCell('C2').numFmt = '0.00';
  return bytesOf(wb);
}

const SHARED = [
  '<si><t>Code</t></si>',
  '<si><t xml:space="preserve"> a &amp; b _x0041_ </t></si>',
  '<si><r><rPr><b/></rPr><t>ri</t></r><r><t>che</t></r></si>',
  '<si><t>ka</t><rPh sb="0" eb="1"><t>カ</t></rPh><phoneticPr fontId="0"/></si>',
  '<si/>',
  '<si><t></t></si>',
];
const valueText = fc.constantFrom('', '0', '1', '2', '-2.5', '45000.5', ' 3 ', 'abc', '&amp;lt;x&amp;gt;', 'TRUE', '#N/A', '1e400', '2024-01-15T00:00:00', '7&#10;8');
const type = fc.constantFrom(undefined, 'n', 's', 'str', 'inlineStr', 'b', 'e', 'd');
const formula = fc.constantFrom(
  undefined, '<f>A1</f>', '<f t="shared" ref="A3:C9" si="0">A1</f>', '<f t="shared" si="0"/>', '<f t="shared" si="5"/>',
  '<f t="array" ref="A3">SUM(A1:A2)</f>', '<f/>', '<f aca="false">1&amp;"x"</f>',
);
const inline = fc.constantFrom(
  undefined, '<is><t>en ligne</t></is>', '<is><t xml:space="preserve"> sp _x0042_ </t></is>',
  '<is><r><t>r1</t></r><r><rPr><i/></rPr><t xml:space="preserve"> r2</t></r></is>', '<is/>', '<is><t/></is>',
);
const style = fc.constantFrom(undefined, '0', '1', '2', '7');
const hyperlink = fc.boolean();
// Mostly cells as writers make them; now and then any mix of elements.
const cell = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('plain'), style, type, formula: fc.constant(undefined), value: fc.option(valueText), inline: fc.constant(undefined), hyperlink }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('formula'), style, type, formula: formula.filter((f) => f !== undefined), value: fc.option(valueText), inline: fc.constant(undefined), hyperlink }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('inline'), style, type: fc.constant('inlineStr'), formula: fc.constant(undefined), value: fc.constant(null), inline: inline.filter((i) => i !== undefined), hyperlink }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('odd'), style, type, formula, value: fc.option(valueText), inline, hyperlink }) },
);
const rows = fc.array(fc.array(fc.option(cell, { freq: 3 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 });

type Cell = typeof cell extends fc.Arbitrary<infer T> ? T : never;
const COLUMNS = ['A', 'B', 'C'];

function cellXml(address: string, c: Cell): string {
  const attributes = [`r="${address}"`, c.style !== undefined ? `s="${c.style}"` : '', c.type ? `t="${c.type}"` : ''].filter(Boolean).join(' ');
  const content = `${c.formula ?? ''}${c.value !== null ? `<v>${c.value}</v>` : ''}${c.inline ?? ''}`;
  return content === '' ? `<c ${attributes}/>` : `<c ${attributes}>${content}</c>`;
}

function sheetXml(original: string, body: (Cell | null)[][]): string {
  const header = '<row r="1">' + COLUMNS.map((col, i) => `<c r="${col}1" t="inlineStr"><is><t>H${i}</t></is></c>`).join('') + '</row>';
  const links: string[] = [];
  const data = body.map((row, r) => {
    const cells = row.map((c, i) => {
      if (c === null) return '';
      const address = `${COLUMNS[i]}${r + 3}`;
      if (c.hyperlink) links.push(`<hyperlink ref="${address}" r:id="rId1"/>`);
      return cellXml(address, c);
    }).join('');
    return `<row r="${r + 3}">${cells}</row>`;
  }).join('');
  return original
    .replace(/<sheetData>.*<\/sheetData>/, `<sheetData>${header}${data}</sheetData>`)
    .replace(/<hyperlinks>.*<\/hyperlinks>/, links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : '');
}

describe('readXlsxTables on random cell XML', () => {
  it('reads every cell it accepts as the ExcelJS reader does, and gives up only on shapes ExcelJS mishandles', async () => {
    const base = await basePackage();
    let read = 0;
    await fc.assert(
      fc.asyncProperty(rows, async (body) => {
        const bytes = await rezip(base, {
          'xl/worksheets/sheet1.xml': (xml) => sheetXml(xml, body),
          'xl/sharedStrings.xml': (xml) => xml.replace(/<si>.*<\/sst>/, `${SHARED.join('')}</sst>`),
        });
        let fast: ReturnType<typeof readXlsxTables> | XlsxUnsupported;
        try {
          fast = readXlsxTables(bytes);
        } catch (error) {
          if (!(error instanceof XlsxUnsupported)) throw error;
          fast = error;
        }
        const reference = await referenceTables(bytes).catch((error: unknown) => error as Error);
        if (fast instanceof XlsxUnsupported) {
          // The fast reader stands aside only where ExcelJS itself fails, on a mix of elements, or on a bad shared string index.
          const odd = body.some((row) => row.some((c) => c !== null && c.kind === 'odd'));
          const badIndex = body.some((row) => row.some((c) => c !== null && c.kind === 'plain' && c.type === 's' && c.value !== null && c.value !== ''
            && !(Number.parseInt(c.value, 10) >= 0 && Number.parseInt(c.value, 10) < SHARED.length)));
          expect(reference instanceof Error || odd || badIndex).toBe(true);
          return;
        }
        read += 1;
        expect(fast).toEqual(reference);
      }),
      { seed: 20261127, numRuns: 200 },
    );
    // Most random sheets are read by the fast reader itself.
    expect(read).toBeGreaterThan(60);
  });
});
