import type { CooperationData } from '../../data/types';
import { SWOT_RULES, SWOT_RULE_IDS, type SwotRule, type SwotRuleId } from '../../domain/swot-rules';
import { TOWS_SUGGESTIONS } from '../../domain/swot-tows';
import { harmonisationGap } from '../harmonisation-gap';
import type { EntityIndicators, Indicators } from '../indicators/types';
import type { AssumptionEntry } from '../model-assumptions';
import { swotFacts } from './swot-facts';
import type { SwotFacts, SwotItem, SwotResult } from './types';

const valueOf = (entries: readonly AssumptionEntry[], key: string): number => {
  const v = entries.find((e) => e.key === key)?.value;
  if (v === null || v === undefined) throw new Error(`No value for assumption ${key}`);
  return v;
};

type Judged = Pick<SwotItem, 'value' | 'threshold' | 'applies'>;

const compare = (value: number | null, threshold: number | null, test: (v: number, t: number) => boolean): Judged => ({
  value, threshold, applies: value !== null && threshold !== null && test(value, threshold),
});

/** One entity rule for one partner or the group. */
function judgeEntity(rule: SwotRule, ind: EntityIndicators, facts: SwotFacts, entries: readonly AssumptionEntry[]): Judged {
  const t = rule.thresholdKey === null ? null : valueOf(entries, rule.thresholdKey);
  switch (rule.id) {
    case 'occupancyHigh': return compare(ind.occupancyRate.value, t, (v, x) => v >= x);
    case 'costPerPlaceLow': return compare(ind.costPerPlace.value, facts.lowThresholdEur, (v, x) => v < x);
    case 'costPerPlaceHigh': return compare(ind.costPerPlace.value, facts.highThresholdEur, (v, x) => v > x);
    case 'personnelShareHigh': return compare(ind.personnelShare.value, t, (v, x) => v > x);
    case 'buildingAgeHigh': return compare(ind.buildingAgeRatio.value, t, (v, x) => v >= x);
    case 'cafRateLow': return compare(ind.cafRate.value, t, (v, x) => v < x);
    case 'dependenceHigh': return compare(ind.dependenceRatio.value, t, (v, x) => v > x);
    default: throw new Error(`Rule ${rule.id} is not judged per entity`);
  }
}

/** One group rule. */
function judgeGroup(rule: SwotRule, partners: readonly SwotFacts[], group: SwotFacts): Judged {
  switch (rule.id) {
    // The partners together offer more service types than the best-furnished one alone.
    case 'complementaryTypes': {
      const best = partners.length === 0 ? 0 : Math.max(...partners.map((f) => f.typeCount));
      return { value: group.typeCount, threshold: best, applies: group.typeCount > best };
    }
    case 'sameDepartment': return { value: group.sharesDepartment, threshold: null, applies: group.sharesDepartment > 0 };
    case 'agreementsDiffer': return { value: group.firstAgreement, threshold: null, applies: group.firstAgreement > 1 };
    default: throw new Error(`Rule ${rule.id} is not judged for the group`);
  }
}

/**
 * Which SWOT rules fire, per partner and for the group: the expected values of the SWOT sheet.
 * Each entity rule compares an indicator of `indicators` with its threshold in `entries` (an
 * indicator "n/a" never fires); group rules read the partner data (types, départements, agreements).
 * Formula: see SWOT_RULES and judgeEntity; TOWS s fires ⇔ firing(s.internal) > 0 ∧ firing(s.external) > 0.
 * Source: DOMAIN §2.4, §4.1, §6.2 ("pre-fill from indicator gaps"), §7.
 * @example swotItems(data, computeIndicators(data), modelAssumptions(2024, {})).firing.occupancyHigh
 */
export function swotItems(data: CooperationData, indicators: Indicators, entries: readonly AssumptionEntry[]): SwotResult {
  const facts = swotFacts(data, entries);
  const items: SwotItem[] = [];
  for (const rule of SWOT_RULES) {
    const base = { rule: rule.id, quadrant: rule.quadrant };
    if (rule.scope === 'group') {
      items.push({ ...base, entity: null, ...judgeGroup(rule, facts.partners, facts.group) });
      continue;
    }
    indicators.partners.forEach((p, i) => items.push({ ...base, entity: p.partner, ...judgeEntity(rule, p.indicators, facts.partners[i], entries) }));
    items.push({ ...base, entity: null, ...judgeEntity(rule, indicators.consolidated, facts.group, entries) });
  }
  const firing = Object.fromEntries(SWOT_RULE_IDS.map((id) => [id, items.filter((x) => x.rule === id && x.applies).length])) as Record<SwotRuleId, number>;
  return {
    items,
    partnerFacts: facts.partners,
    groupFacts: facts.group,
    harmonisationCostEur: harmonisationGap(data).totalGapEur * valueOf(entries, 'harmonisation.shareOfGapClosed'),
    firing,
    tows: TOWS_SUGGESTIONS.map((s) => ({ id: s.id, applies: firing[s.internal] > 0 && firing[s.external] > 0 })),
  };
}
