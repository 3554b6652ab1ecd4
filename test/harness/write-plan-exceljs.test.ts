// Both ExcelJS writers — the streaming one the CLI uses (writePlan) and the in-memory one the task
// pane's download uses (writePlanInMemory) — against the shared plan-writer contract, plus the
// file-level settings only a file has (calc on load, print, protection, tables).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writePlan as writePlanStreaming, writePlanInMemory } from '../../src/adapters/exceljs';
import { smallPlan } from '../plan-fixtures';
import { planWriterContract } from './plan-writer.contract';
import { readWorkbookGrid } from './read-workbook';

describe.each([
  ['streaming writer (writePlan)', writePlanStreaming],
  ['in-memory writer (writePlanInMemory)', writePlanInMemory],
])('ExcelJS %s', (_name, writePlan) => {
  planWriterContract('ExcelJS file', async (plan) => readWorkbookGrid(await writePlan(plan)));

  describe('the written file', () => {
    let wb: ExcelJS.Workbook;
    beforeAll(async () => {
      wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await writePlan(smallPlan())) as unknown as ArrayBuffer);
    });

    it('caches the expected value as each formula result', () => {
      const cell = wb.getWorksheet("L'analyse")!.getCell('B3');
      expect(cell.formula).toBe("SUMIFS('Données'!$B$3:$B$5,'Données'!$A$3:$A$5,\"A\")");
      expect(cell.result).toBe(800);
    });

    it('asks Excel to recalculate fully on load', async () => {
      // ExcelJS does not read calcPr back, so look at the workbook part itself
      // (JSZip comes with ExcelJS).
      const zip = await JSZip.loadAsync(await writePlan(smallPlan()));
      const xml = await zip.file('xl/workbook.xml')!.async('string');
      expect(xml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    });

    it('keeps the table body values the plan gives and names the table', () => {
      const ws = wb.getWorksheet('Données')!;
      expect([ws.getCell('A3').value, ws.getCell('B4').value, ws.getCell('B5').value]).toEqual(['A', 2500, -200]);
      expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(['T_Lignes']);
    });

    it('unlocks input cells and protects calculation sheets without a password', () => {
      expect(wb.getWorksheet('Hypothèses')!.getCell('B3').protection?.locked).toBe(false);
      const protection = (wb.getWorksheet("L'analyse") as unknown as { sheetProtection: Record<string, unknown> })
        .sheetProtection;
      expect(protection.sheet).toBe(true);
      expect(protection.hashValue).toBeUndefined();
    });

    it('sets A4 landscape fitted to one page wide with the print area and page numbers', async () => {
      const ws = wb.getWorksheet('Synthèse')!;
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
      expect(ws.pageSetup.printArea).toBe('A1:B4');
      const zip = await JSZip.loadAsync(await writePlan(smallPlan()));
      expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('&apos;Synthèse&apos;!$A$1:$B$4</definedName>');
      expect(ws.headerFooter.oddFooter).toContain('&P');
    });

    it('freezes the header rows and label column', () => {
      const view = wb.getWorksheet("L'analyse")!.views[0];
      expect(view).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    });

    it('links to another sheet inside the workbook', () => {
      const cell = wb.getWorksheet("L'analyse")!.getCell('A11');
      expect(cell.formula).toBe('HYPERLINK("#\'Données\'!A1","Données")');
      expect(cell.result).toBe('Données');
    });

    it('writes validations and conditional formats', () => {
      const data = wb.getWorksheet('Données')!;
      expect(data.getCell('A4').dataValidation).toMatchObject({ type: 'list', formulae: ['"A,B"'] });
      const calc = wb.getWorksheet("L'analyse")!;
      const formats = (calc as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
      expect(formats[0].ref).toBe('B8:B9');
    });

    it('leaves no sheet hidden', () => {
      expect(wb.worksheets.map((ws) => ws.state)).toEqual(['visible', 'visible', 'visible', 'visible']);
    });
  });
});
