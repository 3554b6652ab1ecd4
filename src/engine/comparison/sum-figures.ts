import { FUNCTION_CODES, GROUPS, STAFF_CATEGORIES } from '../../domain/codes';
import { carefulSum } from '../careful-sum';
import { NOT_ALLOCATED, type ComparisonFigures, type StaffTotals } from './types';

const BUCKETS = [...FUNCTION_CODES, NOT_ALLOCATED] as const;

function mapKeys<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;
}

const staffSum = (parts: readonly StaffTotals[]): StaffTotals => ({
  fte: carefulSum(parts.map((p) => p.fte)),
  loadedPayrollEur: carefulSum(parts.map((p) => p.loadedPayrollEur)),
});

/**
 * Field-by-field sum of additive figures: how the consolidated column is built
 * (Σ partners + adjustments, MODELLING.md "Consolidation").
 *
 * Formula: for every additive figure f, Σᵢ fᵢ (careful sum). Source: MODELLING.md.
 * @example sumFigures([a, b, adjustments]).totalChargesEur // a + b + adjustments
 */
export function sumFigures(parts: readonly ComparisonFigures[]): ComparisonFigures {
  const sum = (get: (f: ComparisonFigures) => number) => carefulSum(parts.map(get));
  return {
    chargesByGroupEur: mapKeys(GROUPS, (g) => sum((f) => f.chargesByGroupEur[g])),
    produitsByGroupEur: mapKeys(GROUPS, (g) => sum((f) => f.produitsByGroupEur[g])),
    totalChargesEur: sum((f) => f.totalChargesEur),
    totalProduitsEur: sum((f) => f.totalProduitsEur),
    chargesByFunctionEur: mapKeys(BUCKETS, (b) => sum((f) => f.chargesByFunctionEur[b])),
    staffByCategory: mapKeys(STAFF_CATEGORIES, (c) => staffSum(parts.map((f) => f.staffByCategory[c]))),
    staffByFunction: mapKeys(BUCKETS, (b) => staffSum(parts.map((f) => f.staffByFunction[b]))),
    staffTotal: staffSum(parts.map((f) => f.staffTotal)),
    sites: sum((f) => f.sites),
    authorisedPlaces: sum((f) => f.authorisedPlaces),
    daysDelivered: sum((f) => f.daysDelivered),
    rentAndChargesEur: sum((f) => f.rentAndChargesEur),
    floorAreaM2: sum((f) => f.floorAreaM2),
  };
}

/** Figures that are all zero: the adjustments column until eliminations are modelled. */
export function zeroFigures(): ComparisonFigures {
  return sumFigures([]);
}
