// The scenario comparison sheet through LibreOffice: a plan made of the data sheet, stub
// scenario, Scénarios, legal forms, scoring and assumptions sheets, and the comparison sheet
// recalculates to the engine's values, the "best" column included (hand case in
// src/plan/sheets/scenario-comparison-sheet.test-support.ts).
import { writePlan } from '../../src/adapters/exceljs';
import { handPlan } from '../../src/plan/sheets/scenario-comparison-sheet.test-support';
import { compareWithPlan, describeMismatches, errorCells } from '../harness/compare-with-plan';
import { describeWithLibreOffice } from '../harness/libreoffice';

describeWithLibreOffice('LibreOffice recalculation of the scenario comparison sheet', (session) => {
  it.each(['fr', 'en'] as const)('recalculates every formula of the %s sheet to the expected value', async (lang) => {
    const { plan, built } = handPlan(lang);
    const grid = await session().recalculateGrid(await writePlan(plan));
    const { compared, mismatches } = compareWithPlan(plan, grid);
    expect(errorCells(grid)).toEqual([]);
    expect(describeMismatches(mismatches)).toBe('');
    const comparisonFormulas = built.sheet.cells.filter((c) => c.formula !== undefined).length;
    // The data sheet's master check (1) + the comparison sheet's formulas, all compared.
    expect(compared).toBe(comparisonFormulas + 1);
    // The best column after recalculation: NPV S3, a tie on partner A's net benefit (hand case).
    const sheet = grid.sheets[built.sheet.name];
    const rowOf = (label: string) => built.sheet.cells.find((c) => c.col === 1 && c.value === label)!.row;
    expect(sheet[`G${rowOf(lang === 'fr' ? 'VAN' : 'NPV')}`]).toMatchObject({ value: 'S3' });
    expect(sheet[`G${rowOf('A — Partner A')}`]).toMatchObject({ value: lang === 'fr' ? 'ex æquo' : 'tie' });
  });
});
