// The three fictional associations of the sample, with their balance-sheet figures.
// Names and figures are invented; their shape follows DOMAIN §2 and the ANAP ratios.
import type { AgreementCode, StaffCategoryCode } from '../domain/codes';

export const SAMPLE_YEAR = 2025;

export interface SamplePartner {
  readonly code: string;
  readonly name: string;
  readonly legalStatus: string;
  readonly agreement: AgreementCode;
  readonly department: string;
  readonly permanentCapitalEur: number;
  readonly netFixedAssetsEur: number;
  readonly financialDebtEur: number;
  readonly workingCapitalNeedEur: number;
  readonly cafEur: number;
  readonly balanceSheetTotalEur: number;
  /** Average loaded payroll per FTE and per staff category: the partners differ, so harmonisation costs something. */
  readonly costPerFteEur: Readonly<Partial<Record<StaffCategoryCode, number>>>;
}

export const SAMPLE_PARTNERS: readonly SamplePartner[] = [
  {
    code: 'TILLEULS',
    name: 'Association Les Tilleuls',
    legalStatus: 'Association loi 1901',
    agreement: 'CCN51',
    department: 'Maine-et-Loire',
    // FRNG 0.8 M€; dependence 2.3 / 5.2 ≈ 44 %.
    permanentCapitalEur: 5_200_000,
    netFixedAssetsEur: 4_400_000,
    financialDebtEur: 2_300_000,
    workingCapitalNeedEur: 250_000,
    cafEur: 160_000,
    balanceSheetTotalEur: 6_400_000,
    costPerFteEur: {
      DIRECTION_ENCADREMENT: 78_000, ADMINISTRATION_GESTION: 44_000, SERVICES_GENERAUX: 39_000, RESTAURATION: 38_000,
      SOCIO_EDUCATIF: 41_000, PARAMEDICAL: 45_500, PSYCHOLOGUE: 58_000, ASH: 36_000, MEDICAL: 125_000,
    },
  },
  {
    code: 'HORIZONS',
    name: 'Association Horizons',
    legalStatus: 'Association loi 1901',
    agreement: 'CCN66',
    department: 'Maine-et-Loire',
    // FRNG 1.3 M€; dependence 1.1 / 4.6 ≈ 24 %.
    permanentCapitalEur: 4_600_000,
    netFixedAssetsEur: 3_300_000,
    financialDebtEur: 1_100_000,
    workingCapitalNeedEur: 420_000,
    cafEur: 190_000,
    balanceSheetTotalEur: 5_900_000,
    costPerFteEur: {
      DIRECTION_ENCADREMENT: 82_000, ADMINISTRATION_GESTION: 46_500, SERVICES_GENERAUX: 40_500, RESTAURATION: 39_000,
      SOCIO_EDUCATIF: 45_500, PARAMEDICAL: 47_000, PSYCHOLOGUE: 60_000, ASH: 37_500, MEDICAL: 120_000,
    },
  },
  {
    code: 'PASSERELLE',
    name: 'La Passerelle',
    legalStatus: 'Association loi 1901',
    agreement: 'CCN66',
    department: 'Mayenne',
    // A fragile partner: FRNG only 50 k€, dependence 1.45 / 2.6 ≈ 56 % (above the 50 % alert),
    // CAF about 1.6 % of income (below the 2 % alert).
    permanentCapitalEur: 2_600_000,
    netFixedAssetsEur: 2_550_000,
    financialDebtEur: 1_450_000,
    workingCapitalNeedEur: 120_000,
    cafEur: 30_000,
    balanceSheetTotalEur: 2_900_000,
    costPerFteEur: {
      DIRECTION_ENCADREMENT: 74_000, ADMINISTRATION_GESTION: 43_000, SERVICES_GENERAUX: 38_000, RESTAURATION: 37_500,
      SOCIO_EDUCATIF: 43_000, PARAMEDICAL: 44_000, PSYCHOLOGUE: 57_000, ASH: 35_000, MEDICAL: 118_000,
    },
  },
];
