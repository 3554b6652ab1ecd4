import { mean } from 'simple-statistics';
import { lognormalAt, triangularAt } from './driver-distributions';
import { scenarioClosedForm } from './scenario-closed-form';
import { sensitivityResults } from './sensitivity-results';
import { sampleCase } from './sensitivity.test-support';
import { referenceValues, sensitivityDrivers } from './sensitivity-drivers';
import { seededUniform } from './seeded-uniform';
import { POOLED_FUNCTIONS } from '../model-assumptions';
import { sensitivityHeadlines } from './pane-figures';

describe('distributions', () => {
  it('inverts the triangular CDF: the median of (0, 1, 2) is 1, the ends are low and high', () => {
    expect(triangularAt(0.5, 0, 1, 2)).toBe(1);
    expect(triangularAt(0, 0.03, 0.065, 0.1)).toBe(0.03);
    // u = 0.125 below F(c) = 0.5: 0 + √(0.125 × 2 × 1) = 0.5.
    expect(triangularAt(0.125, 0, 1, 2)).toBeCloseTo(0.5, 12);
    expect(triangularAt(0.7, 1, 1, 1)).toBe(1);
  });

  it('draws the lognormal with its median at the base', () => {
    expect(lognormalAt(0.5 - 2 ** -33, 0.8, 1, 1.5)).toBeCloseTo(1, 9);
    expect(lognormalAt(0.2, 1, 1, 1)).toBe(1);
  });
});

describe('sensitivityResults: the Monte Carlo', () => {
  const small = { draws: 2000 };

  it('gives the same figures for the same seed, and others for another seed', () => {
    const c = sampleCase({}, false);
    const a = sensitivityResults(c.bases, c.definitions, c.globals, c.entries, { ...small, seed: 11 });
    const b = sensitivityResults(c.bases, c.definitions, c.globals, c.entries, { ...small, seed: 11 });
    const other = sensitivityResults(c.bases, c.definitions, c.globals, c.entries, { ...small, seed: 12 });
    expect(a.scenarios.map((s) => s.monteCarlo)).toEqual(b.scenarios.map((s) => s.monteCarlo));
    expect(other.scenarios[0].monteCarlo.meanEur).not.toBe(a.scenarios[0].monteCarlo.meanEur);
    expect(a.settings).toEqual({ seed: 11, draws: 2000, oneOffDistribution: 'triangular' });
  });

  it('collapses to the base NPV when every range has zero width, triangular or lognormal', () => {
    for (const lognormal of [0, 1]) {
      const flat: Record<string, number> = { 'sensitivity.oneOffLognormal': lognormal };
      const c0 = sampleCase({}, true);
      for (const d of sensitivityDrivers(c0.entries)) {
        flat[`${d.key}.low`] = d.base;
        flat[`${d.key}.high`] = d.base;
      }
      const c = sampleCase(flat, true);
      const r = sensitivityResults(c.bases, c.definitions, c.globals, c.entries, small);
      for (const s of r.scenarios) {
        const base = s.tornado.baseNpvEur;
        const m = s.monteCarlo;
        const near = (x: number) => expect(Math.abs(x - base)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(base)));
        [m.meanEur, m.p10Eur, m.p50Eur, m.p90Eur, m.minEur, m.maxEur].forEach(near);
        expect(m.standardDeviationEur).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(base)));
        expect(m.probabilityPositive).toBe(base > 0 ? 1 : 0);
        expect(m.histogram).toEqual([{ fromEur: m.minEur, toEur: m.maxEur, count: 2000 }]);
        expect(s.tornado.bars.every((b) => b.swingEur === 0)).toBe(true);
      }
    }
  });

  it('converges to the analytic mean when only the savings rates vary (triangular mean (low + base + high) / 3)', () => {
    const flat: Record<string, number> = {};
    const c0 = sampleCase({}, false);
    for (const d of sensitivityDrivers(c0.entries)) {
      if (d.kind === 'savingsRate') continue;
      flat[`${d.key}.low`] = d.base;
      flat[`${d.key}.high`] = d.base;
    }
    const c = sampleCase({ ...flat, 'sensitivity.draws': 10_000 }, false);
    const drivers = sensitivityDrivers(c.entries);
    const r = sensitivityResults(c.bases, c.definitions, c.globals, c.entries);
    expect(r.settings.draws).toBe(10_000);
    // NPV is linear in the rates: E[NPV] = NPV at the rates' means; tolerance 4 standard errors (≈ 1 in 15 000 by chance).
    const meanValues = drivers.map((d) => (d.low + d.base + d.high) / 3);
    r.scenarios.forEach((s, i) => {
      const analytic = scenarioClosedForm(c.bases, c.definitions[i], c.globals, drivers).evaluate(meanValues).npvEur;
      const standardError = s.monteCarlo.standardDeviationEur / Math.sqrt(s.monteCarlo.draws);
      expect(standardError).toBeGreaterThan(0);
      expect(Math.abs(s.monteCarlo.meanEur - analytic)).toBeLessThanOrEqual(4 * standardError);
    });
    // The savings rates' means by hand for ACHATS: (0.03 + 0.065 + 0.1) / 3 = 0.065.
    expect(meanValues[POOLED_FUNCTIONS.indexOf('ACHATS')]).toBeCloseTo(0.065, 12);
  });

  it('draws from the seeded generator only: the triangular draws of one driver average to their mean', () => {
    const next = seededUniform(3);
    const xs = Array.from({ length: 20_000 }, () => triangularAt(next(), 0.8, 1, 1.5));
    // (0.8 + 1 + 1.5) / 3 = 1.1; sd of a triangular = √((a²+b²+c²−ab−ac−bc)/18) ≈ 0.1472; SE ≈ 0.00104.
    expect(Math.abs(mean(xs) - 1.1)).toBeLessThan(4 * 0.00104);
  });

  it('evaluates the reference values to the scenario’s own NPV', () => {
    const c = sampleCase();
    const drivers = sensitivityDrivers(c.entries);
    const r = sensitivityResults(c.bases, c.definitions, c.globals, c.entries, { draws: 10 });
    r.scenarios.forEach((s, i) => {
      const v = scenarioClosedForm(c.bases, c.definitions[i], c.globals, drivers).evaluate(referenceValues(drivers)).npvEur;
      expect(v).toBeCloseTo(s.tornado.baseNpvEur, 6);
    });
  });
});

describe('sensitivityHeadlines', () => {
  it('gives the pane P10, P50, P90 and P(NPV > 0) of each scenario, from the results or a model result', () => {
    const c = sampleCase({}, false);
    const r = sensitivityResults(c.bases, c.definitions, c.globals, c.entries, { draws: 100 });
    const m = r.scenarios[1].monteCarlo;
    expect(sensitivityHeadlines(r)[1]).toEqual({
      code: 'S2', p10Eur: m.p10Eur, p50Eur: m.p50Eur, p90Eur: m.p90Eur, probabilityPositive: m.probabilityPositive, seed: r.settings.seed, draws: 100,
    });
    expect(sensitivityHeadlines({ sensitivity: r })).toEqual(sensitivityHeadlines(r));
    expect(sensitivityHeadlines({})).toEqual([]);
  });
});
