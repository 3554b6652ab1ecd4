// Print titles: the header rows of the wide output and calculation sheets repeat on
// every printed page, in the written file and after LibreOffice has opened and saved it.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { writePlan } from '../../src/adapters/exceljs';
import { describeWithLibreOffice } from '../harness/libreoffice';
import { planOf, sampleData } from '../harness/sample-model';

/** Savings: header, model-year and horizon rows 5–7; comparison and indicators: code, name and note rows 4–6. */
const EXPECTED: Readonly<Record<string, string>> = { Mutualisation: '5:7', Comparatif: '4:6', Indicateurs: '4:6' };

async function printTitles(bytes: ArrayBuffer | Uint8Array | Buffer): Promise<Record<string, string | undefined>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return Object.fromEntries(Object.keys(EXPECTED).map((name) => [name, wb.getWorksheet(name)?.pageSetup.printTitlesRow?.replace(/\$/g, '')]));
}

describe('print titles of the generated model', () => {
  it('repeats the header rows on each printed page of the savings, comparison and indicators sheets', async () => {
    expect(await printTitles(await writePlan(planOf(sampleData(), 'fr')))).toEqual(EXPECTED);
  });
});

describeWithLibreOffice('print titles after LibreOffice', (session) => {
  it('are kept when LibreOffice opens and saves the model', async () => {
    const path = await session().recalculate(await writePlan(planOf(sampleData(), 'fr')));
    expect(await printTitles(await readFile(path))).toEqual(EXPECTED);
  });
});
