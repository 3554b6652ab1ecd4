// The scenario inputs in LibreOffice: the Scénarios sheet, the legal forms sheet and the
// checks built from them recalculate to their expected values, and the legal forms'
// "used by" column follows the scenarios' form cells live.
import { writePlan } from '../../src/adapters/exceljs';
import { handWorkedData } from '../../src/engine/comparison/data-builders.test-support';
import { legalFormsLayout } from '../../src/plan/legal-forms-layout';
import { aDefinition } from '../../src/plan/read-scenario-definitions.test-support';
import { scenariosSheetLayout } from '../../src/plan/scenarios-layout';
import { createSheetContext } from '../../src/plan/sheet-context';
import { buildChecksSheet, masterCheckOf } from '../../src/plan/sheets/checks-sheet';
import { buildLegalFormsSheet } from '../../src/plan/sheets/legal-forms-sheet';
import { buildScenariosSheet } from '../../src/plan/sheets/scenarios-sheet';
import { PLAN_STYLES } from '../../src/plan/styles';
import type { WorkbookPlan } from '../../src/plan/types';
import { compareWithPlan, describeMismatches, errorCells } from '../harness/compare-with-plan';
import { describeWithLibreOffice } from '../harness/libreoffice';

const data = handWorkedData(); // partners A, B, A*
const ctx = createSheetContext(data, 'fr', 2024);
const defs = [
  aDefinition('S1', data, { form: 'CONVENTION' }),
  aDefinition('S2', data, { form: 'GCSMS', shareKept: 0.75 }),
  // One partner only: its two-partner warning fails, the master check stays TRUE.
  aDefinition('S3', data, { form: 'GCSMS', partnerFlags: [1, 0, 0] }),
];
const scenarios = scenariosSheetLayout(data, defs.map((d) => d.code), ctx.t('sheet.name.scenarios'));
const forms = legalFormsLayout(ctx.t('sheet.name.legalForms'));

function plan(): WorkbookPlan {
  const checks = buildScenariosSheet(ctx, scenarios, defs, 2024, true).checks;
  const master = masterCheckOf(checks);
  const built = [
    buildScenariosSheet(ctx, scenarios, defs, 2024, master),
    buildLegalFormsSheet(ctx, forms, scenarios, 2024, master, defs),
    buildChecksSheet(ctx, checks, [], 2024),
  ];
  return { productVersion: 'test', lang: 'fr', sheets: built.map((b) => b.sheet), names: built.flatMap((b) => b.names), styles: PLAN_STYLES };
}

describeWithLibreOffice('LibreOffice recalculation of the scenario inputs', (session) => {
  it('recalculates the used-by formulas, the checks and the master check to their expected values', async () => {
    const p = plan();
    const grid = await session().recalculateGrid(await writePlan(p));
    const { compared, mismatches } = compareWithPlan(p, grid);
    expect(errorCells(grid)).toEqual([]);
    expect(describeMismatches(mismatches)).toBe('');
    // 13 used-by cells + 2 master checks in the frames + 9 checks and the master check on the checks sheet.
    expect(compared).toBe(25);
    expect(grid.sheets['Formes juridiques'][`C${forms.row('GCSMS')}`]).toMatchObject({ value: 'S2 S3' });
  });

  it('follows a form changed on the Scénarios sheet', async () => {
    const p = plan();
    // A user picks a fusion-création for S1: the used-by column moves S1 there.
    const formRow = scenarios.row('form');
    const edited: WorkbookPlan = {
      ...p,
      sheets: p.sheets.map((s) => (s.key !== 'scenarios' ? s : {
        ...s, cells: s.cells.map((c) => (c.row === formRow && c.col === scenarios.col('S1') ? { ...c, value: 'FUSION_CREATION' } : c)),
      })),
    };
    const grid = await session().recalculateGrid(await writePlan(edited));
    const sheet = grid.sheets['Formes juridiques'];
    expect(sheet[`C${forms.row('FUSION_CREATION')}`]).toMatchObject({ value: 'S1' });
    expect(sheet[`C${forms.row('CONVENTION')}`]?.value ?? '').toBe('');
  });
});
