// Assumption entries of issue 6: thresholds the SWOT rules compare indicators with (section swotRules),
// and the cost per place of each establishment type of DOMAIN §2.4 (base, low, high).
import { establishmentType } from '../../domain/establishment-types';
import { costPerPlaceKey, SWOT_COST_TYPES, SWOT_THRESHOLD_DEFAULTS } from '../../domain/swot-rules';
import { scalar, type AssumptionEntry, type Overrides } from '../model-assumptions';

/**
 * The swotRules entries with their values (`overrides` by key, `<key>.low`, `<key>.high`).
 * @example swotRuleAssumptions({}).find((e) => e.key === 'swot.occupancyMin')?.value // 0.95
 */
export function swotRuleAssumptions(overrides: Overrides): AssumptionEntry[] {
  return [
    ...SWOT_THRESHOLD_DEFAULTS.map((d) => scalar(d.key, 'swotRules', d.unit, d.value, d.range, d.provenance, overrides)),
    ...SWOT_COST_TYPES.map((type) => {
      const e = establishmentType(type);
      const range = e.costPerPlaceEur!;
      return scalar(costPerPlaceKey(type), 'swotRules', 'eur', range.base, range, e.costProvenance ?? { kind: 'assumption' }, overrides);
    }),
  ];
}
