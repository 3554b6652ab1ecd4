// Invariants of the weighted scoring (issue 5 item 7), on generated scenarios. Seeded: a failure replays.
import fc from 'fast-check';
import { scoreScenarios } from './score-scenarios';
import { CRITERIA, type Criterion, type ScenarioFigures, type ScoringInputs, type ScoringResult } from './types';

interface Case { readonly figures: ScenarioFigures[]; readonly inputs: ScoringInputs }

const score = fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true });
const aCase: fc.Arbitrary<Case> = fc.integer({ min: 2, max: 5 }).chain((n) => fc.record({
  figures: fc.tuple(...Array.from({ length: n }, () => fc.record({
    npvEur: fc.double({ min: -2e6, max: 2e6, noNaN: true, noDefaultInfinity: true }),
    paybackYears: fc.double({ min: 0, max: 6, noNaN: true, noDefaultInfinity: true }),
    oneOffCostsEur: fc.double({ min: 0, max: 5e5, noNaN: true, noDefaultInfinity: true }),
    riskScore: fc.double({ min: 1, max: 25, noNaN: true, noDefaultInfinity: true }),
  }))),
  judgement: fc.tuple(...Array.from({ length: n }, () => fc.tuple(score, score, score))),
  // Weights in thousandths: zeros happen, and a positive sum is required below.
  weights: fc.tuple(...CRITERIA.map(() => fc.integer({ min: 0, max: 1000 }))),
})).map(({ figures, judgement, weights }) => {
  const codes = figures.map((_, k) => `S${k + 1}`);
  const byCode = (j: number) => Object.fromEntries(codes.map((code, k) => [code, judgement[k][j]]));
  return {
    figures: figures.map((f, k) => ({ code: codes[k], ...f })),
    inputs: {
      weights: Object.fromEntries(CRITERIA.map((c, i) => [c, weights[i] / 1000])) as Record<Criterion, number>,
      judgement: { governanceBalance: byCode(0), preservedIdentity: byCode(1), reversibility: byCode(2) },
    },
  };
}).filter((c) => CRITERIA.some((k) => c.inputs.weights[k] > 0));

/** True when two totals are different yet so close that floating-point noise could swap them. */
const nearTie = (r: ScoringResult) => r.total.some((a, j) => r.total.some((b, k) => j !== k && a !== b && Math.abs(a - b) < 1e-9));

/** Scenario k holds the highest total, up to float noise (1e-9 points): a tie at the top counts as leading. */
const leads = (r: ScoringResult, k: number) => r.total[k] >= Math.max(...r.total) - 1e-9;

const scaled = (inputs: ScoringInputs, factor: number): ScoringInputs => ({
  ...inputs,
  weights: Object.fromEntries(CRITERIA.map((c) => [c, inputs.weights[c] * factor])) as Record<Criterion, number>,
});

/** The weights with criterion i's share moved to x and the others rescaled in proportion. */
const withShare = (inputs: ScoringInputs, r: ScoringResult, i: Criterion, x: number): ScoringInputs => {
  const a = inputs.weights[i] / r.weightSum;
  return {
    ...inputs,
    weights: Object.fromEntries(CRITERIA.map((c) => [c, c === i ? x : (inputs.weights[c] / r.weightSum) * (1 - x) / (1 - a)])) as Record<Criterion, number>,
  };
};

describe('scoreScenarios invariants', () => {
  it('keeps the order of the totals, the ranks and the first choice when every weight is multiplied by the same factor', () => {
    fc.assert(fc.property(aCase, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), ({ figures, inputs }, factor) => {
      const before = scoreScenarios(figures, inputs);
      const after = scoreScenarios(figures, scaled(inputs, factor));
      // Totals closer than 1e-9 points yet different are float noise, before or after: their order is not the model's.
      fc.pre(!nearTie(before) && !nearTie(after));
      after.total.forEach((t, k) => expect(t).toBeCloseTo(before.total[k], 9));
      expect(after.rank).toEqual(before.rank);
      expect(after.first).toBe(before.first);
    }), { seed: 20261126, numRuns: 300 });
  });

  it('keeps two identical scenarios tied whatever the factor', () => {
    fc.assert(fc.property(aCase, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), ({ figures, inputs }, factor) => {
      const twin = { ...figures[0], code: 'TWIN' };
      const j = inputs.judgement;
      const judgement = {
        governanceBalance: { ...j.governanceBalance, TWIN: j.governanceBalance.S1 },
        preservedIdentity: { ...j.preservedIdentity, TWIN: j.preservedIdentity.S1 },
        reversibility: { ...j.reversibility, TWIN: j.reversibility.S1 },
      };
      for (const w of [inputs, scaled(inputs, factor)]) {
        const r = scoreScenarios([...figures, twin], { ...w, judgement });
        expect(r.rank[r.codes.length - 1]).toBe(r.rank[0]);
      }
    }), { seed: 7, numRuns: 200 });
  });

  it('ranks as a permutation with ties consistent with the totals, the first choice ranked 1', () => {
    fc.assert(fc.property(aCase, ({ figures, inputs }) => {
      const r = scoreScenarios(figures, inputs);
      const n = r.codes.length;
      for (let j = 0; j < n; j++) {
        expect(r.rank[j]).toBeGreaterThanOrEqual(1);
        expect(r.rank[j]).toBeLessThanOrEqual(n);
        for (let k = 0; k < n; k++) {
          expect(r.total[j] > r.total[k]).toBe(r.rank[j] < r.rank[k]);
          expect(r.total[j] === r.total[k]).toBe(r.rank[j] === r.rank[k]);
        }
      }
      // With ties, ranks skip: as many scenarios hold rank ≤ r as the rank r says, counting the ties.
      for (let j = 0; j < n; j++) expect(r.rank.filter((x) => x < r.rank[j]).length).toBe(r.rank[j] - 1);
      const firstAt = r.codes.indexOf(r.first);
      expect(r.rank[firstAt]).toBe(1);
      expect(r.rank.slice(0, firstAt).every((x) => x > 1)).toBe(true);
    }), { seed: 11, numRuns: 300 });
  });

  it('reports switch shares at which the challenger ties the first choice and beyond which it leads', () => {
    let checked = 0;
    fc.assert(fc.property(aCase, ({ figures, inputs }) => {
      const r = scoreScenarios(figures, inputs);
      fc.pre(!nearTie(r));
      for (const s of r.sensitivity) {
        if (s.switchShare === null) continue;
        const w = r.codes.indexOf(r.first);
        const k = r.codes.indexOf(s.newFirst!);
        expect(s.change).toBe(s.switchShare - s.share);
        expect(s.switchShare).toBeGreaterThanOrEqual(0);
        expect(s.switchShare).toBeLessThan(1);
        const at = scoreScenarios(figures, withShare(inputs, r, s.criterion, s.switchShare));
        expect(Math.abs(at.total[k] - at.total[w])).toBeLessThanOrEqual(1e-9);
        // Just beyond, away from the current share: the gap opens at the lines' relative slope.
        const direction = Math.sign(s.change!);
        if (direction === 0) continue;
        const step = 1e-6 * direction;
        // A crossing within a step of 0 or 100 % has its "beyond" outside the shares a weight can take.
        if (s.switchShare + step < 0 || s.switchShare + step > 1) continue;
        const beyond = scoreScenarios(figures, withShare(inputs, r, s.criterion, s.switchShare + step));
        const gap = beyond.total[k] - beyond.total[w];
        if (Math.abs(gap) < 1e-10) continue; // nearly parallel lines: the step is lost in the noise
        expect(gap).toBeGreaterThan(0);
        expect(leads(beyond, k)).toBe(true);
        // Halfway from the current share to the switch, the first choice still leads.
        expect(leads(scoreScenarios(figures, withShare(inputs, r, s.criterion, s.share + s.change! / 2)), w)).toBe(true);
        checked += 1;
      }
    }), { seed: 5, numRuns: 300 });
    expect(checked).toBeGreaterThan(100);
  });

  it('keeps the first choice at every share within 0–100 % of a weight that reports no switch', () => {
    fc.assert(fc.property(aCase, ({ figures, inputs }) => {
      const r = scoreScenarios(figures, inputs);
      fc.pre(!nearTie(r));
      for (const s of r.sensitivity) {
        if (s.switchShare !== null || s.share >= 1) continue;
        const w = r.codes.indexOf(r.first);
        for (const x of [0.01, 0.25, 0.5, 0.75, 0.99]) expect(leads(scoreScenarios(figures, withShare(inputs, r, s.criterion, x)), w)).toBe(true);
      }
    }), { seed: 17, numRuns: 300 });
  });
});
