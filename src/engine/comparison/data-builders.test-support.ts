// Builders for CooperationData in tests (STYLE.md: builders over literal blobs).
// Not a test file itself: the comparison, indicator and sheet tests share it.
import type { BudgetLine, CooperationData, Partner, Site, StaffGroup } from '../../data/types';

const origin = (table: 'Partenaires' | 'Sites' | 'Budgets' | 'Effectifs') => ({ table, row: 2 });

export function aPartner(code: string, fields: Partial<Partner> = {}): Partner {
  return {
    code, name: `Partner ${code}`, legalStatus: null, agreement: null, department: null, year: 2024,
    permanentCapitalEur: null, netFixedAssetsEur: null, financialDebtEur: null, workingCapitalNeedEur: null,
    cafEur: null, balanceSheetTotalEur: null, origin: origin('Partenaires'), ...fields,
  };
}

export function aSite(partner: string, code: string, fields: Partial<Site> = {}): Site {
  return {
    partner, code, name: null, type: null, town: null, department: null, authorisedPlaces: null,
    openingDays: 365, daysDelivered: null, daysFunded: null, floorAreaM2: null, tenure: null,
    rentAndChargesEur: null, grossBuildingsEur: null, buildingDepreciationEur: null, origin: origin('Sites'), ...fields,
  };
}

export function aLine(partner: string, side: BudgetLine['side'], group: BudgetLine['group'], amountEur: number,
  fields: Partial<BudgetLine> = {}): BudgetLine {
  return { partner, site: null, side, group, account: null, label: null, function: null, amountEur, origin: origin('Budgets'), ...fields };
}

export function aStaffGroup(partner: string, category: StaffGroup['category'], fte: number, loadedPayrollEur: number,
  fields: Partial<StaffGroup> = {}): StaffGroup {
  return {
    partner, site: null, category, function: null, agreement: null, fte, budgetedFte: null, loadedPayrollEur,
    absenceDays: null, origin: origin('Effectifs'), ...fields,
  };
}

/**
 * Three partners worked by hand in the tests: A (full data), B (no balance sheet, a site
 * without days delivered) and `A*` (a code that a SUMIFS criterion would read as a wildcard).
 */
export function handWorkedData(): CooperationData {
  return {
    partners: [
      aPartner('A', { permanentCapitalEur: 1_000_000, netFixedAssetsEur: 600_000, financialDebtEur: 300_000, cafEur: 50_000 }),
      aPartner('B'),
      aPartner('A*'),
    ],
    sites: [
      aSite('A', 'S1', { authorisedPlaces: 40, daysDelivered: 13_870, daysFunded: 14_000, floorAreaM2: 2_000,
        grossBuildingsEur: 2_000_000, buildingDepreciationEur: 800_000 }),
      aSite('A', 'S2', { authorisedPlaces: 20, openingDays: 250, daysDelivered: 4_500, rentAndChargesEur: 24_000 }),
      aSite('B', 'S3', { authorisedPlaces: 30, daysFunded: 10_000, floorAreaM2: 900, rentAndChargesEur: 36_000 }),
    ],
    budgets: [
      aLine('A', 'CHARGES', 'I', 100_000, { account: '606', function: 'ACHATS' }),
      aLine('A', 'CHARGES', 'II', 500_000, { account: '641', function: 'ACCOMPAGNEMENT' }),
      aLine('A', 'CHARGES', 'II', 80_000, { account: '641', function: 'PAIE_RH' }),
      aLine('A', 'CHARGES', 'III', 60_000, { account: '6811' }),
      aLine('A', 'CHARGES', 'III', 40_000, { account: '613', function: 'LOCAUX' }),
      aLine('A', 'PRODUITS', 'I', 750_000, { account: '7351' }),
      aLine('A', 'PRODUITS', 'III', 20_000, { account: '7811' }),
      aLine('A', 'PRODUITS', 'III', 5_000, { account: '775' }),
      aLine('B', 'CHARGES', 'I', 50_000, { function: 'ACHATS' }),
      aLine('B', 'CHARGES', 'II', 200_000, { function: 'ACCOMPAGNEMENT' }),
      aLine('B', 'PRODUITS', 'I', 260_000),
      aLine('A*', 'CHARGES', 'III', 10_000, { function: 'LOCAUX' }),
    ],
    staff: [
      aStaffGroup('A', 'PARAMEDICAL', 10, 450_000, { function: 'ACCOMPAGNEMENT', budgetedFte: 12, absenceDays: 200 }),
      aStaffGroup('A', 'ADMINISTRATION_GESTION', 2, 90_000, { function: 'PAIE_RH' }),
      aStaffGroup('B', 'PARAMEDICAL', 5, 200_000, { budgetedFte: 5, absenceDays: 100 }),
    ],
  };
}
