import { describeFindings, lintFormula, lintPlan } from '../../../test/lint';
import { CRITERIA, type ScoringInputs } from '../../engine/scoring/types';
import { cellAddress } from '../../adapters/exceljs/plan-address';
import { criterionRow, crossingRow, distanceRow, figureRow, SCORING_HEADER_ROW, SCORING_ROWS, sensitivityRow } from './scoring-sheet-layout';
import { scoreScenarios } from '../../engine/scoring/score-scenarios';
import type { ScenarioSheetRefs } from '../scenario-refs';
import { buildScoringSheet } from './scoring-sheet';
import { figuresOf, scoringContext, scoringPlan, STUB_SHEET, type ScoringCase } from './scoring-sheet.test-support';

const inputs: ScoringInputs = {
  weights: { npv: 0.4, payback: 0.1, oneOffCosts: 0.1, risk: 0, governanceBalance: 0.2, preservedIdentity: 0.1, reversibility: 0.1 },
  judgement: {
    governanceBalance: { S1: 80, S2: 60, S3: 50 },
    preservedIdentity: { S1: 90, S2: 40, S3: 70 },
    reversibility: { S1: 90, S2: 20, S3: 60 },
  },
};
// The engine's hand-built case (score-scenarios.test.ts), S3's payback not within a 2-year horizon (3 years: same figure).
const handCase: ScoringCase = {
  sheetName: 'Choix pondéré', horizonYears: 2, inputs,
  scenarios: [
    { code: 'S1', npvEur: 100_000, paybackYears: 1, oneOffCostsEur: 10_000, riskScore: 4 },
    { code: 'S2', npvEur: 300_000, paybackYears: 5, oneOffCostsEur: 50_000, riskScore: 10 },
    { code: 'S3', npvEur: 200_000, paybackYears: null, oneOffCostsEur: 30_000, riskScore: 7 },
  ],
};

const cellAt = (sheet: { cells: readonly { row: number; col: number }[] }, row: number, col: number) =>
  sheet.cells.find((c) => c.row === row && c.col === col) as { value?: unknown; formula?: string; expected?: unknown; style?: string } | undefined;

describe('buildScoringSheet', () => {
  const { plan, built } = scoringPlan('fr', [handCase]);
  const { build } = built[0];
  const sheet = build.sheet;

  it('is an unprotected input sheet named from the catalogue', () => {
    expect(sheet).toMatchObject({ key: 'scoring', name: 'Choix pondéré', class: 'input', protect: false });
    expect(scoringPlan('en', [{ ...handCase, sheetName: undefined as unknown as string }]).built[0].build.sheet.name).toBe('Weighted choice');
  });

  it('holds the weights and the judgement scores as input cells, everything else as formulas', () => {
    for (const c of CRITERIA) expect(cellAt(sheet, criterionRow(c), 4)).toMatchObject({ value: inputs.weights[c], style: 'input' });
    expect(cellAt(sheet, criterionRow('reversibility'), 7)).toMatchObject({ value: 20, style: 'input' });
    const inputCells = sheet.cells.filter((c) => c.style === 'input');
    expect(inputCells).toHaveLength(7 + 3 * 3);
    expect(inputCells.every((c) => c.formula === undefined)).toBe(true);
  });

  it('reads the figures through the scenario sheets’ refs, a payback not within the horizon counting horizon + 1', () => {
    expect(cellAt(sheet, figureRow('npv'), 6)?.formula).toBe(`N('${STUB_SHEET}'!$B$7)`);
    expect(cellAt(sheet, figureRow('payback'), 8)).toMatchObject({
      formula: `IF(ISNUMBER('${STUB_SHEET}'!$D$8),'${STUB_SHEET}'!$D$8,HorizonYears+1)`, expected: 3,
    });
    expect(cellAt(sheet, figureRow('oneOffCosts'), 7)?.formula).toBe(`'${STUB_SHEET}'!$C$9`);
    expect(cellAt(sheet, figureRow('risk'), 8)).toMatchObject({ formula: `'${STUB_SHEET}'!$D$10`, expected: 7 });
  });

  it('scales the risk score lower-is-better, as the other data criteria', () => {
    // Risk scores 4 / 10 / 7: S1 scores 100, S2 0, S3 (10 − 7)/(10 − 4) × 100 = 50.
    expect(cellAt(sheet, criterionRow('risk'), 6)?.expected).toBe(100);
    expect(cellAt(sheet, criterionRow('risk'), 8)).toMatchObject({ formula: 'IF(MAX($F$10:$H$10)=MIN($F$10:$H$10),100,100*(MAX($F$10:$H$10)-H10)/(MAX($F$10:$H$10)-MIN($F$10:$H$10)))', expected: 50 });
  });

  it('writes the risk figures as values when no risk map is given', () => {
    const scenarios = handCase.scenarios;
    const result = scoreScenarios(figuresOf(handCase), inputs);
    const refs = scenarios.map((s) => ({ code: s.code, npv: "'X'!$A$1", payback: "'X'!$A$2", oneOffTotal: "'X'!$A$3" })) as unknown as ScenarioSheetRefs[];
    const alone = buildScoringSheet(scoringContext('fr'), { refs, inputs, result, dataYear: 2024, masterCheck: true });
    expect(cellAt(alone.sheet, figureRow('risk'), 7)).toMatchObject({ value: 10 });
    expect(cellAt(alone.sheet, figureRow('risk'), 7)?.formula).toBeUndefined();
  });

  it('writes the scores, totals, ranks and first choice with the engine’s values', () => {
    // Hand-built case: totals 54 / 58 / 53 (score-scenarios.test.ts).
    expect(cellAt(sheet, criterionRow('npv'), 8)?.expected).toBe(50);
    expect(cellAt(sheet, SCORING_ROWS.total, 7)?.expected).toBeCloseTo(58, 12);
    expect(cellAt(sheet, SCORING_ROWS.rank, 6)).toMatchObject({ formula: 'RANK(F20,$F$20:$H$20)', expected: 2 });
    expect(cellAt(sheet, SCORING_ROWS.first, 4)).toMatchObject({ formula: 'INDEX($F$5:$H$5,MATCH(MAX($F$20:$H$20),$F$20:$H$20,0))', expected: 'S2' });
    expect(cellAt(sheet, SCORING_HEADER_ROW, 8)?.value).toBe('S3');
  });

  it('shows every weight’s switch share, change and new first choice, with the working per challenger', () => {
    // NPV: S1 takes first place at 37.5 % (from 40 %); the crossing with S3 (1/3) is farther.
    expect(cellAt(sheet, sensitivityRow('npv'), 4)?.expected).toBeCloseTo(0.375, 12);
    expect(cellAt(sheet, sensitivityRow('npv'), 5)?.expected).toBeCloseTo(-0.025, 12);
    expect(cellAt(sheet, sensitivityRow('npv'), 6)?.expected).toBe('S1');
    expect(cellAt(sheet, crossingRow('npv'), 7)?.expected).toBe('');
    expect(cellAt(sheet, crossingRow('npv'), 8)?.expected).toBeCloseTo(1 / 3, 12);
    // Governance: S3's crossing (−60 %) lies outside 0–100 %: no distance, one crossing retained.
    expect(cellAt(sheet, distanceRow('governanceBalance'), 8)?.expected).toBe('');
    expect(cellAt(sheet, distanceRow('governanceBalance'), 3)?.expected).toBe(1);
    expect(cellAt(sheet, distanceRow('governanceBalance'), 4)?.expected).toBe(1);
  });

  it('shows a dash where no share changes the first choice', () => {
    const dominated: ScoringCase = {
      ...handCase,
      scenarios: [{ code: 'S1', npvEur: 2, paybackYears: 1, oneOffCostsEur: 1 }, { code: 'S2', npvEur: 1, paybackYears: 2, oneOffCostsEur: 2 }],
      inputs: { ...inputs, judgement: { governanceBalance: { S1: 9, S2: 1 }, preservedIdentity: { S1: 9, S2: 1 }, reversibility: { S1: 9, S2: 1 } } },
    };
    const s = scoringPlan('en', [dominated]).built[0].build.sheet;
    for (const col of [4, 5, 6]) expect(cellAt(s, sensitivityRow('payback'), col)?.expected).toBe('—');
  });

  it('exposes each scenario’s total and rank and the first choice to the comparison sheet', () => {
    expect(build.refs.sheetName).toBe('Choix pondéré');
    expect(build.refs.total('S2')).toBe("'Choix pondéré'!$G$20");
    expect(build.refs.rank('S3')).toBe("'Choix pondéré'!$H$21");
    expect(build.refs.first).toBe("'Choix pondéré'!$D$23");
    expect(() => build.refs.total('S9')).toThrow('S9');
  });

  it('checks the weights’ sum as a warning, negative weights and judgement scores outside 0–100 as errors', () => {
    expect(build.checks.map((c) => [c.key, c.severity ?? 'error', c.expected])).toEqual([
      ['scoring.weightsSum', 'warning', true],
      ['scoring.weightsNonNegative', 'error', true],
      ['scoring.judgementRange', 'error', true],
    ]);
    expect(build.checks[0].formula).toBe("ROUND(SUM('Choix pondéré'!$D$13:$D$19),12)=1");
    expect(build.checks[2].formula).toBe("AND(MIN('Choix pondéré'!$F$17:$H$19)>=0,MAX('Choix pondéré'!$F$17:$H$19)<=100)");
    const off = scoringPlan('fr', [{ ...handCase, inputs: { weights: { ...inputs.weights, npv: -0.1 }, judgement: { ...inputs.judgement, reversibility: { S1: 120, S2: 20, S3: 60 } } } }]);
    expect(off.built[0].build.checks.map((c) => c.expected)).toEqual([false, false, false]);
  });

  it('keeps the modelling rules (lint) on the sheet and its stubs', () => {
    expect(describeFindings(lintPlan(plan))).toBe('');
    // An input sheet escapes the constant rule; its formulas keep it all the same.
    const problems = sheet.cells.filter((c) => c.formula !== undefined).flatMap((c) => lintFormula(c.formula!, 'calculation'));
    expect(problems).toEqual([]);
  });

  it('gives every formula cell an expected value', () => {
    const formulas = sheet.cells.filter((c) => c.formula !== undefined);
    expect(formulas.every((c) => c.expected !== undefined)).toBe(true);
    // The master check + 4 figure rows + 4 data score rows + share column + Σ weights + totals, ranks, gaps + first + 7 × (first score, count, nearest, 4 sensitivity) + 7 × 2 × 3 working.
    expect(formulas).toHaveLength(1 + 12 + 12 + 7 + 1 + 9 + 1 + 7 * 7 + 42);
    expect(cellAddress(SCORING_ROWS.last, 1)).toBe('A53');
  });
});
