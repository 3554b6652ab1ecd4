import type { SourceId } from '../../domain/types';
import type {
  IndicatorBases, IndicatorKey, IndicatorKind, IndicatorParts, IndicatorUnit, NeededField,
} from './types';

/**
 * One indicator, declared as data: its texts (i18n keys under `sheet.indicators.`), unit,
 * how its value comes from its parts, its source (a DOMAIN §8 id, or `derived` for the
 * indicators DOMAIN §4.1 proposes), the optional fields it needs, and its parts for one partner.
 */
export interface IndicatorDefinition {
  readonly key: IndicatorKey;
  readonly labelKey: string;
  readonly formulaKey: string;
  readonly numeratorKey: string;
  readonly denominatorKey: string;
  readonly unit: IndicatorUnit;
  readonly kind: IndicatorKind;
  readonly source: SourceId | 'derived' | 'assumption';
  readonly needs: readonly NeededField[];
  readonly parts: (bases: IndicatorBases) => IndicatorParts;
}

const site = (field: string): NeededField => ({ table: 'Sites', field });
const staff = (field: string): NeededField => ({ table: 'Effectifs', field });
const partner = (field: string): NeededField => ({ table: 'Partenaires', field });

/** A share of total charges. */
const ofCharges = (numerator: (b: IndicatorBases) => number) => (b: IndicatorBases): IndicatorParts => ({
  numerator: numerator(b), denominator: b.totalChargesEur, coverage: b.chargeLines,
});

/** A figure per authorised place, over partners that give places (else their figure would weigh on nobody's places). */
const perPlace = (numerator: (b: IndicatorBases) => number) => (b: IndicatorBases): IndicatorParts => ({
  numerator: b.authorisedPlaces === 0 ? 0 : numerator(b), denominator: b.authorisedPlaces, coverage: b.placesSites,
});

const frngParts = (b: IndicatorBases) =>
  (b.permanentCapitalEur === null || b.netFixedAssetsEur === null ? null : b.permanentCapitalEur - b.netFixedAssetsEur);

const entry = (
  key: IndicatorKey, unit: IndicatorUnit, kind: IndicatorKind, source: IndicatorDefinition['source'],
  needs: readonly NeededField[], parts: IndicatorDefinition['parts'],
): IndicatorDefinition => ({
  key, unit, kind, source, needs, parts,
  labelKey: `sheet.indicators.${key}`,
  formulaKey: `sheet.indicators.${key}.formula`,
  numeratorKey: `sheet.indicators.${key}.numerator`,
  denominatorKey: `sheet.indicators.${key}.denominator`,
});

/** The indicators of DOMAIN §4.1 that the partner tables can feed, in the order the sheet shows them. */
export const INDICATOR_CATALOGUE: readonly IndicatorDefinition[] = [
  entry('occupancyRate', 'rate', 'fraction', 'S18', [site('authorisedPlaces'), site('daysDelivered')], (b) => b.occupancy),
  entry('activityRealisationRate', 'rate', 'fraction', 'S18', [site('daysDelivered'), site('daysFunded')], (b) => b.realisation),
  entry('expenseShareGroupI', 'rate', 'fraction', 'derived', [], ofCharges((b) => b.chargesByGroupEur.I)),
  entry('expenseShareGroupII', 'rate', 'fraction', 'derived', [], ofCharges((b) => b.chargesByGroupEur.II)),
  entry('expenseShareGroupIII', 'rate', 'fraction', 'derived', [], ofCharges((b) => b.chargesByGroupEur.III)),
  entry('personnelShare', 'rate', 'fraction', 'S18', [], ofCharges((b) => b.chargesByGroupEur.II)),
  entry('costPerPlace', 'eurPerPlace', 'fraction', 'derived', [site('authorisedPlaces')], perPlace((b) => b.totalChargesEur)),
  entry('ftePerPlace', 'ftePerPlace', 'fraction', 'derived', [site('authorisedPlaces')], perPlace((b) => b.fte)),
  entry('vacancyRate', 'rate', 'fraction', 'S18', [staff('budgetedFte')], (b) => ({
    numerator: b.vacancy.denominator - b.vacancy.numerator, denominator: b.vacancy.denominator, coverage: b.vacancy.coverage,
  })),
  entry('absenteeismRate', 'rate', 'fraction', 'S18', [staff('absenceDays')], (b) => ({
    numerator: b.absenteeism.numerator, denominator: b.absenteeism.denominator * 365, coverage: b.absenteeism.coverage,
  })),
  entry('buildingAgeRatio', 'rate', 'fraction', 'S18', [site('buildingDepreciationEur'), site('grossBuildingsEur')], (b) => b.buildings),
  entry('frng', 'eur', 'amount', 'S18', [partner('permanentCapitalEur'), partner('netFixedAssetsEur')], (b) => {
    const frng = frngParts(b);
    return { numerator: frng ?? 0, denominator: frng === null ? 0 : 1, coverage: frng === null ? 0 : 1 };
  }),
  entry('frngDays', 'days', 'days', 'derived', [partner('permanentCapitalEur'), partner('netFixedAssetsEur')], (b) => {
    const frng = frngParts(b);
    return frng === null
      ? { numerator: 0, denominator: 0, coverage: 0 }
      : { numerator: frng, denominator: b.totalChargesEur - b.nonCashChargesEur, coverage: 1 };
  }),
  entry('dependenceRatio', 'rate', 'fraction', 'S18', [partner('financialDebtEur'), partner('permanentCapitalEur')], (b) =>
    (b.financialDebtEur === null || b.permanentCapitalEur === null
      ? { numerator: 0, denominator: 0, coverage: 0 }
      : { numerator: b.financialDebtEur, denominator: b.permanentCapitalEur, coverage: 1 })),
  entry('cafRate', 'rate', 'fraction', 'S18', [partner('cafEur')], (b) =>
    (b.cafEur === null
      ? { numerator: 0, denominator: 0, coverage: 0 }
      : { numerator: b.cafEur, denominator: b.totalProduitsEur - b.cafExcludedProduitsEur, coverage: 1 })),
];

/** The catalogue entry of an indicator. */
export function indicatorDefinition(key: IndicatorKey): IndicatorDefinition {
  const found = INDICATOR_CATALOGUE.find((d) => d.key === key);
  if (!found) throw new Error(`Unknown indicator ${key}`);
  return found;
}
