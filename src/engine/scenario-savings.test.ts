import fc from 'fast-check';
import type { CooperationData } from '../data/types';
import { aLine, aPartner, aStaffGroup } from './comparison/data-builders.test-support';
import { modelAssumptions } from './model-assumptions';
import { scenarioInputs } from './scenario-inputs';
import { scenarioSavings } from './scenario-savings';

/**
 * Two partners worked by hand. Baselines: COMPTABILITE_FINANCE 100 000 + 50 000 = 150 000 (a PRODUITS line is
 * not a cost), ACHATS 200 000; combined charges 1 350 000; payroll 130 000. Staff ADMINISTRATION_GESTION:
 * A 2 FTE at 40 000 €, B 1 FTE at 50 000 € → target 50 000 €, gap 2 × 10 000 = 20 000 €.
 */
function handData(): CooperationData {
  return {
    partners: [aPartner('A'), aPartner('B')],
    sites: [],
    budgets: [
      aLine('A', 'CHARGES', 'II', 100_000, { function: 'COMPTABILITE_FINANCE' }),
      aLine('B', 'CHARGES', 'III', 50_000, { function: 'COMPTABILITE_FINANCE' }),
      aLine('A', 'PRODUITS', 'III', 999, { function: 'COMPTABILITE_FINANCE' }),
      aLine('A', 'CHARGES', 'I', 200_000, { function: 'ACHATS' }),
      aLine('B', 'CHARGES', 'II', 1_000_000, { function: 'ACCOMPAGNEMENT' }),
    ],
    staff: [
      aStaffGroup('A', 'ADMINISTRATION_GESTION', 2, 80_000),
      aStaffGroup('b', 'ADMINISTRATION_GESTION', 1, 50_000), // a code in another case is the same partner
    ],
  };
}

const run = (data: CooperationData, overrides: Record<string, number> = {}) =>
  scenarioSavings(data, scenarioInputs(modelAssumptions(2024, { horizonYears: 3, discountRate: 0.1, ...overrides })));

describe('scenarioSavings (S1)', () => {
  it('takes each function baseline from every partner’s CHARGES lines, all groupes', () => {
    const s1 = run(handData());
    const byCode = Object.fromEntries(s1.functions.map((f) => [f.code, f]));
    expect(byCode.COMPTABILITE_FINANCE.baselineEur).toBe(150_000);
    expect(byCode.ACHATS.baselineEur).toBe(200_000);
    expect(byCode.PAIE_RH.baselineEur).toBe(0);
    expect(s1.functions.map((f) => f.code)).not.toContain('LOCAUX');
  });

  it('ramps the run rate up by year: 35 500 € × 0, 25 %, 60 %, 90 %', () => {
    // Run rates: 150 000 × 15 % + 200 000 × 6.5 % = 22 500 + 13 000 = 35 500 € (default mid-range rates).
    const expected = [0, 8_875, 21_300, 31_950];
    run(handData()).savingsByYearEur.forEach((v, t) => expect(v).toBeCloseTo(expected[t], 9));
  });

  it('phases the one-off costs 40 / 30 / 30 %', () => {
    // 1 350 000 × 2 % + 60 000 + 375 + 130 000 × 0.75 % = 27 000 + 60 000 + 375 + 975 = 88 350 €
    const s1 = run(handData());
    expect(s1.oneOff.totalEur).toBe(88_350);
    expect(s1.oneOff.byYearEur).toEqual([35_340, 26_505, 26_505, 0]);
    expect(s1.oneOffTotalEur).toBe(88_350);
  });

  it('costs harmonisation as the gap to the best-paid partner, phased, with GVT compounding', () => {
    // 20 000 × (0, 25 %, 100 %, 100 %) × 1.006^t
    const s1 = run(handData());
    expect(s1.harmonisation.totalGapEur).toBe(20_000);
    const expected = [0, 5_030, 20_240.72, 20_362.16432];
    s1.harmonisation.byYearEur.forEach((v, t) => expect(v).toBeCloseTo(expected[t], 6));
  });

  it('leaves harmonisation out when its switch is 0', () => {
    expect(run(handData(), { 'harmonisation.enabled': 0 }).harmonisation.byYearEur).toEqual([0, 0, 0, 0]);
  });

  it('computes net benefit, NPV and "not within horizon" as a spreadsheet would', () => {
    // NB = [-35 340, -22 660, -25 445.72, 11 587.83568]; =NB0+NPV(10%,NB1:NB3) = -68 263.4082043576
    const s1 = run(handData());
    expect(s1.npvEur.ok && s1.npvEur.value).toBeCloseTo(-68_263.4082043576, 6);
    expect(s1.paybackYears).toEqual({ ok: false, reason: 'NOT_WITHIN_HORIZON' });
  });

  it('interpolates the payback when the cumulative turns positive', () => {
    // No fees, no duty, no harmonisation: one-off 27 975 € → NB = [-11 190, 482.5, 12 907.5, 31 950],
    // cumulative [-11 190, -10 707.5, 2 200, 34 150] → 1 + 10 707.5 / 12 907.5 = 1.829556459…
    const s1 = run(handData(), { 'oneOff.legalFeesEur': 0, 'oneOff.registrationDutyEur': 0, 'harmonisation.enabled': 0 });
    expect(s1.paybackYears.ok && s1.paybackYears.value).toBeCloseTo(1 + 10_707.5 / 12_907.5, 12);
  });

  it('labels model year 0 with FirstYear, the data year + 1', () => {
    expect(run(handData()).calendarYears).toEqual([2025, 2026, 2027, 2028]);
  });

  it('never saves more than a baseline, whatever the amounts and rates in [0, 1]', () => {
    const amount = fc.double({ min: -1e6, max: 1e7, noNaN: true });
    fc.assert(fc.property(fc.array(amount, { minLength: 1, maxLength: 8 }), fc.double({ min: 0, max: 1, noNaN: true }), (amounts, rate) => {
      const data: CooperationData = {
        partners: [aPartner('A'), aPartner('B')], sites: [], staff: [],
        budgets: amounts.map((a, i) => aLine(i % 2 ? 'A' : 'B', 'CHARGES', 'III', a, { function: 'ACHATS' })),
      };
      const s1 = run(data, { 'savingsRate.ACHATS': rate });
      for (const f of s1.functions) {
        for (const v of f.byYearEur) expect(Math.abs(v)).toBeLessThanOrEqual(Math.abs(f.baselineEur) + 1e-9);
      }
    }), { seed: 2024, numRuns: 150 });
  });

  it('gives the plain sum of net benefits as NPV at a zero rate', () => {
    const s1 = run(handData(), { discountRate: 0 });
    expect(s1.npvEur.ok && s1.npvEur.value).toBeCloseTo(s1.netBenefitTotalEur, 9);
  });
});
