import type {
  AgreementCode, CooperationFormCode, EstablishmentTypeCode, FunctionCode,
  StaffCategoryCode, SupportFunctionCode,
} from './codes';

/** A source id of DOMAIN.md §8 (`S13`, `S18-b`…). */
export type SourceId = string;

/**
 * Where a figure or a fact comes from: read in sources, or proposed by us
 * (an assumption the UI flags as editable), or a plain convention.
 */
export type Provenance =
  | { readonly kind: 'sourced'; readonly sources: readonly SourceId[] }
  | { readonly kind: 'assumption'; readonly sources?: readonly SourceId[] }
  | { readonly kind: 'convention' };

/** A low–high range; `base` is its midpoint unless stated (DOMAIN §7 convention). */
export interface Range {
  readonly low: number;
  readonly base: number;
  readonly high: number;
}

export interface SupportFunction {
  readonly code: FunctionCode;
  /** Pooled in the default scenario (LOCAUX and ACCOMPAGNEMENT are not). */
  readonly poolable: boolean;
  /** Share of the function's baseline saved at run rate (fractions, 0.1 = 10 %). */
  readonly savingsRate: Range;
  readonly savingsProvenance: Provenance;
  /** True when no range was found in the sources: the rate is 0 % until the user sets one (DOMAIN §7). */
  readonly savingsRateToSet?: boolean;
}

export interface StaffCategory {
  readonly code: StaffCategoryCode;
  /** In the support subset that mutualisation can touch (DOMAIN §3.1). */
  readonly support: boolean;
  /** Only part of the category is support work (management; the laundry and cleaning part of ASH). */
  readonly supportPartOnly?: boolean;
}

export interface EstablishmentType {
  readonly code: EstablishmentTypeCode;
  /** Cost per place per year in euros, where DOMAIN §2.4 gives one. */
  readonly costPerPlaceEur: Range | null;
  readonly costProvenance: Provenance | null;
  /** Service at home rather than a residential establishment. */
  readonly isService: boolean;
  /** Cost per hour in euros, where DOMAIN §2.4 gives one instead of a cost per place (SAAD). */
  readonly costPerHourEur?: Range;
}

export interface CollectiveAgreement {
  readonly code: AgreementCode;
  readonly idcc: string | null;
  readonly provenance: Provenance;
}

/** The characteristics of DOMAIN §1.1; texts are i18n keys `form.<CODE>.<field>`. */
export interface CooperationForm {
  readonly code: CooperationFormCode;
  readonly legalPerson: 'yes' | 'no' | 'contract' | 'transfer' | 'dissolution' | 'n/a';
  readonly integrationLevel: { readonly min: number; readonly max: number } | null;
  readonly legalBasis: string;
  readonly provenance: Provenance;
}

/** One default assumption of the model: a value, its unit, its range and its source. */
export interface AssumptionDefault {
  readonly key: string;
  readonly value: number;
  /**
   * `count`: a whole number of things or of points (risk score thresholds, sites);
   * `factor` (issue 7): a multiplier of a scenario's own figures, 1 = as computed (shown as 100 %).
   */
  readonly unit: 'rate' | 'years' | 'year' | 'eur' | 'ratePerYear' | 'flag' | 'count' | 'factor';
  readonly range: Range | null;
  readonly provenance: Provenance;
}

/** Ramp-up of recurring savings by year after year 0 (fractions of the run rate). */
export interface RampUp {
  readonly byYear: readonly number[];
  readonly provenance: Provenance;
}

export type { AgreementCode, CooperationFormCode, EstablishmentTypeCode, FunctionCode, StaffCategoryCode, SupportFunctionCode };
