import fc from 'fast-check';
import { RISK_CATALOGUE } from '../../domain/risk-catalogue';
import { heatMapCounts } from './heat-map-counts';
import { riskBand } from './risk-band';
import { riskRegister } from './risk-register';
import { topRisks } from './top-risks';
import type { RiskRules, RiskScenarioFacts } from './types';

const rules: RiskRules = { bandModerate: 5, bandHigh: 10, bandCritical: 15, harmonisationShare: 0.01, manySites: 5, scaleRatio: 2 };
const facts: RiskScenarioFacts = {
  code: 'S3', form: 'FUSION_ABSORPTION', integrationLevel: 5, harmonisationShare: 0.02, harmonisationOn: true,
  agreements: 2, sites: 9, scaleRatio: 2.5, newHeadOfficeEurPerYear: 0, functionsPooled: 10,
};

describe('riskBand', () => {
  it('bands a score by the thresholds it reaches', () => {
    expect([1, 4, 5, 9, 10, 14, 15, 25].map((s) => riskBand(s, rules))).toEqual(['low', 'low', 'moderate', 'moderate', 'high', 'high', 'critical', 'critical']);
  });
});

describe('heatMapCounts', () => {
  it('counts the pairs by cell and leaves out ratings that are not whole numbers 1–5', () => {
    const m = heatMapCounts([[5, 4], [5, 4], [1, 1], [2.5, 3], [0, 2], [6, 1]]);
    expect(m[4][3]).toBe(2);
    expect(m[0][0]).toBe(1);
    expect(m.flat().reduce((a, b) => a + b, 0)).toBe(3);
  });
});

describe('riskRegister', () => {
  const register = riskRegister([facts], rules, {
    S3: { 'HUM-02': { likelihood: 2, owner: 'Mme Martin' }, 'LEG-03': { residualImpact: 3, mitigation: '' } },
    S9: { 'HUM-01': { likelihood: 1 } },
  });
  const s3 = register.scenarios[0];
  const entry = (id: string) => s3.entries.find((e) => e.id === id)!;

  it('takes the user’s ratings and texts over the proposals, and nothing for a scenario not in the model', () => {
    expect(register.scenarios.map((s) => s.code)).toEqual(['S3']);
    // HUM-02: proposed 5 × 4 at level 5; the user typed likelihood 2: score 2 × 4 = 8, moderate.
    expect(entry('HUM-02')).toMatchObject({ likelihood: 2, impact: 4, score: 8, band: 'moderate', owner: 'Mme Martin', mitigation: null });
    expect(entry('HUM-02').proposal.likelihood).toBe(5);
    // LEG-03: level 5 likelihood 3, impact 5 → residual 2 × 5 proposed; the user typed residual impact 3: 2 × 3 = 6.
    expect(entry('LEG-03')).toMatchObject({ residualLikelihood: 2, residualImpact: 3, residualScore: 6, residualBand: 'moderate', mitigation: '' });
  });

  it('averages the scores and the residual scores over the catalogue’s risks', () => {
    const n = RISK_CATALOGUE.length;
    expect(s3.entries).toHaveLength(n);
    expect(s3.meanScore).toBeCloseTo(s3.entries.reduce((a, e) => a + e.likelihood * e.impact, 0) / n, 12);
    expect(s3.meanResidualScore).toBeCloseTo(s3.entries.reduce((a, e) => a + e.residualLikelihood * e.residualImpact, 0) / n, 12);
    expect(s3.residualBandCounts.reduce((a, b) => a + b, 0)).toBe(n);
  });

  it('puts every risk on each heat map once', () => {
    expect(s3.heatMap.flat().reduce((a, b) => a + b, 0)).toBe(RISK_CATALOGUE.length);
    expect(s3.heatMap[1][3]).toBe(s3.entries.filter((e) => e.likelihood === 2 && e.impact === 4).length);
    expect(s3.residualHeatMap.flat().reduce((a, b) => a + b, 0)).toBe(RISK_CATALOGUE.length);
  });
});

describe('topRisks', () => {
  it('orders by residual score, then score, ties in catalogue order', () => {
    const s = riskRegister([facts], rules).scenarios[0];
    const top = topRisks(s, 4);
    const key = (e: { residualScore: number; score: number }) => [e.residualScore, e.score];
    for (let k = 1; k < top.length; k++) {
      const [a, b] = [key(top[k - 1]), key(top[k])];
      expect(a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1])).toBe(true);
    }
    expect(Math.max(...s.entries.map((e) => e.residualScore))).toBe(top[0].residualScore);
    expect(topRisks(s, 0)).toEqual([]);
  });
});

describe('riskRegister heat maps (property)', () => {
  it('count every whole 1–5 rating pair of the register exactly once, whatever the user typed', () => {
    const rating = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, 2.5, 6));
    const typed = fc.dictionary(fc.constantFrom(...RISK_CATALOGUE.map((d) => d.id)), fc.record({ likelihood: rating, impact: rating, residualLikelihood: rating }));
    fc.assert(fc.property(typed, (byId) => {
      const s = riskRegister([facts], rules, { S3: byId }).scenarios[0];
      const whole = (v: number) => Number.isInteger(v) && v >= 1 && v <= 5;
      for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) {
        expect(s.heatMap[l - 1][i - 1]).toBe(s.entries.filter((e) => e.likelihood === l && e.impact === i).length);
      }
      expect(s.heatMap.flat().reduce((a, b) => a + b, 0)).toBe(s.entries.filter((e) => whole(e.likelihood) && whole(e.impact)).length);
      expect(s.residualHeatMap.flat().reduce((a, b) => a + b, 0)).toBe(s.entries.filter((e) => whole(e.residualLikelihood) && whole(e.residualImpact)).length);
    }), { seed: 6, numRuns: 200 });
  });
});
