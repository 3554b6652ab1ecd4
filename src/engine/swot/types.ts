import type { SwotQuadrant, SwotRuleId } from '../../domain/swot-rules';

/** One rule judged for one entity: a partner (its code) or the group (null). */
export interface SwotItem {
  readonly rule: SwotRuleId;
  readonly quadrant: SwotQuadrant;
  readonly entity: string | null;
  /** The indicator or count the rule reads; null = "n/a" (the rule cannot fire). */
  readonly value: number | null;
  /** What it is compared with; null when the rule has none or it is "n/a". */
  readonly threshold: number | null;
  readonly applies: boolean;
}

/**
 * The figures behind the rules that are not indicators, for one partner or the group:
 * places by type with a reference cost, the weighted reference range, the sites by service
 * type, and the 0/1 flags that the group sums (shares a département; first with its agreement).
 */
export interface SwotFacts {
  readonly placesByCostType: readonly number[];
  readonly placesWithReference: number;
  readonly totalPlaces: number;
  /** Σ places × low (high) of each type / places with a reference; null without such places. */
  readonly referenceLowEur: number | null;
  readonly referenceHighEur: number | null;
  /** Reference range widened by the tolerance; null unless every place has a reference type. */
  readonly lowThresholdEur: number | null;
  readonly highThresholdEur: number | null;
  readonly sitesByServiceType: readonly number[];
  /** Service types held (sites > 0). */
  readonly typeCount: number;
  /** Partner: 1 when it shares its département with another partner; group: how many do. */
  readonly sharesDepartment: number;
  /** Partner: 1 when it is the first partner with its agreement; group: distinct agreements. */
  readonly firstAgreement: number;
}

export interface SwotResult {
  /** Rules in SWOT_RULES order; entity rules give each partner (data order), then the group. */
  readonly items: readonly SwotItem[];
  readonly partnerFacts: readonly SwotFacts[];
  readonly groupFacts: SwotFacts;
  /** Yearly harmonisation cost: Σ category gaps × share of the gap closed (Bases × Hypothèses). */
  readonly harmonisationCostEur: number;
  /** How many entities each rule fires for. */
  readonly firing: Readonly<Record<SwotRuleId, number>>;
  /** Each TOWS suggestion: shown when its internal and its external rule both fire somewhere. */
  readonly tows: readonly { readonly id: string; readonly applies: boolean }[];
}

/** What a user typed into the SWOT sheet's own areas, by quadrant, in row order. */
export type SwotUserItems = Readonly<Record<SwotQuadrant, readonly string[]>>;
