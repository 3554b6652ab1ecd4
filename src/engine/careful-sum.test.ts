import fc from 'fast-check';
import { carefulSum } from './careful-sum';

describe('carefulSum', () => {
  it('adds 0.1, 0.2 and 0.3 to exactly 0.6', () => {
    // A plain loop gives 0.6000000000000001.
    expect(carefulSum([0.1, 0.2, 0.3])).toBe(0.6);
  });

  it('keeps a small amount lost between two large ones', () => {
    // 1e16 + 1 rounds back to 1e16 in doubles; the compensation carries the 1.
    expect(carefulSum([1e16, 1, -1e16])).toBe(1);
  });

  it('returns 0 for no values', () => {
    expect(carefulSum([])).toBe(0);
  });

  it('equals the exact sum of amounts in cents, whatever their order', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 60 }), (cents) => {
      const exact = cents.reduce((a, b) => a + b, 0) / 100; // integer sum is exact below 2^53
      const euros = cents.map((c) => c / 100);
      expect(carefulSum(euros)).toBeCloseTo(exact, 6);
      expect(carefulSum([...euros].reverse())).toBeCloseTo(exact, 6);
    }), { seed: 4242, numRuns: 200 });
  });
});
