// The weighted-choice sheet recalculated by LibreOffice agrees with the engine (scoreScenarios)
// on every formula cell: three cases in one workbook, to run LibreOffice once.
import { writePlan } from '../../src/adapters/exceljs';
import { defaultScoringInputs } from '../../src/domain/scoring-defaults';
import { scoringPlan, type ScoringCase } from '../../src/plan/sheets/scoring-sheet.test-support';
import { compareWithPlan, describeMismatches, errorCells } from '../harness/compare-with-plan';
import { describeWithLibreOffice } from '../harness/libreoffice';

// S3 does not pay back within the horizon: its payback counts 5 + 1 = 6 years.
const notWithinHorizon: ScoringCase = {
  sheetName: 'Choix pondéré', horizonYears: 5,
  inputs: {
    weights: { npv: 0.3, payback: 0.1, oneOffCosts: 0.1, risk: 0.1, governanceBalance: 0.2, preservedIdentity: 0.1, reversibility: 0.1 },
    judgement: {
      governanceBalance: { S1: 80, S2: 65, S3: 45 },
      preservedIdentity: { S1: 90, S2: 60, S3: 35 },
      reversibility: { S1: 85, S2: 55, S3: 15 },
    },
  },
  scenarios: [
    { code: 'S1', npvEur: 120_000, paybackYears: 1.4, oneOffCostsEur: 25_000, riskScore: 4.5 },
    { code: 'S2', npvEur: 410_000, paybackYears: 2.75, oneOffCostsEur: 140_000, riskScore: 6.25 },
    { code: 'S3', npvEur: 380_500, paybackYears: null, oneOffCostsEur: 610_000, riskScore: 9.5 },
  ],
};

// The default judgement scores by form; weights summing to 90 % (a warning, same ranking);
// S2 leads on almost everything, so several weights cannot change the first choice.
const someWeightsCannotSwitch: ScoringCase = {
  sheetName: 'Choix B', horizonYears: 5,
  inputs: {
    ...defaultScoringInputs([
      { code: 'S1', form: 'GCSMS' }, { code: 'S2', form: 'CONVENTION' }, { code: 'S3', form: 'FUSION_ABSORPTION' }, { code: 'S4', form: 'GIE' },
    ]),
    weights: { npv: 0.2, payback: 0.2, oneOffCosts: 0.1, risk: 0, governanceBalance: 0.1, preservedIdentity: 0.2, reversibility: 0.1 },
  },
  scenarios: [
    { code: 'S1', npvEur: 150_000, paybackYears: 3.2, oneOffCostsEur: 90_000 },
    { code: 'S2', npvEur: 260_000, paybackYears: 0.8, oneOffCostsEur: 30_000 },
    { code: 'S3', npvEur: 310_000, paybackYears: null, oneOffCostsEur: 450_000 },
    { code: 'S4', npvEur: -20_000, paybackYears: null, oneOffCostsEur: 60_000 },
  ],
};

// Every figure equal: every data score is 100 and the judgement decides.
const equalFigures: ScoringCase = {
  sheetName: 'Choix C', horizonYears: 5,
  inputs: {
    weights: { npv: 3, payback: 1, oneOffCosts: 1, risk: 1, governanceBalance: 2, preservedIdentity: 2, reversibility: 1 },
    judgement: { governanceBalance: { S1: 40, S2: 70 }, preservedIdentity: { S1: 90, S2: 50 }, reversibility: { S1: 30, S2: 60 } },
  },
  scenarios: [
    { code: 'S1', npvEur: 50_000, paybackYears: 2, oneOffCostsEur: 10_000 },
    { code: 'S2', npvEur: 50_000, paybackYears: 2, oneOffCostsEur: 10_000 },
  ],
};

describeWithLibreOffice('LibreOffice recalculation of the weighted-choice sheet', (session) => {
  it('recalculates every formula of three cases to the engine’s value', async () => {
    const { plan, built } = scoringPlan('fr', [notWithinHorizon, someWeightsCannotSwitch, equalFigures]);
    // What the cases are for, from the engine: a payback counted horizon + 1, weights with and without a switch.
    expect(built[0].result.figures?.[2].paybackYears).toBe(6);
    const b = built[1].result.sensitivity;
    expect(b.some((s) => s.switchShare === null)).toBe(true);
    expect(b.some((s) => s.switchShare !== null)).toBe(true);
    expect(built[1].build.checks.find((c) => c.key === 'scoring.weightsSum')?.expected).toBe(false);
    expect(built[2].result.scores.npv).toEqual([100, 100]);

    const grid = await session().recalculateGrid(await writePlan(plan));
    const { compared, mismatches } = compareWithPlan(plan, grid);
    expect(errorCells(grid)).toEqual([]);
    expect(describeMismatches(mismatches)).toBe('');
    const formulas = plan.sheets.reduce((n, s) => n + s.cells.filter((c) => c.formula !== undefined).length, 0);
    expect(compared).toBe(formulas);
    // The dash of a weight without a switch, as LibreOffice shows it.
    const none = b.findIndex((s) => s.switchShare === null);
    expect(grid.sheets['Choix B'][`D${27 + none}`]).toMatchObject({ value: '—' });
  });
});
