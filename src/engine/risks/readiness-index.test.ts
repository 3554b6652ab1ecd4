import { READINESS_FACTORS, READINESS_SCORE_MAX } from '../../domain/readiness-factors';
import { defaultReadinessInputs } from './readiness-defaults';
import { readinessIndex } from './readiness-index';

describe('readinessIndex', () => {
  // Hand case, max 3: A w3 s2, B w1 s0, C w2 s3, D w2 s1.
  //   index = (6 + 0 + 6 + 2) / (3 × 8) = 14/24 = 0.58333…
  //   gaps = 3 × 1, 1 × 3, 2 × 0, 2 × 2 = 3, 3, 0, 4 → D first, then A and B tied (A listed first), C last.
  const r = readinessIndex(['A', 'B', 'C', 'D'], { scores: { A: 2, B: 0, C: 3, D: 1 }, weights: { A: 3, B: 1, C: 2, D: 2 } }, 3);

  it('weighs the scores into an index from 0 to 1', () => {
    expect(r.index).toBeCloseTo(14 / 24, 12);
    expect(r.gaps).toEqual([3, 3, 0, 4]);
  });

  it('ranks the gaps uniquely, a tie going to the factor listed first', () => {
    expect(r.priorityRank).toEqual([2, 3, 4, 1]);
    expect(r.priorities).toEqual([{ id: 'D', gap: 4 }, { id: 'A', gap: 3 }, { id: 'B', gap: 3 }]);
  });

  it('gives 0 when the weights sum to 0, and 1 when every factor is in place', () => {
    expect(readinessIndex(['A'], { scores: { A: 3 }, weights: { A: 0 } }, 3).index).toBe(0);
    expect(readinessIndex(['A', 'B'], { scores: { A: 3, B: 3 }, weights: { A: 1, B: 2 } }, 3).index).toBe(1);
  });

  it('starts from 0 with the defaults, the heaviest factors first', () => {
    const d = readinessIndex(READINESS_FACTORS.map((f) => f.id), defaultReadinessInputs(), READINESS_SCORE_MAX);
    expect(d.index).toBe(0);
    // Weight 3 × gap 3 = 9 for RDY-01, RDY-04, RDY-06, RDY-08, RDY-09: the first three listed come first.
    expect(d.priorities.map((p) => p.id)).toEqual(['RDY-01', 'RDY-04', 'RDY-06']);
  });
});
