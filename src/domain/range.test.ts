import fc from 'fast-check';
import { rangeOf } from './range';

describe('rangeOf', () => {
  it('gives the midpoint of decimals typed by people exactly (0.1–0.2 → 0.15, not 0.15000000000000002)', () => {
    // By hand: (0.1 + 0.2) / 2 = 0.15; in binary floating point it is 0.15000000000000002.
    expect(rangeOf(0.1, 0.2).base).toBe(0.15);
    // (0.03 + 0.06) / 2 = 0.045 (the discount rate's range); (0.005 + 0.01) / 2 = 0.0075.
    expect(rangeOf(0.03, 0.06).base).toBe(0.045);
    expect(rangeOf(0.005, 0.01).base).toBe(0.0075);
    expect(rangeOf(73_691, 84_000).base).toBe(78_845.5);
  });

  it('keeps the midpoint within the range and as close to the exact one as 12 significant digits allow', () => {
    fc.assert(fc.property(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      (a, b) => {
        const low = Math.min(a, b);
        const high = Math.max(a, b);
        const { base } = rangeOf(low, high);
        const exact = (low + high) / 2;
        expect(Math.abs(base - exact)).toBeLessThanOrEqual(Math.abs(exact) * 1e-11);
        expect(base).toBeGreaterThanOrEqual(low);
        expect(base).toBeLessThanOrEqual(high);
      },
    ), { seed: 12, numRuns: 500 });
  });
});
