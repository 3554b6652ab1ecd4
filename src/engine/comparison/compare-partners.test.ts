import fc from 'fast-check';
import { FUNCTION_CODES, GROUPS, STAFF_CATEGORIES } from '../../domain/codes';
import { arbitraryData } from './arbitrary-data.test-support';
import { carefulSum } from '../careful-sum';
import { comparePartners } from './compare-partners';
import { handWorkedData } from './data-builders.test-support';
import { NOT_ALLOCATED } from './types';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('comparePartners on the hand-worked data', () => {
  const comparison = comparePartners(handWorkedData());
  const [a, b, aStar] = comparison.partners;

  it('sums charges and produits by groupe and gives the result', () => {
    // A: charges I 100 000; II 500 000 + 80 000; III 60 000 + 40 000 → total 780 000.
    expect(a.chargesByGroupEur).toEqual({ I: 100_000, II: 580_000, III: 100_000 });
    expect(a.totalChargesEur).toBe(780_000);
    // A: produits 750 000 + 20 000 + 5 000 = 775 000; result 775 000 − 780 000 = −5 000.
    expect(a.produitsByGroupEur).toEqual({ I: 750_000, II: 0, III: 25_000 });
    expect(a.resultEur).toBe(-5_000);
    // B: 260 000 − 250 000.
    expect(b.resultEur).toBe(10_000);
  });

  it('matches the partner code exactly, so that "A*" is not read as a wildcard and A keeps its own lines', () => {
    expect(aStar.totalChargesEur).toBe(10_000);
    expect(a.chargesByFunctionEur.LOCAUX).toBe(40_000);
  });

  it('splits charges by function, with a not-allocated bucket', () => {
    expect(a.chargesByFunctionEur.ACHATS).toBe(100_000);
    expect(a.chargesByFunctionEur.ACCOMPAGNEMENT).toBe(500_000);
    expect(a.chargesByFunctionEur.PAIE_RH).toBe(80_000);
    expect(a.chargesByFunctionEur[NOT_ALLOCATED]).toBe(60_000);
    expect(comparison.consolidated.chargesByFunctionEur.LOCAUX).toBe(50_000);
  });

  it('gives FTE, payroll and the average loaded cost per FTE by category, n/a without FTE', () => {
    expect(a.staffByCategory.PARAMEDICAL).toEqual({ fte: 10, loadedPayrollEur: 450_000 });
    expect(a.averageCostPerFteByCategoryEur.PARAMEDICAL).toBe(45_000);
    expect(a.averageCostPerFteByCategoryEur.MEDICAL).toBeNull();
    // Consolidated paramedical: 650 000 / 15, not the mean of 45 000 and 40 000.
    expect(comparison.consolidated.averageCostPerFteByCategoryEur.PARAMEDICAL).toBeCloseTo(43_333.333333, 5);
    expect(comparison.consolidated.staffByFunction[NOT_ALLOCATED]).toEqual({ fte: 5, loadedPayrollEur: 200_000 });
  });

  it('counts sites and sums places, days, rent and floor area', () => {
    expect(a.sites).toBe(2);
    expect(a.authorisedPlaces).toBe(60);
    expect(a.daysDelivered).toBe(18_370);
    expect(comparison.consolidated.rentAndChargesEur).toBe(60_000);
    expect(comparison.consolidated.floorAreaM2).toBe(2_900);
    expect(aStar.sites).toBe(0);
  });

  it('consolidates as the sum of partners plus zero adjustments, and its checks pass', () => {
    expect(comparison.consolidated.totalChargesEur).toBe(1_040_000);
    expect(comparison.consolidated.resultEur).toBe(1_035_000 - 1_040_000);
    expect(comparison.checks.every((c) => c.ok)).toBe(true);
  });
});

describe('comparePartners, properties', () => {
  it('gives consolidated figures equal to the sum of the partners', () => {
    fc.assert(fc.property(arbitraryData, (data) => {
      const { partners, consolidated } = comparePartners(data);
      const sumOf = (get: (p: typeof consolidated) => number) => carefulSum(partners.map(get));
      expect(close(consolidated.totalChargesEur, sumOf((p) => p.totalChargesEur))).toBe(true);
      for (const g of GROUPS) expect(close(consolidated.produitsByGroupEur[g], sumOf((p) => p.produitsByGroupEur[g]))).toBe(true);
      for (const f of [...FUNCTION_CODES, NOT_ALLOCATED]) {
        expect(close(consolidated.chargesByFunctionEur[f], sumOf((p) => p.chargesByFunctionEur[f]))).toBe(true);
      }
      for (const c of STAFF_CATEGORIES) {
        expect(close(consolidated.staffByCategory[c].fte, sumOf((p) => p.staffByCategory[c].fte))).toBe(true);
      }
      expect(consolidated.sites).toBe(data.sites.length);
    }), { seed: 20261126, numRuns: 200 });
  });

  it('reconciles every check on valid data', () => {
    fc.assert(fc.property(arbitraryData, (data) => {
      expect(comparePartners(data).checks.filter((c) => !c.ok)).toEqual([]);
    }), { seed: 7, numRuns: 200 });
  });
});
