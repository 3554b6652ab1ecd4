import type { GroupCode, TableName } from '../../domain/codes';

export const INDICATOR_KEYS = [
  'occupancyRate', 'activityRealisationRate',
  'expenseShareGroupI', 'expenseShareGroupII', 'expenseShareGroupIII', 'personnelShare',
  'costPerPlace', 'ftePerPlace', 'vacancyRate', 'absenteeismRate', 'buildingAgeRatio',
  'frng', 'frngDays', 'dependenceRatio', 'cafRate',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/**
 * How an indicator's value comes from its parts:
 * `fraction` = numerator / denominator; `days` = numerator × 365 / denominator;
 * `amount` = numerator, the denominator counting the entities that have the data.
 */
export type IndicatorKind = 'fraction' | 'days' | 'amount';

export type IndicatorUnit = 'rate' | 'eur' | 'days' | 'eurPerPlace' | 'ftePerPlace';

/** Why an indicator is "n/a": its data is absent, or present but its denominator is zero. */
export type NaReason = 'DATA_MISSING' | 'ZERO_DENOMINATOR';

/** A field of the partner tables an indicator needs (an optional column, most of the time). */
export interface NeededField {
  readonly table: TableName;
  readonly field: string;
}

/**
 * The additive parts of one indicator for one entity. `coverage` counts the records
 * (sites, staff groups, budget lines, partners) that carry the data; consolidated parts
 * are the sums of the partners' parts, never an average of their ratios.
 */
export interface IndicatorParts {
  readonly numerator: number;
  readonly denominator: number;
  readonly coverage: number;
}

export type IndicatorResult = IndicatorParts & (
  | { readonly value: number; readonly reason: null }
  | { readonly value: null; readonly reason: NaReason }
);

export type EntityIndicators = Readonly<Record<IndicatorKey, IndicatorResult>>;

/** An issue-like note for an indicator shown as "n/a" (`partner` null = the consolidated column). */
export interface IndicatorNote {
  readonly code: 'INDICATOR_DATA_MISSING';
  readonly severity: 'warning';
  readonly indicator: IndicatorKey;
  readonly partner: string | null;
  readonly reason: NaReason;
  readonly needs: readonly NeededField[];
}

export interface Indicators {
  readonly partners: readonly { readonly partner: string; readonly indicators: EntityIndicators }[];
  readonly consolidated: EntityIndicators;
  readonly notes: readonly IndicatorNote[];
}

/** A (numerator, denominator, coverage) sum over the records that have the data. */
export interface CoveredSum {
  readonly numerator: number;
  readonly denominator: number;
  readonly coverage: number;
}

/** One partner's figures from which every indicator's parts are taken. */
export interface IndicatorBases {
  readonly chargesByGroupEur: Readonly<Record<GroupCode, number>>;
  readonly totalChargesEur: number;
  readonly chargeLines: number;
  /** CHARGES lines on accounts 68 (depreciation, provisions) and 675 (book value of assets sold). */
  readonly nonCashChargesEur: number;
  readonly totalProduitsEur: number;
  readonly produitLines: number;
  /** PRODUITS lines on accounts 775, 777, 7781, 78, 709, 713 (left out of the CAF rate's base). */
  readonly cafExcludedProduitsEur: number;
  /** Σ authorised places over the sites that give them; `placesSites` counts those sites. */
  readonly authorisedPlaces: number;
  readonly placesSites: number;
  readonly fte: number;
  /** Days delivered / places × opening days, over sites having places and days delivered. */
  readonly occupancy: CoveredSum;
  /** Days delivered / days funded, over sites having both. */
  readonly realisation: CoveredSum;
  /** Over staff groups having budgeted FTE: numerator = Σ FTE, denominator = Σ budgeted FTE. */
  readonly vacancy: CoveredSum;
  /** Over staff groups having absence days: numerator = Σ absence days, denominator = Σ FTE. */
  readonly absenteeism: CoveredSum;
  /** Building depreciation / gross buildings, over sites having both. */
  readonly buildings: CoveredSum;
  readonly permanentCapitalEur: number | null;
  readonly netFixedAssetsEur: number | null;
  readonly financialDebtEur: number | null;
  readonly cafEur: number | null;
}
