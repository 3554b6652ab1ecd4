import fc from 'fast-check';
import { netPresentValue } from './net-present-value';

describe('netPresentValue', () => {
  it('leaves year 0 undiscounted and discounts year t by (1 + rate)^t', () => {
    // Spreadsheet: =-100+NPV(10%,60,60) = 4.13223140495868
    const npv = netPresentValue([-100, 60, 60], 0.1);
    expect(npv.ok && npv.value).toBeCloseTo(4.13223140495868, 12);
  });

  it('returns the plain sum when the rate is 0', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1e7, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 12 }), (flows) => {
      const npv = netPresentValue(flows, 0);
      const plain = flows.reduce((a, b) => a + b, 0);
      expect(npv.ok).toBe(true);
      expect(npv.ok && npv.value).toBeCloseTo(plain, 4);
    }), { seed: 7, numRuns: 200 });
  });

  it('gives a reason instead of a number for a rate at or below -100 %', () => {
    expect(netPresentValue([1, 2], -1)).toEqual({ ok: false, reason: 'RATE_NOT_ABOVE_MINUS_ONE' });
    expect(netPresentValue([1, 2], Number.NaN)).toEqual({ ok: false, reason: 'RATE_NOT_ABOVE_MINUS_ONE' });
  });

  it('gives a reason when there is no year', () => {
    expect(netPresentValue([], 0.045)).toEqual({ ok: false, reason: 'NO_YEARS' });
  });
});
