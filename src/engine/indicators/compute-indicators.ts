import type { CooperationData } from '../../data/types';
import { carefulSum } from '../careful-sum';
import { INDICATOR_CATALOGUE } from './indicator-catalogue';
import { indicatorBases } from './indicator-bases';
import { indicatorValue } from './indicator-value';
import type { EntityIndicators, IndicatorKey, IndicatorNote, IndicatorParts, Indicators } from './types';

const byKey = (value: (key: IndicatorKey, i: number) => EntityIndicators[IndicatorKey]): EntityIndicators =>
  Object.fromEntries(INDICATOR_CATALOGUE.map((d, i) => [d.key, value(d.key, i)])) as unknown as EntityIndicators;

/**
 * Every indicator per partner and consolidated. The consolidated parts are the sums of the
 * partners' parts (adjustments are zero for now), so a consolidated ratio is
 * Σ numerators / Σ denominators, never an average of ratios. Each "n/a" yields a note.
 *
 * Formula: per indicator, value(Σₚ partsₚ). Source: DOMAIN §4.1; MODELLING.md "Ratios consolidate from their parts".
 * @example computeIndicators(data).consolidated.occupancyRate.value
 */
export function computeIndicators(data: CooperationData): Indicators {
  const partsByPartner = data.partners.map((p) => {
    const bases = indicatorBases(data, p.code);
    return INDICATOR_CATALOGUE.map((d) => d.parts(bases));
  });
  const partners = data.partners.map((p, pi) => ({
    partner: p.code,
    indicators: byKey((_key, i) => indicatorValue(INDICATOR_CATALOGUE[i].kind, partsByPartner[pi][i])),
  }));
  const consolidatedParts = (i: number): IndicatorParts => ({
    numerator: carefulSum(partsByPartner.map((parts) => parts[i].numerator)),
    denominator: carefulSum(partsByPartner.map((parts) => parts[i].denominator)),
    coverage: carefulSum(partsByPartner.map((parts) => parts[i].coverage)),
  });
  const consolidated = byKey((_key, i) => indicatorValue(INDICATOR_CATALOGUE[i].kind, consolidatedParts(i)));
  const notes: IndicatorNote[] = [];
  const noteNa = (partner: string | null, values: EntityIndicators) => {
    for (const d of INDICATOR_CATALOGUE) {
      const result = values[d.key];
      if (result.reason !== null) {
        notes.push({ code: 'INDICATOR_DATA_MISSING', severity: 'warning', indicator: d.key, partner, reason: result.reason, needs: d.needs });
      }
    }
  };
  partners.forEach((p) => noteNa(p.partner, p.indicators));
  noteNa(null, consolidated);
  return { partners, consolidated, notes };
}
