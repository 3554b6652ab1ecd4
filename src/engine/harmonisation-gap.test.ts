import fc from 'fast-check';
import type { CooperationData } from '../data/types';
import { aPartner, aStaffGroup } from './comparison/data-builders.test-support';
import { harmonisationGap } from './harmonisation-gap';

const data = (staff: CooperationData['staff']): CooperationData => ({
  partners: [aPartner('A'), aPartner('B'), aPartner('C')], sites: [], budgets: [], staff,
});

describe('harmonisationGap', () => {
  it('aligns each category on the highest partner average', () => {
    // ASH: A 3 FTE at 30 000 €, B 2 FTE at 33 000 € → 3 × 3 000 = 9 000 €; SOCIO_EDUCATIF: only C → 0 €.
    const gap = harmonisationGap(data([
      aStaffGroup('A', 'ASH', 3, 90_000),
      aStaffGroup('B', 'ASH', 1, 30_000), aStaffGroup('B', 'ASH', 1, 36_000),
      aStaffGroup('C', 'SOCIO_EDUCATIF', 4, 160_000),
    ]));
    const ash = gap.categories.find((c) => c.category === 'ASH')!;
    expect(ash.targetEur).toBe(33_000);
    expect(ash.averageByPartnerEur).toEqual([30_000, 33_000, 0]);
    expect(ash.gapEur).toBe(9_000);
    expect(gap.totalGapEur).toBe(9_000);
  });

  it('is never negative and is 0 for a single partner', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ p: fc.constantFrom('A', 'B', 'C'), fte: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 50, noNaN: true })), pay: fc.double({ min: 0, max: 3e6, noNaN: true }) }), { maxLength: 12 }),
      (rows) => {
        const gap = harmonisationGap(data(rows.map((r) => aStaffGroup(r.p, 'PARAMEDICAL', r.fte, r.pay))));
        expect(gap.totalGapEur).toBeGreaterThanOrEqual(0);
        const alone = harmonisationGap({ ...data(rows.filter((r) => r.p === 'A').map((r) => aStaffGroup('A', 'PARAMEDICAL', r.fte, r.pay))), partners: [aPartner('A')] });
        expect(alone.totalGapEur).toBe(0);
      },
    ), { seed: 11, numRuns: 150 });
  });
});
