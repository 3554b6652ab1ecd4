// The Monte Carlo's fast paths (issue 9) against the plain computation they replace: the generator's
// numbers one by one (the sample's own mulberry32 is the oracle), each driver by triangularAt / lognormalAt,
// every NPV by evaluate, sorted, summarised with simple-statistics. Equal to the last bit, not "close".
import fc from 'fast-check';
import { mean, quantileSorted, standardDeviation } from 'simple-statistics';
import { seededRandom } from '../../sample/seeded-random';
import { binnedQuantiles } from './binned-quantiles';
import { drawDrivers, type DriverDraws } from './draw-drivers';
import { distributionOf, lognormalAt, triangularAt } from './driver-distributions';
import { HISTOGRAM_BINS, histogramOf, monteCarloSummary } from './monte-carlo-summary';
import { scenarioClosedForm, type ScenarioClosedForm } from './scenario-closed-form';
import { MULBERRY32_STEP, mulberry32, seededUniform } from './seeded-uniform';
import { sensitivityDrivers, type SensitivityDriver } from './sensitivity-drivers';
import { sampleCase } from './sensitivity.test-support';

/** Every draw as rows, block after block. */
function rowsOf(draws: DriverDraws): number[][] {
  const rows: number[][] = [];
  draws.forEachBlock((values, count, first) => {
    expect(first).toBe(rows.length);
    for (let i = 0; i < count; i++) rows.push(Array.from(values.subarray(i * draws.width, (i + 1) * draws.width)));
  });
  return rows;
}

/** The draws the plain way: one number per driver and draw from mulberry32, each through its distribution. */
function plainDraws(drivers: readonly SensitivityDriver[], count: number, lognormal: boolean, seed: number): number[][] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => drivers.map((d) => {
    const u = next();
    return distributionOf(d, lognormal) === 'lognormal' ? lognormalAt(u, d.low, d.base, d.high) : triangularAt(u, d.low, d.base, d.high);
  }));
}

/** The histogram as it was made before issue 9: equal-width bins over the sorted NPVs. */
function sortedHistogram(sorted: readonly number[]): { fromEur: number; toEur: number; count: number }[] {
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  if (!(hi > lo)) return [{ fromEur: lo, toEur: hi, count: sorted.length }];
  const width = (hi - lo) / HISTOGRAM_BINS;
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const v of sorted) counts[Math.min(HISTOGRAM_BINS - 1, Math.floor((v - lo) / width))] += 1;
  return counts.map((count, i) => ({ fromEur: lo + i * width, toEur: i === HISTOGRAM_BINS - 1 ? hi : lo + (i + 1) * width, count }));
}

const driverArb: fc.Arbitrary<SensitivityDriver> = fc.record({
  kind: fc.constantFrom('savingsRate' as const, 'oneOff' as const),
  low: fc.oneof(fc.double({ min: -2, max: 3, noNaN: true }), fc.constantFrom(0, -0, 1, 0.5)),
  base: fc.oneof(fc.double({ min: -2, max: 3, noNaN: true }), fc.constantFrom(0, -0, 1, 0.5)),
  high: fc.oneof(fc.double({ min: -2, max: 3, noNaN: true }), fc.constantFrom(0, -0, 1, 0.5)),
}).map(({ kind, low, base, high }) => ({ key: kind, kind, functionIndex: null, functionCode: null, low, base, high, reference: base }));

describe('seededUniform', () => {
  it('gives mulberry32’s numbers one by one or filled, and tells the state they come from', () => {
    fc.assert(fc.property(fc.nat(), fc.integer({ min: 2, max: 60 }), (seed, length) => {
      const plain = seededRandom(seed);
      const expected = Array.from({ length: 2 * length }, () => plain());
      const source = seededUniform(seed);
      // The k-th number from state s is mulberry32(s + k × step): the third one, told before any is made.
      expect(mulberry32((source.state() + 3 * MULBERRY32_STEP) >>> 0)).toBe(expected[2]);
      const filled = new Float64Array(length);
      source.fill(filled);
      const single = Array.from({ length }, () => source());
      expect([...Array.from(filled), ...single]).toEqual(expected);
    }), { seed: 9, numRuns: 200 });
  });

  it('skips k numbers as k draws would', () => {
    const source = seededUniform(20240601);
    const plain = seededRandom(20240601);
    // One, a thousand skipped, one: the next is the 1 003rd.
    for (let i = 0; i < 1002; i++) plain();
    source();
    source.skip(1000);
    source();
    expect(source()).toBe(plain());
  });
});

describe('drawDrivers', () => {
  it('draws each driver through triangularAt or lognormalAt of the generator’s numbers, draw by draw, to the last bit', () => {
    fc.assert(fc.property(fc.array(driverArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 700 }), fc.boolean(), fc.nat(),
      (drivers, count, lognormal, seed) => {
        const draws = drawDrivers(drivers, count, lognormal, seededUniform(seed));
        expect(draws.count).toBe(count);
        expect(draws.width).toBe(drivers.length);
        expect(rowsOf(draws)).toEqual(plainDraws(drivers, count, lognormal, seed));
      }), { seed: 17, numRuns: 150 });
  });

  it('gives the same draws at every visit and leaves its source where the draws end', () => {
    const drivers = sensitivityDrivers(sampleCase({}, false).entries);
    const source = seededUniform(5);
    const draws = drawDrivers(drivers, 600, true, source);
    const first = rowsOf(draws);
    expect(rowsOf(draws)).toEqual(first);
    expect(first).toEqual(plainDraws(drivers, 600, true, 5));
    const plain = seededRandom(5);
    for (let i = 0; i < 600 * drivers.length; i++) plain();
    expect(source()).toBe(plain());
  });

  it('takes a source that is only a function, with the same draws', () => {
    const drivers = sensitivityDrivers(sampleCase({}, false).entries);
    for (const lognormal of [false, true]) {
      const next = seededRandom(8);
      expect(rowsOf(drawDrivers(drivers, 300, lognormal, () => next()))).toEqual(plainDraws(drivers, 300, lognormal, 8));
    }
  });
});

describe('binnedQuantiles', () => {
  it('gives the median 3 and P10 1.4 of 5, 1, 4, 2, 3 (sorted 1…5: index 0.4 between 1 and 2)', () => {
    expect(binnedQuantiles([5, 1, 4, 2, 3], 1, 5, [0.5, 0.1])).toEqual([3, 1.4]);
  });

  it('equals simple-statistics’ quantileSorted on the sorted values, ties and lopsided spreads included', () => {
    const valueArb = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -3, max: 3 }), fc.constant(1e9));
    fc.assert(fc.property(fc.array(valueArb, { minLength: 1, maxLength: 400 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
      fc.integer({ min: 1, max: 70 }), (values, ps, bins) => {
        const sorted = Float64Array.from(values).sort();
        const expected = ps.map((p) => quantileSorted(Array.from(sorted), p));
        expect(binnedQuantiles(values, sorted[0], sorted[sorted.length - 1], [...ps, 0, 1], bins)).toEqual([...expected, sorted[0], sorted[sorted.length - 1]]);
      }), { seed: 23, numRuns: 300 });
  });
});

describe('histogramOf', () => {
  it('bins 3, 1, 2 over [1, 3] in twentieths: 1 in the first bin, 2 in the eleventh, 3 (the maximum) in the last', () => {
    const bins = histogramOf([3, 1, 2], 1, 3);
    expect(bins).toHaveLength(HISTOGRAM_BINS);
    expect(bins.map((b) => b.count)).toEqual(Array.from({ length: 20 }, (_, i) => (i === 0 || i === 10 || i === 19 ? 1 : 0)));
    expect(bins[19]).toEqual({ fromEur: 1 + 19 * 0.1, toEur: 3, count: 1 });
  });
});

describe('monteCarloSummary', () => {
  it('gives, to the last bit, the figures of evaluating every draw and sorting the NPVs', () => {
    for (const lognormal of [false, true]) {
      const c = sampleCase({ 'sensitivity.oneOffLognormal': lognormal ? 1 : 0, 'sensitivity.rampUpSlipYears.high': 2.5 });
      const drivers = sensitivityDrivers(c.entries);
      const rows = plainDraws(drivers, 3001, lognormal, 20240601);
      for (const definition of c.definitions) {
        const form = scenarioClosedForm(c.bases, definition, c.globals, drivers);
        const results = rows.map((r) => form.evaluate(r));
        const npvs = results.map((r) => r.npvEur);
        const sorted = Array.from(Float64Array.from(npvs).sort());
        const [lo, hi] = [sorted[0], sorted[sorted.length - 1]];
        const summary = monteCarloSummary(form, drawDrivers(drivers, 3001, lognormal, seededUniform(20240601)));
        // The same fields in the same order as ever: the workbook and the CLI's JSON list them so.
        expect(Object.keys(summary)).toEqual(['code', 'draws', 'meanEur', 'standardDeviationEur', 'p10Eur', 'p50Eur', 'p90Eur',
          'minEur', 'maxEur', 'probabilityPositive', 'probabilityPayback', 'histogram']);
        expect(summary).toEqual({
          code: definition.code, draws: 3001,
          meanEur: mean(npvs), standardDeviationEur: standardDeviation(npvs),
          p10Eur: quantileSorted(sorted, 0.1), p50Eur: quantileSorted(sorted, 0.5), p90Eur: quantileSorted(sorted, 0.9),
          minEur: lo, maxEur: hi,
          probabilityPositive: npvs.filter((v) => v > 0).length / 3001,
          probabilityPayback: results.filter((r) => r.paybackWithinHorizon).length / 3001,
          histogram: sortedHistogram(sorted),
        });
      }
    }
  });
});

describe('monteCarloSummary on any NPVs', () => {
  // A closed form that gives fixed NPVs, so that the summary meets ±0, ±∞, NaN and ties.
  const formOf = (npvs: readonly number[]): ScenarioClosedForm => ({
    code: 'X', netBenefitByYear: () => [], evaluate: () => ({ npvEur: 0, paybackWithinHorizon: false }),
    evaluateRows(_values, count, _width, out, offset) {
      for (let i = 0; i < count; i++) out[offset + i] = npvs[offset + i];
      return 0;
    },
  });
  const finiteArb = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -3, max: 3 })).filter((v) => v !== 0);
  const specialArb = fc.constantFrom(0, -0, Infinity, -Infinity, NaN);
  const drivers = sensitivityDrivers(sampleCase({}, false).entries);

  it.each([
    ['finite and not 0 (binned quantiles)', fc.array(finiteArb, { minLength: 1, maxLength: 600 })],
    ['with ±0, ±∞ or NaN among them (a sort)', fc.array(fc.oneof({ arbitrary: finiteArb, weight: 20 }, { arbitrary: specialArb, weight: 1 }), { minLength: 1, maxLength: 600 })],
  ])('gives the figures of a sort of the NPVs: %s', (_what, arb) => {
    fc.assert(fc.property(arb, (npvs) => {
      const sorted = Array.from(Float64Array.from(npvs).sort());
      const [lo, hi] = [sorted[0], sorted[sorted.length - 1]];
      const summary = monteCarloSummary(formOf(npvs), drawDrivers(drivers, npvs.length, false, seededUniform(1)));
      expect([summary.minEur, summary.maxEur, summary.p10Eur, summary.p50Eur, summary.p90Eur])
        .toEqual([lo, hi, quantileSorted(sorted, 0.1), quantileSorted(sorted, 0.5), quantileSorted(sorted, 0.9)]);
      expect(summary.meanEur).toEqual(mean(npvs));
      expect(summary.probabilityPositive).toBe(npvs.filter((v) => v > 0).length / npvs.length);
      expect(summary.histogram).toEqual(sortedHistogram(sorted));
    }), { seed: 31, numRuns: 300 });
  });
});
