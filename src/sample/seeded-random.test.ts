import fc from 'fast-check';
import { between, seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('replays the same sequence for the same seed', () => {
    fc.assert(fc.property(fc.integer(), (seed) => {
      const a = seededRandom(seed);
      const b = seededRandom(seed);
      return [1, 2, 3, 4, 5].every(() => a() === b());
    }), { seed: 42, numRuns: 200 });
  });

  it('draws in [0, 1)', () => {
    fc.assert(fc.property(fc.integer(), (seed) => {
      const next = seededRandom(seed);
      return Array.from({ length: 50 }, next).every((x) => x >= 0 && x < 1);
    }), { seed: 7, numRuns: 200 });
  });

  it('gives different sequences for different seeds', () => {
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });

  it('scales a draw into the asked interval', () => {
    fc.assert(fc.property(fc.integer(), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }),
      (seed, low, width) => {
        const x = between(seededRandom(seed), low, low + width);
        return x >= low && x <= low + width;
      }), { seed: 11, numRuns: 200 });
  });
});
