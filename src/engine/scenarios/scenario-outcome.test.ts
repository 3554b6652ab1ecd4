import type { CooperationData } from '../../data/types';
import { aLine, aPartner, aSite, aStaffGroup } from '../comparison/data-builders.test-support';
import { aDefinition, handGlobals } from './scenario-builders.test-support';
import { scenarioBases } from './scenario-bases';
import { scenarioOutcome } from './scenario-outcome';

/*
 * Two partners worked by hand.
 * A: charges 800 000 € (ACHATS 100 000, PAIE_RH 50 000, ACCOMPAGNEMENT 650 000); staff PAIE_RH 2 FTE 100 000 €
 *    (ADMINISTRATION_GESTION, 50 000 €/FTE), SOCIO_EDUCATIF 10 FTE 400 000 € (40 000 €/FTE); payroll 500 000 €;
 *    FRNG 500 000 − 300 000 = 200 000 €, BFR 50 000 €, balance sheet 1 000 000 €; site SA, rent 24 000 €.
 * B: charges 200 000 € (ACHATS 50 000, ACCOMPAGNEMENT 150 000); staff PAIE_RH 2 FTE 80 000 € (40 000 €/FTE),
 *    SOCIO_EDUCATIF 4 FTE 180 000 € (45 000 €/FTE); payroll 260 000 €; FRNG 400 000 − 350 000 = 50 000 €,
 *    BFR 20 000 €, balance sheet 600 000 €; head office SB, rent 12 000 €.
 * Gaps: ADMINISTRATION target 50 000: B 2 × 10 000 = 20 000; SOCIO_EDUCATIF target 45 000: A 10 × 5 000 = 50 000.
 *
 * Scenario (fusion-absorption, delay 1, share kept 0.8): ACHATS pooled top-down; PAIE_RH pooled bottom-up,
 * 1 FTE removed, 5 000 € one-off; harmonisation, IT and change on; SB closed (moving 10 000 €); new head office
 * 6 000 €/yr; legal fees 30 000 €; grants 20 000 €, loans 60 000 € over 2 years. Globals: handGlobals().
 *
 * ACHATS: run 10 % × 150 000 = 15 000; ramp shifted by 1 year [0, 0, 0.5, 1, 1] → [0, 0, 7 500, 15 000, 15 000].
 * PAIE_RH: 4 FTE, 180 000 € → 45 000 €/FTE; run 1 × 45 000 → [0, 0, 22 500, 45 000, 45 000].
 * Savings [0, 0, 30 000, 60 000, 60 000]; site SB from t − 1 ≥ 1: [0, 0, 12 000, 12 000, 12 000].
 * One-off: PAIE_RH 5 000 + 1 × 45 000 × 0.25 = 16 250; IT 2 % × 1 000 000 = 20 000; change 1 % × 760 000 = 7 600;
 *   fees 30 000; duty 375 (absorption); moving 10 000 → 84 225, by year [42 112.5, 42 112.5, 0, 0, 0].
 * Head office [0, 0, 6 000, 6 000, 6 000].
 * Harmonisation: 70 000 × 0.1 × phasing [0, 0.5, 1, 1, 1] × 1.1^t = [0, 3 850, 8 470, 9 317, 10 248.7].
 * NB = 0.8 × (savings + sites) − one-off − head office − harmonisation
 *    = [−42 112.5, −45 962.5, 33 600 − 6 000 − 8 470 = 19 130, 57 600 − 6 000 − 9 317 = 42 283, 41 351.3].
 * Cumulative [−42 112.5, −88 075, −68 945, −26 662, 14 689.3] → payback 3 + 26 662 / 41 351.3.
 *
 * Partners: cost keys 0.8 / 0.2; ACHATS keys 2/3, 1/3; PAIE_RH keys 1, 0 (B has no PAIE_RH charges).
 * A: savings [0, 0, 5 000 + 22 500, 10 000 + 45 000, 55 000]; one-off 33 690 ×2; head office 4 800;
 *    harmonisation 5 000 × phasing × 1.1^t = [0, 2 750, 6 050, 6 655, 7 320.5];
 *    NB [−33 690, −36 440, 22 000 − 4 800 − 6 050 = 11 150, 44 000 − 4 800 − 6 655 = 32 545, 31 879.5].
 * B: savings [0, 0, 2 500, 5 000, 5 000]; sites [0, 0, 12 000…]; one-off 8 422.5 ×2; head office 1 200;
 *    harmonisation [0, 1 100, 2 420, 2 662, 2 928.2];
 *    NB [−8 422.5, −9 522.5, 11 600 − 1 200 − 2 420 = 7 980, 13 600 − 1 200 − 2 662 = 9 738, 9 471.8].
 * Financing: repayments [0, 30 000, 30 000, 0, 0]; reserves 84 225 − 80 000 = 4 225; FRNG before 250 000;
 *   flows [37 887.5, −75 962.5, −10 870, 42 283, 41 351.3] → FRNG [287 887.5, 211 925, 201 055, 243 338, 284 689.3];
 *   BFR 70 000 → cash = FRNG − 70 000.
 * Merger: absorption, 1 600 000 − largest 1 000 000 = 600 000 € transferred, below 1 550 000: no auditor.
 */
function twoPartners(): CooperationData {
  return {
    partners: [
      aPartner('A', { permanentCapitalEur: 500_000, netFixedAssetsEur: 300_000, workingCapitalNeedEur: 50_000, balanceSheetTotalEur: 1_000_000 }),
      aPartner('B', { permanentCapitalEur: 400_000, netFixedAssetsEur: 350_000, workingCapitalNeedEur: 20_000, balanceSheetTotalEur: 600_000 }),
    ],
    sites: [aSite('A', 'SA', { rentAndChargesEur: 24_000 }), aSite('b', 'SB', { type: 'SIEGE', rentAndChargesEur: 12_000 })],
    budgets: [
      aLine('A', 'CHARGES', 'I', 100_000, { function: 'ACHATS' }),
      aLine('A', 'CHARGES', 'II', 50_000, { function: 'PAIE_RH' }),
      aLine('A', 'CHARGES', 'II', 650_000, { function: 'ACCOMPAGNEMENT' }),
      aLine('A', 'PRODUITS', 'I', 900_000),
      aLine('B', 'CHARGES', 'I', 50_000, { function: 'ACHATS' }),
      aLine('B', 'CHARGES', 'II', 150_000, { function: 'ACCOMPAGNEMENT' }),
    ],
    staff: [
      aStaffGroup('A', 'ADMINISTRATION_GESTION', 2, 100_000, { function: 'PAIE_RH' }),
      aStaffGroup('A', 'SOCIO_EDUCATIF', 10, 400_000, { function: 'ACCOMPAGNEMENT' }),
      aStaffGroup('B', 'ADMINISTRATION_GESTION', 2, 80_000, { function: 'PAIE_RH' }),
      aStaffGroup('B', 'SOCIO_EDUCATIF', 4, 180_000, { function: 'ACCOMPAGNEMENT' }),
    ],
  };
}

const merger = aDefinition(2, 2, {
  form: 'FUSION_ABSORPTION', harmonisation: 1, itMigration: 1, changeManagement: 1, siteFlags: [0, 1],
  movingCostPerSiteEur: 10_000, newHeadOfficeEurPerYear: 6_000, legalFeesEur: 30_000, shareKept: 0.8, delayYears: 1,
  grantsEur: 20_000, loansEur: 60_000, loanYears: 2,
}, { ACHATS: { pooled: 1 }, PAIE_RH: { pooled: 1, bottomUp: 1, fteRemoved: 1, oneOffEur: 5_000 } });

const close = (actual: readonly number[], expected: readonly number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect([i, a]).toEqual([i, expect.closeTo(expected[i], 6)]));
};

describe('scenarioOutcome on two partners worked by hand', () => {
  const data = twoPartners();
  const out = scenarioOutcome(data, merger, handGlobals());
  const fn = (code: string) => out.functions.find((f) => f.code === code)!;

  it('saves rate × baseline top-down and FTE removed × average cost bottom-up, ramped from the delayed start', () => {
    expect(fn('ACHATS').runRateEur).toBeCloseTo(15_000, 9);
    expect(fn('PAIE_RH').averageCostPerFteEur).toBeCloseTo(45_000, 9);
    expect(fn('PAIE_RH').runRateEur).toBeCloseTo(45_000, 9);
    close(fn('ACHATS').byYearEur, [0, 0, 7_500, 15_000, 15_000]);
    close(out.savingsByYearEur, [0, 0, 30_000, 60_000, 60_000]);
    expect([out.functionsPooled, out.ftePooled]).toEqual([2, 4]);
  });

  it('saves the closed site’s rent from the first year after the delayed operation', () => {
    close(out.siteSavingsByYearEur, [0, 0, 12_000, 12_000, 12_000]);
    expect(out.sitesClosed).toBe(1);
  });

  it('adds severance to the one-off costs of a bottom-up function and phases the total', () => {
    expect(fn('PAIE_RH').oneOffEur).toBeCloseTo(16_250, 9);
    const o = out.oneOff;
    expect([o.functionsEur, o.itMigrationEur, o.changeManagementEur, o.legalFeesEur, o.registrationDutyEur, o.movingEur])
      .toEqual([16_250, 20_000, 7_600, 30_000, 375, 10_000].map((v) => expect.closeTo(v, 9)));
    expect(o.totalEur).toBeCloseTo(84_225, 9);
    close(o.byYearEur, [42_112.5, 42_112.5, 0, 0, 0]);
    expect(out.oneOffTotalEur).toBeCloseTo(84_225, 9);
  });

  it('counts head office from the delayed start and harmonisation with GVT', () => {
    close(out.headOfficeByYearEur, [0, 0, 6_000, 6_000, 6_000]);
    close(out.harmonisationByYearEur, [0, 3_850, 8_470, 9_317, 10_248.7]);
  });

  it('keeps 80 % of the savings in the net benefit, and gives NPV and payback from it', () => {
    close(out.netBenefitByYearEur, [-42_112.5, -45_962.5, 19_130, 42_283, 41_351.3]);
    close(out.cumulativeByYearEur, [-42_112.5, -88_075, -68_945, -26_662, 14_689.3]);
    expect(out.netBenefitTotalEur).toBeCloseTo(14_689.3, 6);
    expect(out.npvEur).toEqual({ ok: true, value: expect.closeTo(-42_112.5 - 45_962.5 / 1.1 + 19_130 / 1.21 + 42_283 / 1.331 + 41_351.3 / 1.4641, 6) });
    expect(out.paybackYears).toEqual({ ok: true, value: expect.closeTo(3 + 26_662 / 41_351.3, 9) });
  });

  it('shares savings by baseline and costs by charges between the partners', () => {
    const [a, b] = out.partners;
    expect([a.costKey, b.costKey]).toEqual([expect.closeTo(0.8, 12), expect.closeTo(0.2, 12)]);
    close(a.savingsByYearEur, [0, 0, 27_500, 55_000, 55_000]);
    close(b.savingsByYearEur, [0, 0, 2_500, 5_000, 5_000]);
    close(a.siteSavingsByYearEur, [0, 0, 0, 0, 0]);
    close(b.siteSavingsByYearEur, [0, 0, 12_000, 12_000, 12_000]);
    close(a.oneOffByYearEur, [33_690, 33_690, 0, 0, 0]);
    close(b.headOfficeByYearEur, [0, 0, 1_200, 1_200, 1_200]);
    close(a.harmonisationByYearEur, [0, 2_750, 6_050, 6_655, 7_320.5]);
    close(b.harmonisationByYearEur, [0, 1_100, 2_420, 2_662, 2_928.2]);
    close(a.netBenefitByYearEur, [-33_690, -36_440, 11_150, 32_545, 31_879.5]);
    close(b.netBenefitByYearEur, [-8_422.5, -9_522.5, 7_980, 9_738, 9_471.8]);
    expect(a.paybackYears).toEqual({ ok: true, value: expect.closeTo(3 + 26_435 / 31_879.5, 9) });
    expect(b.paybackYears).toEqual({ ok: true, value: expect.closeTo(3 + 227 / 9_471.8, 9) });
    expect(b.npvEur).toEqual({ ok: true, value: expect.closeTo(-8_422.5 - 9_522.5 / 1.1 + 7_980 / 1.21 + 9_738 / 1.331 + 9_471.8 / 1.4641, 6) });
  });

  it('funds the one-off costs with grants, a loan repaid over two years and reserves, year by year', () => {
    const f = out.financing;
    close(f.grantsByYearEur, [20_000, 0, 0, 0, 0]);
    close(f.loansByYearEur, [60_000, 0, 0, 0, 0]);
    close(f.repaymentsByYearEur, [0, 30_000, 30_000, 0, 0]);
    expect(f.reservesUsedEur).toBeCloseTo(4_225, 9);
    expect(f.frngBeforeEur).toBe(250_000);
    close(f.frngByYearEur, [287_887.5, 211_925, 201_055, 243_338, 284_689.3]);
    expect(f.workingCapitalNeedEur).toBe(70_000);
    close(f.cashByYearEur, [217_887.5, 141_925, 131_055, 173_338, 214_689.3]);
  });

  it('requires no merger auditor when the absorbed balance sheet (600 000 €) is under 1 550 000 €', () => {
    expect(out.merger).toEqual({ applies: 1, assetsTransferredEur: 600_000, auditorRequired: false });
  });

  it('requires one in a fusion-création, where both balance sheets (1 600 000 €) transfer', () => {
    expect(scenarioOutcome(data, { ...merger, form: 'FUSION_CREATION' }, handGlobals()).merger)
      .toEqual({ applies: 1, assetsTransferredEur: 1_600_000, auditorRequired: true });
  });

  it('requires one at exactly 1 550 000 € absorbed, and none outside the merger forms (nor the registration duty)', () => {
    const big = { ...data, partners: [aPartner('A', { balanceSheetTotalEur: 2_000_000 }), aPartner('B', { balanceSheetTotalEur: 1_550_000 })] };
    expect(scenarioOutcome(big, merger, handGlobals()).merger).toEqual({ applies: 1, assetsTransferredEur: 1_550_000, auditorRequired: true });
    const gcsms = scenarioOutcome(big, { ...merger, form: 'GCSMS' }, handGlobals());
    expect(gcsms.merger).toEqual({ applies: 0, assetsTransferredEur: 0, auditorRequired: false });
    expect(gcsms.oneOff.registrationDutyEur).toBe(0);
  });

  it('gives the same outcome from the data or from bases computed once', () => {
    expect(scenarioOutcome(scenarioBases(data), merger, handGlobals())).toEqual(out);
  });

  it('gives a partner left out nothing and the other all of the costs', () => {
    const onlyB = scenarioOutcome(data, { ...merger, partnerFlags: [0, 1], siteFlags: [0, 1] }, handGlobals());
    const [a, b] = onlyB.partners;
    expect(a.included).toBe(0);
    expect(a.costKey).toBe(0);
    expect(a.netBenefitByYearEur.every((v) => v === 0)).toBe(true);
    expect(b.costKey).toBe(1);
    // B alone: ACHATS 10 % × 50 000 = 5 000; PAIE_RH 2 FTE at 40 000 €, B has no PAIE_RH charges: key = cost key 1.
    close(b.savingsByYearEur, [0, 0, 2_500 + 20_000, 45_000, 45_000]);
    close(onlyB.netBenefitByYearEur, b.netBenefitByYearEur);
  });

  it('computes no NPV nor payback when no partner takes part', () => {
    const none = scenarioOutcome(data, { ...merger, partnerFlags: [0, 0] }, handGlobals());
    expect(none.partnersIncluded).toBe(0);
    expect(none.npvEur).toEqual({ ok: false, reason: 'NO_PARTNERS' });
    expect(none.paybackYears).toEqual({ ok: false, reason: 'NO_PARTNERS' });
    expect(none.partners[0].npvEur).toEqual({ ok: false, reason: 'NO_PARTNERS' });
  });

  it('stops counting after the horizon value', () => {
    const short = scenarioOutcome(data, merger, handGlobals({ inHorizon: [1, 1, 1, 0, 0] }));
    close(short.netBenefitByYearEur, [-42_112.5, -45_962.5, 19_130, 0, 0]);
  });
});
