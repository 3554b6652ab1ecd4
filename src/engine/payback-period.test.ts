import fc from 'fast-check';
import { cumulativeSums } from './cumulative-sums';
import { paybackPeriod } from './payback-period';

describe('paybackPeriod', () => {
  it('interpolates within the first year whose cumulative is at or above zero', () => {
    // Cumulative: -100, -70, -20, 20 → n = 3; (3 − 1) + 20 / 40 = 2.5
    expect(paybackPeriod([-100, 30, 50, 40])).toEqual({ ok: true, value: 2.5 });
  });

  it('is 0 when year 0 is already at or above zero', () => {
    expect(paybackPeriod([0, 10, 10])).toEqual({ ok: true, value: 0 });
  });

  it('is exactly n when the cumulative reaches zero at the end of year n', () => {
    // Cumulative: -50, -20, 0 → (2 − 1) + 20 / 20 = 2
    expect(paybackPeriod([-50, 30, 20])).toEqual({ ok: true, value: 2 });
  });

  it('says "not within horizon" when the cumulative never turns non-negative', () => {
    expect(paybackPeriod([-100, 10, 10])).toEqual({ ok: false, reason: 'NOT_WITHIN_HORIZON' });
  });

  it('agrees with the cumulative row: the payback falls in the first non-negative year', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 10 }), (flows) => {
      const cumulative = cumulativeSums(flows);
      const n = cumulative.findIndex((c) => c >= 0);
      const payback = paybackPeriod(flows);
      if (n < 0) {
        expect(payback.ok).toBe(false);
      } else if (n === 0) {
        expect(payback).toEqual({ ok: true, value: 0 });
      } else {
        expect(payback.ok).toBe(true);
        const value = payback.ok ? payback.value : NaN;
        expect(value).toBeGreaterThan(n - 1);
        expect(value).toBeLessThanOrEqual(n);
        // Linear interpolation: cumulative at n − 1 plus (value − (n − 1)) × NB_n reaches zero.
        expect(cumulative[n - 1] + (value - (n - 1)) * flows[n]).toBeCloseTo(0, 9);
      }
    }), { seed: 99, numRuns: 300 });
  });
});
