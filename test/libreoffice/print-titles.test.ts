// Print titles: the header rows of the wide output and calculation sheets repeat on
// every printed page, in the written file and after LibreOffice has opened and saved it.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { writePlan } from '../../src/adapters/exceljs';
import { describeWithLibreOffice } from '../harness/libreoffice';
import { planOf, sampleData } from '../harness/sample-model';

/**
 * Scenario sheets: header, model-year and horizon rows 5–7; scenarios compared: codes and names 7–8;
 * comparison and indicators: code, name and note rows 4–6.
 */
const EXPECTED: Readonly<Record<string, string>> = {
  'Mutualisation S1': '5:7', 'Mutualisation S3': '5:7', 'Scénarios comparés': '7:8', Comparatif: '4:6', Indicateurs: '4:6',
};

async function printTitles(bytes: ArrayBuffer | Uint8Array | Buffer): Promise<Record<string, string | undefined>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return Object.fromEntries(Object.keys(EXPECTED).map((name) => [name, wb.getWorksheet(name)?.pageSetup.printTitlesRow?.replace(/\$/g, '')]));
}

describe('print titles of the generated model', () => {
  it('repeats the header rows on each printed page of the scenario, comparison and indicators sheets', async () => {
    expect(await printTitles(await writePlan(planOf(sampleData(), 'fr')))).toEqual(EXPECTED);
  });
});

describeWithLibreOffice('print titles after LibreOffice', (session) => {
  it('are kept when LibreOffice opens and saves the model', async () => {
    const path = await session().recalculate(await writePlan(planOf(sampleData(), 'fr')));
    expect(await printTitles(await readFile(path))).toEqual(EXPECTED);
  });
});
