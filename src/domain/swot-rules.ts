// The SWOT rules of issue 6: which indicator each compares with which threshold, and the
// thresholds' defaults with their source (DOMAIN §2.4, §4.1, §7). Texts live in src/i18n (swot.ts).
import type { EstablishmentTypeCode } from './codes';
import { ESTABLISHMENT_TYPE_CATALOGUE } from './establishment-types';
import type { Provenance, Range } from './types';

export const SWOT_QUADRANTS = ['S', 'W', 'O', 'T'] as const;
/** Strengths, weaknesses (internal); opportunities, threats (external). */
export type SwotQuadrant = (typeof SWOT_QUADRANTS)[number];

export const SWOT_RULE_IDS = [
  'occupancyHigh', 'costPerPlaceLow',
  'costPerPlaceHigh', 'personnelShareHigh', 'buildingAgeHigh',
  'complementaryTypes', 'sameDepartment',
  'cafRateLow', 'dependenceHigh', 'agreementsDiffer',
] as const;
export type SwotRuleId = (typeof SWOT_RULE_IDS)[number];

/**
 * One rule: its quadrant, whether it is judged per partner and for the group (`entity`) or
 * only for the group (`group`), and the assumption key of its threshold (null: no threshold).
 */
export interface SwotRule {
  readonly id: SwotRuleId;
  readonly quadrant: SwotQuadrant;
  readonly scope: 'entity' | 'group';
  readonly thresholdKey: string | null;
}

/** In quadrant order (S, W, O, T): the sheet lists each quadrant's rules as one block. */
export const SWOT_RULES: readonly SwotRule[] = [
  { id: 'occupancyHigh', quadrant: 'S', scope: 'entity', thresholdKey: 'swot.occupancyMin' },
  { id: 'costPerPlaceLow', quadrant: 'S', scope: 'entity', thresholdKey: 'swot.costPerPlaceTolerance' },
  { id: 'costPerPlaceHigh', quadrant: 'W', scope: 'entity', thresholdKey: 'swot.costPerPlaceTolerance' },
  { id: 'personnelShareHigh', quadrant: 'W', scope: 'entity', thresholdKey: 'swot.personnelShareMax' },
  // Old buildings mean an investment need: an internal fact, so a weakness rather than a threat.
  { id: 'buildingAgeHigh', quadrant: 'W', scope: 'entity', thresholdKey: 'swot.buildingAgeMax' },
  { id: 'complementaryTypes', quadrant: 'O', scope: 'group', thresholdKey: null },
  { id: 'sameDepartment', quadrant: 'O', scope: 'group', thresholdKey: null },
  // The CAF and dependence thresholds are the indicators' alerts (one input, one place).
  { id: 'cafRateLow', quadrant: 'T', scope: 'entity', thresholdKey: 'alert.cafRate' },
  { id: 'dependenceHigh', quadrant: 'T', scope: 'entity', thresholdKey: 'alert.dependenceRatio' },
  { id: 'agreementsDiffer', quadrant: 'T', scope: 'group', thresholdKey: null },
];

/** The catalogue entry of a rule. */
export function swotRule(id: SwotRuleId): SwotRule {
  const found = SWOT_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`Unknown SWOT rule ${id}`);
  return found;
}

/** A scalar threshold of section swotRules with its default and source. */
export interface SwotThresholdDefault {
  readonly key: string;
  readonly value: number;
  readonly unit: 'rate' | 'eur';
  readonly range: Range | null;
  readonly provenance: Provenance;
}

/**
 * The thresholds of the rules, beside the alerts they reuse (alert.cafRate 2 % [S18],
 * alert.dependenceRatio 50 % [S18, S19]).
 */
export const SWOT_THRESHOLD_DEFAULTS: readonly SwotThresholdDefault[] = [
  // The brief's 95 %; the KPMG EHPAD panel runs at 97 % [S26]: a full establishment is a strength.
  { key: 'swot.occupancyMin', value: 0.95, unit: 'rate', range: null, provenance: { kind: 'assumption', sources: ['S26'] } },
  // The top of the usual 65–85 % personnel share of DOMAIN §7 [S27, S29, S30].
  { key: 'swot.personnelShareMax', value: 0.85, unit: 'rate', range: null, provenance: { kind: 'sourced', sources: ['S27', 'S29', 'S30'] } },
  // Autonomous public establishments average ≈ 30 % on all assets [S52]; 50 % of buildings written off is old.
  { key: 'swot.buildingAgeMax', value: 0.5, unit: 'rate', range: null, provenance: { kind: 'assumption', sources: ['S52'] } },
  // "Far" from the orders of magnitude: more than 20 % beyond the type's range (the §2.4 figures span
  // 2012–2020 euros and tariff options, so a narrower band would flag noise).
  { key: 'swot.costPerPlaceTolerance', value: 0.2, unit: 'rate', range: null, provenance: { kind: 'assumption' } },
];

/** Establishment types with a cost per place in DOMAIN §2.4, in catalogue order. */
export const SWOT_COST_TYPES: readonly EstablishmentTypeCode[] = ESTABLISHMENT_TYPE_CATALOGUE
  .filter((e) => e.costPerPlaceEur !== null).map((e) => e.code);

/** Assumption key of a type's cost per place (value = base, low and high = its range). */
export const costPerPlaceKey = (type: EstablishmentTypeCode): string => `swot.costPerPlace.${type}`;

/** Types that count for complementarity: every service except the head office and "other". */
export const SWOT_SERVICE_TYPES: readonly EstablishmentTypeCode[] = ESTABLISHMENT_TYPE_CATALOGUE
  .map((e) => e.code).filter((c) => c !== 'SIEGE' && c !== 'AUTRE');
