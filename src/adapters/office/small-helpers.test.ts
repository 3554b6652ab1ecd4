import { parseAddress } from './a1-address';
import { textForExcel } from './block-payload';
import { isDateFormat, officeCellValue } from './office-cell-value';
import { registryEntries } from './registry';
import { excelApiSupported } from './requirements';
import { packBatches, type Piece } from './write-batches';

describe('parseAddress', () => {
  it('reads sheet and box from the texts Excel returns', () => {
    expect(parseAddress("='L''analyse'!$C$5")).toEqual({ sheet: "L'analyse", top: 5, left: 3, bottom: 5, right: 3 });
    expect(parseAddress('Budgets!B3:AA40')).toEqual({ sheet: 'Budgets', top: 3, left: 2, bottom: 40, right: 27 });
    expect(parseAddress('C3')).toEqual({ sheet: null, top: 3, left: 3, bottom: 3, right: 3 });
    expect(parseAddress('=#REF!')).toBeNull();
  });
});

describe('textForExcel', () => {
  it('quotes text Excel would turn into something else, and only that', () => {
    expect(['01', '=A1', '+33', '-x', '@a', 'TRUE', 'faux', '1/2', ' lead', "'q", '#N/A'].map(textForExcel)).toEqual(
      ["'01", "'=A1", "'+33", "'-x", "'@a", "'TRUE", "'faux", "'1/2", "' lead", "''q", "'#N/A"],
    );
    expect(['Données', 'Coût par place', 'CCN'].map(textForExcel)).toEqual(['Données', 'Coût par place', 'CCN']);
  });
});

describe('officeCellValue', () => {
  it('turns dates shown as dates into ISO text and leaves numbers alone', () => {
    // Serial 45306 = 2024-01-15 (days since 1899-12-30); 0.75 of a day = 18:00.
    expect(officeCellValue(45306.75, 'dd/mm/yyyy hh:mm')).toBe('2024-01-15 18:00');
    expect(officeCellValue(45306, '# ##0 €')).toBe(45306);
    expect(officeCellValue('', 'General')).toBeNull();
    expect(officeCellValue('#N/A', 'General')).toBe('#N/A');
  });

  it('tells date formats from number formats', () => {
    expect(['dd/mm/yyyy', 'h:mm', '[$-40C]d mmmm yyyy'].map(isDateFormat)).toEqual([true, true, true]);
    expect(['General', '0.0 %', '#,##0 "jours"', '@'].map(isDateFormat)).toEqual([false, false, false, false]);
  });
});

describe('registryEntries', () => {
  it('reads keys and names below the header down to the first empty key', () => {
    const values = [['Clé', 'Feuille'], ['cover', 'Sommaire'], ['data', 'Données'], ['', ''], ['later', 'Ignored']];
    expect([...registryEntries(values)]).toEqual([['cover', 'Sommaire'], ['data', 'Données']]);
  });
});

describe('packBatches', () => {
  const piece = (bytes: number): Piece => ({ sheet: 0, payload: { address: 'A1', formulas: [], numberFormat: null, cellProperties: null, bytes } });

  it('packs pieces in order and sends the commit with the last batch when it fits', () => {
    // Each piece weighs 1 000 + 400 bytes of allowance; a batch starts with 2 000 bytes of allowance.
    const batches = packBatches([piece(1000), piece(1000), piece(1000)], 500, 5_000);
    expect(batches.map((b) => [b.pieces.length, b.commit])).toEqual([[2, false], [1, true]]);
  });

  it('gives the commit a batch of its own when it does not fit', () => {
    const batches = packBatches([piece(1000)], 3_000, 5_000);
    expect(batches.map((b) => [b.pieces.length, b.commit])).toEqual([[1, false], [0, true]]);
  });
});

describe('excelApiSupported', () => {
  it('is false where Office.js is not loaded', () => {
    expect(excelApiSupported('1.9')).toBe(false);
  });

  it('asks Office with the version as a string', () => {
    const asked: unknown[] = [];
    const global = globalThis as { Office?: unknown };
    global.Office = { context: { requirements: { isSetSupported: (set: string, v: unknown) => (asked.push([set, v]), true) } } };
    try {
      expect(excelApiSupported('1.9')).toBe(true);
      expect(asked).toEqual([['ExcelApi', '1.9']]);
    } finally {
      delete global.Office;
    }
  });
});
