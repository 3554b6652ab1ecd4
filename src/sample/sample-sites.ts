// The nine sites of the sample: what the Sites table shows and the targets the budget is built from.
import type { EstablishmentTypeCode, TenureCode } from '../domain/codes';

export interface SampleSite {
  readonly partner: string;
  readonly code: string;
  readonly name: string;
  readonly type: EstablishmentTypeCode;
  readonly town: string;
  readonly department: string;
  /** Null for the head office, which has no places. */
  readonly places: number | null;
  readonly openingDays: number | null;
  /** Days delivered / (places × opening days), 85–99 %. */
  readonly occupancy: number;
  /** Days funded / (places × opening days). */
  readonly fundedRate: number;
  readonly floorAreaM2: number;
  readonly tenure: TenureCode;
  readonly rentAndChargesEur: number;
  readonly grossBuildingsEur: number;
  readonly buildingDepreciationEur: number;
  /**
   * Total charges per place aimed at (DOMAIN §2.4); for the head office, its total charges
   * come from the frais de siège its establishments pay.
   */
  readonly costPerPlaceEur: number | null;
  /** Group II / total charges aimed at (DOMAIN §2.4: about 70 %, more for services). */
  readonly personnelShare: number;
}

export const SAMPLE_SITES: readonly SampleSite[] = [
  {
    partner: 'TILLEULS', code: 'TIL-EHPAD', name: 'EHPAD Les Tilleuls', type: 'EHPAD', town: 'Saumur', department: 'Maine-et-Loire',
    places: 80, openingDays: 365, occupancy: 0.965, fundedRate: 0.97, floorAreaM2: 4_400, tenure: 'PROPRIETE',
    rentAndChargesEur: 0, grossBuildingsEur: 7_200_000, buildingDepreciationEur: 3_100_000,
    costPerPlaceEur: 38_200, personnelShare: 0.64,
  },
  {
    partner: 'TILLEULS', code: 'TIL-SSIAD', name: 'SSIAD du Saumurois', type: 'SSIAD', town: 'Saumur', department: 'Maine-et-Loire',
    places: 45, openingDays: 365, occupancy: 0.93, fundedRate: 0.95, floorAreaM2: 260, tenure: 'LOCATION',
    rentAndChargesEur: 26_400, grossBuildingsEur: 85_000, buildingDepreciationEur: 51_000,
    costPerPlaceEur: 12_900, personnelShare: 0.82,
  },
  {
    partner: 'TILLEULS', code: 'TIL-AJ', name: 'Accueil de jour Alzheimer', type: 'AUTRE', town: 'Doué-en-Anjou', department: 'Maine-et-Loire',
    places: 10, openingDays: 250, occupancy: 0.86, fundedRate: 0.9, floorAreaM2: 310, tenure: 'MISE_A_DISPOSITION',
    rentAndChargesEur: 0, grossBuildingsEur: 0, buildingDepreciationEur: 0,
    costPerPlaceEur: 15_500, personnelShare: 0.72,
  },
  {
    partner: 'HORIZONS', code: 'HOR-IME', name: 'IME Les Horizons', type: 'IME', town: 'Angers', department: 'Maine-et-Loire',
    places: 60, openingDays: 210, occupancy: 0.94, fundedRate: 0.95, floorAreaM2: 3_200, tenure: 'PROPRIETE',
    rentAndChargesEur: 0, grossBuildingsEur: 4_500_000, buildingDepreciationEur: 3_300_000,
    costPerPlaceEur: 40_100, personnelShare: 0.72,
  },
  {
    partner: 'HORIZONS', code: 'HOR-SESSAD', name: 'SESSAD Horizons', type: 'SESSAD', town: 'Angers', department: 'Maine-et-Loire',
    places: 40, openingDays: 210, occupancy: 0.91, fundedRate: 0.92, floorAreaM2: 420, tenure: 'LOCATION',
    rentAndChargesEur: 38_500, grossBuildingsEur: 140_000, buildingDepreciationEur: 62_000,
    costPerPlaceEur: 17_900, personnelShare: 0.8,
  },
  {
    partner: 'HORIZONS', code: 'HOR-ESAT', name: "ESAT L'Atelier", type: 'ESAT', town: 'Trélazé', department: 'Maine-et-Loire',
    places: 70, openingDays: 225, occupancy: 0.97, fundedRate: 0.97, floorAreaM2: 2_800, tenure: 'PROPRIETE',
    rentAndChargesEur: 0, grossBuildingsEur: 3_000_000, buildingDepreciationEur: 1_600_000,
    costPerPlaceEur: 12_650, personnelShare: 0.71,
  },
  {
    partner: 'HORIZONS', code: 'HOR-SIEGE', name: 'Siège Horizons', type: 'SIEGE', town: 'Angers', department: 'Maine-et-Loire',
    places: null, openingDays: 252, occupancy: 0, fundedRate: 0, floorAreaM2: 220, tenure: 'LOCATION',
    rentAndChargesEur: 30_000, grossBuildingsEur: 95_000, buildingDepreciationEur: 40_000,
    costPerPlaceEur: null, personnelShare: 0.68,
  },
  {
    partner: 'PASSERELLE', code: 'PAS-FV', name: 'Foyer de vie Le Phare', type: 'FOYER_VIE', town: 'Laval', department: 'Mayenne',
    places: 35, openingDays: 365, occupancy: 0.95, fundedRate: 0.96, floorAreaM2: 2_100, tenure: 'PROPRIETE',
    rentAndChargesEur: 0, grossBuildingsEur: 3_600_000, buildingDepreciationEur: 1_200_000,
    costPerPlaceEur: 46_500, personnelShare: 0.7,
  },
  {
    partner: 'PASSERELLE', code: 'PAS-SAVS', name: 'SAVS La Passerelle', type: 'SAVS', town: 'Château-Gontier-sur-Mayenne', department: 'Mayenne',
    places: 30, openingDays: 250, occupancy: 0.89, fundedRate: 0.9, floorAreaM2: 180, tenure: 'LOCATION',
    rentAndChargesEur: 18_000, grossBuildingsEur: 30_000, buildingDepreciationEur: 21_000,
    costPerPlaceEur: 7_200, personnelShare: 0.8,
  },
];

/** Share of its charges each establishment of a partner with a head office pays as frais de siège (6556). */
export const HEAD_OFFICE_RATE = 0.06;
