// A fast-check generator of valid CooperationData: unique partner codes (some with
// wildcard or operator characters), records that point at those partners.
import fc from 'fast-check';
import { FUNCTION_CODES, GROUPS, SIDES, STAFF_CATEGORIES } from '../../domain/codes';
import type { CooperationData } from '../../data/types';
import { aLine, aPartner, aSite, aStaffGroup } from './data-builders.test-support';

const CODES = ['A', 'B', 'A*', '<5', 'x?', 'ASSO-1', '=C'] as const;
/** Amounts in whole cents, as accounts hold them. */
const money = fc.integer({ min: -100_000_000, max: 1_000_000_000 }).map((cents) => cents / 100);
const count = fc.integer({ min: 0, max: 500 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

export const arbitraryData: fc.Arbitrary<CooperationData> = fc
  .uniqueArray(fc.constantFrom(...CODES), { minLength: 1, maxLength: 5 })
  .chain((codes) => {
    const code = fc.constantFrom(...codes);
    const fn = maybe(fc.constantFrom(...FUNCTION_CODES));
    return fc.record({
      partners: fc.tuple(...codes.map((c) => fc.record({
        permanentCapitalEur: maybe(money), netFixedAssetsEur: maybe(money), financialDebtEur: maybe(money), cafEur: maybe(money),
      }).map((f) => aPartner(c, f)))),
      sites: fc.array(fc.record({
        partner: code, authorisedPlaces: maybe(count), openingDays: fc.integer({ min: 1, max: 366 }),
        daysDelivered: maybe(fc.integer({ min: 0, max: 100_000 })), daysFunded: maybe(fc.integer({ min: 0, max: 100_000 })),
        floorAreaM2: maybe(count), rentAndChargesEur: maybe(money), grossBuildingsEur: maybe(money), buildingDepreciationEur: maybe(money),
      }).map((s) => aSite(s.partner, 'S', s)), { maxLength: 8 }),
      budgets: fc.array(fc.record({
        partner: code, side: fc.constantFrom(...SIDES), group: fc.constantFrom(...GROUPS), amountEur: money, function: fn,
        account: maybe(fc.constantFrom('606', '641', '6811', '675', '68', '7351', '775', '7781', '778', '7811', '709', '713', '7')),
      }).map((l) => aLine(l.partner, l.side, l.group, l.amountEur, l)), { maxLength: 30 }),
      staff: fc.array(fc.record({
        partner: code, category: fc.constantFrom(...STAFF_CATEGORIES), fte: fc.integer({ min: 0, max: 5_000 }).map((h) => h / 100),
        loadedPayrollEur: fc.integer({ min: 0, max: 200_000_000 }).map((cents) => cents / 100), function: fn,
        budgetedFte: maybe(fc.integer({ min: 0, max: 5_000 }).map((h) => h / 100)), absenceDays: maybe(count),
      }).map((g) => aStaffGroup(g.partner, g.category, g.fte, g.loadedPayrollEur, g)), { maxLength: 12 }),
    });
  });
