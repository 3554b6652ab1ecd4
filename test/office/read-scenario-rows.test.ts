// readScenarioRows on the fake Excel: the Scénarios sheet read back as rows from A1
// (what plan/read-scenario-definitions.ts reads), found by its identity name even
// after a rename, in two syncs whatever its size.
import { writePlan } from '../../src/adapters/office';
import { validateWorkbook } from '../../src/data';
import { defaultScenarios } from '../../src/engine/scenarios';
import { readScenarioDefinitions } from '../../src/plan/read-scenario-definitions';
import { sampleRawWorkbook } from '../../src/sample';
import { readScenarioRows } from '../../src/adapters/office/read-scenario-rows';
import { sheetIdentityNames } from '../../src/plan/sheet-identity-names';
import type { PlanCell, PlanSheet, WorkbookPlan } from '../../src/plan/types';
import { fixtureStyles } from '../plan-fixtures/styles';
import { FakeExcel } from './fake-excel';
import { modelPlan } from './model-fixtures';

const modern = (): boolean => true;

/** A Scénarios sheet of `levers` keyed rows under a header of codes on row 6, from B2 on (A1 left empty). */
function scenariosPlan(levers: number): WorkbookPlan {
  const cells: PlanCell[] = [
    { row: 2, col: 2, value: 'Scénarios' },
    { row: 6, col: 1, value: 'Clé' }, { row: 6, col: 4, value: 'S1' }, { row: 6, col: 5, value: 'S2' },
  ];
  for (let i = 0; i < levers; i += 1) {
    const row = 7 + i;
    cells.push({ row, col: 1, value: `lever${i}` }, { row, col: 4, value: i, style: 'input' }, { row, col: 5, value: i / 2, style: 'input' });
  }
  const sheet: PlanSheet = {
    key: 'scenarios', name: 'Scénarios', class: 'input', cells, tables: [], validations: [], conditionalFormats: [],
    freeze: null, columnWidths: [], protect: false, print: null, tabColor: null,
  };
  return { productVersion: 'test', lang: 'fr', sheets: [sheet], names: sheetIdentityNames([sheet]), styles: fixtureStyles };
}

describe('readScenarioRows (fake Excel)', () => {
  it('gives null when no model was generated', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Feuil1');
    expect(await readScenarioRows({ run: excel.run })).toBeNull();
  });

  it('reads the sheet as rows from A1, with what the user typed, in two syncs for 5 and for 500 levers', async () => {
    for (const levers of [5, 500]) {
      const excel = new FakeExcel();
      await writePlan(scenariosPlan(levers), { run: excel.run, supports: modern });
      // The user types 0.25 as S2's value of lever1 (E8).
      excel.sheet('Scénarios').cells.get('8:5')!.value = 0.25;
      excel.syncs = 0;
      const rows = await readScenarioRows({ run: excel.run });
      expect(excel.syncs).toBe(2);
      // rows[0][0] is A1: the title in B2 is rows[1][1], the codes on row 6 from column D.
      expect(rows?.[1]?.[1]).toBe('Scénarios');
      expect(rows?.[5]?.slice(3, 5)).toEqual(['S1', 'S2']);
      expect(rows?.[7]?.[0]).toBe('lever1');
      expect(rows?.[7]?.[4]).toBe(0.25);
      expect(rows?.[6 + levers - 1]?.[3]).toBe(levers - 1);
    }
  });

  it('reads back the generated model’s three default scenarios, and a lever the user typed', async () => {
    const excel = new FakeExcel();
    await writePlan(modelPlan('fr'), { run: excel.run, supports: modern });
    const validation = validateWorkbook(sampleRawWorkbook());
    if (!validation.ok) throw new Error('the sample must validate');
    const defaults = defaultScenarios(validation.value);
    const fallback = (code: string) => defaults.find((d) => d.code === code) ?? defaults[0];
    const before = await readScenarioRows({ run: excel.run });
    expect(readScenarioDefinitions(before!, validation.value, fallback)).toEqual(defaults);

    // The user sets S3's share kept to 80 % in the sheet.
    const row = before!.findIndex((r) => r[0] === 'shareKept') + 1;
    const col = before!.find((r) => r.includes('S3'))!.indexOf('S3') + 1;
    excel.sheet('Scénarios').cells.get(`${row}:${col}`)!.value = 0.8;
    const after = readScenarioDefinitions((await readScenarioRows({ run: excel.run }))!, validation.value, fallback);
    expect(after.map((s) => s.shareKept)).toEqual([1, 1, 0.8]);
  });

  it('finds the sheet after the user renamed it', async () => {
    const excel = new FakeExcel();
    await writePlan(scenariosPlan(3), { run: excel.run, supports: modern });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Scénarios').name = 'Mes scénarios';
      await context.sync();
    });
    const rows = await readScenarioRows({ run: excel.run });
    expect(rows?.[5]?.[3]).toBe('S1');
  });
});
