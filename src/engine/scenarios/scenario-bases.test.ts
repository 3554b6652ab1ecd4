import { aLine, aPartner, aSite, aStaffGroup } from '../comparison/data-builders.test-support';
import { POOLED_FUNCTIONS } from '../model-assumptions';
import { scenarioBases } from './scenario-bases';

describe('scenarioBases', () => {
  const data = {
    partners: [aPartner('A', { permanentCapitalEur: 500_000, netFixedAssetsEur: 300_000, balanceSheetTotalEur: 1_000_000 }), aPartner('B')],
    sites: [aSite('a', 'SA', { rentAndChargesEur: 24_000 }), aSite('B', 'SB'), aSite('Z', 'SZ', { rentAndChargesEur: 5_000 })],
    budgets: [
      aLine('A', 'CHARGES', 'I', 100_000, { function: 'ACHATS' }),
      aLine('a', 'CHARGES', 'I', 20_000, { function: 'ACHATS' }),
      aLine('A', 'PRODUITS', 'I', 70_000, { function: 'ACHATS' }),
      aLine('A', 'CHARGES', 'III', 40_000, { function: 'LOCAUX' }),
      aLine('B', 'CHARGES', 'II', 30_000),
    ],
    staff: [
      aStaffGroup('A', 'ADMINISTRATION_GESTION', 2, 100_000, { function: 'PAIE_RH' }),
      aStaffGroup('B', 'ADMINISTRATION_GESTION', 1, 40_000, { function: 'PAIE_RH' }),
      aStaffGroup('B', 'ASH', 3, 90_000),
    ],
  };
  const bases = scenarioBases(data);
  const f = (code: string) => POOLED_FUNCTIONS.indexOf(code as never);

  it('sums the CHARGES lines of each function by partner, codes matched apart from case, LOCAUX never a function row', () => {
    expect(bases.baselineEur[f('ACHATS')]).toEqual([120_000, 0]);
    expect(bases.baselineEur).toHaveLength(14);
    expect(bases.chargesEur).toEqual([160_000, 30_000]);
  });

  it('sums FTE and payroll of the staff tagged with each function, and all payroll by partner', () => {
    expect(bases.fte[f('PAIE_RH')]).toEqual([2, 1]);
    expect(bases.payrollEur[f('PAIE_RH')]).toEqual([100_000, 40_000]);
    expect(bases.staffPayrollEur).toEqual([100_000, 130_000]);
  });

  it('gives each partner its gap to the best-paying partner of each category (B: 1 FTE × 10 000 €)', () => {
    expect(bases.harmonisationGapEur).toEqual([0, 10_000]);
  });

  it('reads empty balance-sheet cells and rents as 0, and a site of an unknown partner as −1', () => {
    expect(bases.frngEur).toEqual([200_000, 0]);
    expect(bases.workingCapitalNeedEur).toEqual([0, 0]);
    expect(bases.balanceSheetTotalEur).toEqual([1_000_000, 0]);
    expect(bases.siteRentEur).toEqual([24_000, 0, 5_000]);
    expect(bases.sitePartnerIndex).toEqual([0, 1, -1]);
  });
});
