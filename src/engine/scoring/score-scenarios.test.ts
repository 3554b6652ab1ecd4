import { defaultScoringInputs } from '../../domain/scoring-defaults';
import { scoreScenarios } from './score-scenarios';
import type { ScoringInputs, WeightSensitivity } from './types';

// A hand-built case (three scenarios; weights in points, Σ = 100):
//   figures       NPV        payback   one-off     → scores  NPV  payback  one-off
//   S1          100 000       1 yr      10 000                 0     100      100
//   S2          300 000       5 yr      50 000               100       0        0
//   S3          200 000       3 yr      30 000                50      50       50
//   judgement: governance 80 / 60 / 50, identity 90 / 40 / 70, reversibility 90 / 20 / 60
//   risk score (mean residual, 1–25): 4 / 10 / 7 → scores 100 / 0 / 50, weighed 0 here (totals as without it)
//   weights: NPV 40, payback 10, one-off 10, risk 0, governance 20, identity 10, reversibility 10
// Totals (Σ w·s / 100):
//   S1 = (0 + 1000 + 1000 + 1600 + 900 + 900)/100 = 54
//   S2 = (4000 + 0 + 0 + 1200 + 400 + 200)/100   = 58  → first, rank 1
//   S3 = (2000 + 500 + 500 + 1000 + 700 + 600)/100 = 53  → rank 3; S1 rank 2
// Sensitivity against S2, x = (ΔS − a·Δs)/(ΔS − Δs), ΔS = S_k − 58, Δs = s_k − s_S2:
//   NPV a = 0.4: S1 (−4 + 40)/(−4 + 100) = 0.375, S3 (−5 + 20)/(−5 + 50) = 1/3 → S1 nearer: 0.375, change −0.025
//     (check: at 0.375 the others × 0.625/0.6: S1 = 0.625 × 54/0.6 = 56.25; S2 = 37.5 + 0.625 × 18/0.6 = 56.25)
//   payback a = 0.1: S1 (−4 − 10)/(−4 − 100) = 7/52, S3 (−5 − 5)/(−5 − 50) = 2/11 → S1: 7/52, change 9/260
//   one-off: the same scores and weight as payback → S1: 7/52, change 9/260
//   governance a = 0.2: S1 (−4 − 4)/(−4 − 20) = 1/3, S3 (−5 + 2)/(−5 + 10) = −0.6 (outside) → S1: 1/3, change 2/15
//   identity a = 0.1: S1 (−4 − 5)/(−4 − 50) = 1/6, S3 (−5 − 3)/(−5 − 30) = 8/35 → S1: 1/6, change 1/15
//   reversibility a = 0.1: S1 (−4 − 7)/(−4 − 70) = 11/74, S3 (−5 − 4)/(−5 − 40) = 0.2 → S1: 11/74, change 9/185
//   risk a = 0: S1 (−4 − 0)/(−4 − 100) = 1/26, S3 (−5)/(−5 − 50) = 1/11 → S1: 1/26, change 1/26
//     (check: at 1/26 the others × 25/26: S1 = (25 × 54 + 100)/26 = 1450/26; S2 = 25 × 58/26 = 1450/26)
const figures = [
  { code: 'S1', npvEur: 100_000, paybackYears: 1, oneOffCostsEur: 10_000, riskScore: 4 },
  { code: 'S2', npvEur: 300_000, paybackYears: 5, oneOffCostsEur: 50_000, riskScore: 10 },
  { code: 'S3', npvEur: 200_000, paybackYears: 3, oneOffCostsEur: 30_000, riskScore: 7 },
];
const inputs: ScoringInputs = {
  weights: { npv: 40, payback: 10, oneOffCosts: 10, risk: 0, governanceBalance: 20, preservedIdentity: 10, reversibility: 10 },
  judgement: {
    governanceBalance: { S1: 80, S2: 60, S3: 50 },
    preservedIdentity: { S1: 90, S2: 40, S3: 70 },
    reversibility: { S1: 90, S2: 20, S3: 60 },
  },
};

const close = (actual: WeightSensitivity, expected: Omit<WeightSensitivity, 'criterion'> & { criterion: string }) => {
  expect(actual.criterion).toBe(expected.criterion);
  expect(actual.share).toBeCloseTo(expected.share, 12);
  expect(actual.switchShare).toBeCloseTo(expected.switchShare!, 12);
  expect(actual.change).toBeCloseTo(expected.change!, 12);
  expect(actual.newFirst).toBe(expected.newFirst);
};

describe('scoreScenarios on a hand-built case', () => {
  const r = scoreScenarios(figures, inputs);

  it('scales the data criteria min–max and keeps the judgement scores', () => {
    expect(r.codes).toEqual(['S1', 'S2', 'S3']);
    expect(r.scores.npv).toEqual([0, 100, 50]);
    expect(r.scores.payback).toEqual([100, 0, 50]);
    expect(r.scores.oneOffCosts).toEqual([100, 0, 50]);
    // Lower is better: the lowest risk score (S1, 4) scores 100, the highest (S2, 10) 0.
    expect(r.scores.risk).toEqual([100, 0, 50]);
    expect(r.scores.governanceBalance).toEqual([80, 60, 50]);
  });

  it('computes the weighted totals, the ranks and the first choice', () => {
    expect(r.weightSum).toBe(100);
    expect(r.total[0]).toBeCloseTo(54, 12);
    expect(r.total[1]).toBeCloseTo(58, 12);
    expect(r.total[2]).toBeCloseTo(53, 12);
    expect(r.rank).toEqual([2, 1, 3]);
    expect(r.first).toBe('S2');
  });

  it('finds for every weight the nearest share at which the first choice changes', () => {
    const [npv, payback, oneOff, risk, governance, identity, reversibility] = r.sensitivity;
    close(risk, { criterion: 'risk', share: 0, switchShare: 1 / 26, change: 1 / 26, newFirst: 'S1' });
    close(npv, { criterion: 'npv', share: 0.4, switchShare: 0.375, change: -0.025, newFirst: 'S1' });
    close(payback, { criterion: 'payback', share: 0.1, switchShare: 7 / 52, change: 9 / 260, newFirst: 'S1' });
    close(oneOff, { criterion: 'oneOffCosts', share: 0.1, switchShare: 7 / 52, change: 9 / 260, newFirst: 'S1' });
    close(governance, { criterion: 'governanceBalance', share: 0.2, switchShare: 1 / 3, change: 2 / 15, newFirst: 'S1' });
    close(identity, { criterion: 'preservedIdentity', share: 0.1, switchShare: 1 / 6, change: 1 / 15, newFirst: 'S1' });
    close(reversibility, { criterion: 'reversibility', share: 0.1, switchShare: 11 / 74, change: 9 / 185, newFirst: 'S1' });
  });

  it('keeps the raw figures for the sheet', () => {
    expect(r.figures).toEqual(figures);
  });
});

describe('scoreScenarios edge cases', () => {
  it('reports no switch when the first choice leads on every criterion', () => {
    // S1 is best on every criterion: no share of any weight can put S2 ahead.
    const r = scoreScenarios(
      [{ code: 'S1', npvEur: 2, paybackYears: 1, oneOffCostsEur: 1 }, { code: 'S2', npvEur: 1, paybackYears: 2, oneOffCostsEur: 2 }],
      { weights: inputs.weights, judgement: { governanceBalance: { S1: 90, S2: 10 }, preservedIdentity: { S1: 90, S2: 10 }, reversibility: { S1: 90, S2: 10 } } },
    );
    expect(r.first).toBe('S1');
    expect(r.sensitivity.map((s) => s.switchShare)).toEqual([null, null, null, null, null, null, null]);
    expect(r.sensitivity.map((s) => s.newFirst)).toEqual([null, null, null, null, null, null, null]);
  });

  it('reports no switch for a weight that holds 100 % of the weights', () => {
    const weights = { npv: 1, payback: 0, oneOffCosts: 0, risk: 0, governanceBalance: 0, preservedIdentity: 0, reversibility: 0 };
    const r = scoreScenarios(figures, { ...inputs, weights });
    expect(r.first).toBe('S2');
    expect(r.sensitivity[0]).toEqual({ criterion: 'npv', share: 1, switchShare: null, change: null, newFirst: null });
  });

  it('gives every scenario a total of 0, and no switch, when the weights sum to 0', () => {
    const weights = { npv: 0, payback: 0, oneOffCosts: 0, risk: 0, governanceBalance: 0, preservedIdentity: 0, reversibility: 0 };
    const r = scoreScenarios(figures, { ...inputs, weights });
    expect(r.total).toEqual([0, 0, 0]);
    expect(r.rank).toEqual([1, 1, 1]);
    expect(r.first).toBe('S1');
    expect(r.sensitivity.every((s) => s.switchShare === null && s.share === 0)).toBe(true);
  });

  it('counts a scenario tied with the first, later in the order, as a switch at the current share', () => {
    // S2 = S1 on every total but not on NPV: any move of the NPV weight separates them; moving it up favours S1,
    // down favours S2, so S2 takes first place right at the current share (change 0).
    const r = scoreScenarios(
      [{ code: 'S1', npvEur: 2, paybackYears: 2, oneOffCostsEur: 1 }, { code: 'S2', npvEur: 1, paybackYears: 1, oneOffCostsEur: 1 }],
      { weights: { npv: 1, payback: 1, oneOffCosts: 1, risk: 0, governanceBalance: 0, preservedIdentity: 0, reversibility: 0 },
        judgement: { governanceBalance: {}, preservedIdentity: {}, reversibility: {} } },
    );
    expect(r.total).toEqual([r.total[1], r.total[1]]);
    expect(r.first).toBe('S1');
    expect(r.rank).toEqual([1, 1]);
    expect(r.sensitivity[0].newFirst).toBe('S2');
    expect(r.sensitivity[0].switchShare).toBeCloseTo(1 / 3, 12);
    expect(r.sensitivity[0].change).toBeCloseTo(0, 12);
  });

  it('returns an empty scoring for no scenario', () => {
    const r = scoreScenarios([], inputs);
    expect(r).toMatchObject({ codes: [], total: [], rank: [], first: '', sensitivity: [] });
  });

  it('accepts the domain defaults as its inputs', () => {
    // Compiles only while the domain's default shape matches ScoringInputs.
    const defaults: ScoringInputs = defaultScoringInputs([{ code: 'S1', form: 'CONVENTION' }, { code: 'S3', form: 'FUSION_ABSORPTION' }]);
    const r = scoreScenarios([
      { code: 'S1', npvEur: 0, paybackYears: 6, oneOffCostsEur: 0 }, { code: 'S3', npvEur: 0, paybackYears: 6, oneOffCostsEur: 0 },
    ], defaults);
    // Equal figures (no risk score: 0 for both): every data score 100, the data weights summing to
    // 0.25 + 0.1 + 0.1 + 0.15 = 0.6. S1 = 0.6 × 100 + 0.15 × 80 + 0.15 × 90 + 0.1 × 90 = 94.5;
    // S3 = 60 + 0.15 × 50 + 0.15 × 30 + 0.1 × 10 = 73.
    expect(r.total[0]).toBeCloseTo(94.5, 12);
    expect(r.total[1]).toBeCloseTo(73, 12);
  });
});
