import type { CooperationData } from '../../data/types';
import { costPerPlaceKey, SWOT_COST_TYPES, SWOT_SERVICE_TYPES } from '../../domain/swot-rules';
import { carefulSum } from '../careful-sum';
import { sameCode } from '../comparison/same-code';
import { rowsOfPartner } from '../comparison/rows-of-partner';
import type { AssumptionEntry } from '../model-assumptions';
import type { SwotFacts } from './types';

const valueOf = (entries: readonly AssumptionEntry[], key: string): number => {
  const v = entries.find((e) => e.key === key)?.value;
  if (v === null || v === undefined) throw new Error(`No value for assumption ${key}`);
  return v;
};

/** A type's reference range: the entry's low and high cells, or its value when it has no range. */
function referenceRange(entries: readonly AssumptionEntry[], key: string): { low: number; high: number } {
  const e = entries.find((x) => x.key === key);
  if (!e || e.value === null) throw new Error(`No value for assumption ${key}`);
  return { low: e.low?.value ?? e.value, high: e.high?.value ?? e.value };
}

function withReferences(
  entries: readonly AssumptionEntry[], placesByCostType: readonly number[], totalPlaces: number,
  rest: Pick<SwotFacts, 'sitesByServiceType' | 'sharesDepartment' | 'firstAgreement'>,
): SwotFacts {
  const ranges = SWOT_COST_TYPES.map((t) => referenceRange(entries, costPerPlaceKey(t)));
  const tolerance = valueOf(entries, 'swot.costPerPlaceTolerance');
  const placesWithReference = carefulSum(placesByCostType);
  const weighted = (pick: (r: { low: number; high: number }) => number) => (placesWithReference === 0 ? null
    : carefulSum(placesByCostType.map((p, i) => p * pick(ranges[i]))) / placesWithReference);
  const referenceLowEur = weighted((r) => r.low);
  const referenceHighEur = weighted((r) => r.high);
  const covered = totalPlaces > 0 && placesWithReference === totalPlaces;
  return {
    placesByCostType, placesWithReference, totalPlaces, referenceLowEur, referenceHighEur,
    lowThresholdEur: covered && referenceLowEur !== null ? referenceLowEur * (1 - tolerance) : null,
    highThresholdEur: covered && referenceHighEur !== null ? referenceHighEur * (1 + tolerance) : null,
    typeCount: rest.sitesByServiceType.filter((n) => n > 0).length,
    ...rest,
  };
}

/**
 * The SWOT facts of each partner and of the group (see SwotFacts).
 * Formula: reference = Σ_t places_t × cost_t / Σ_t places_t over the types of DOMAIN §2.4; the
 * low (high) threshold = reference low × (1 − tolerance) (reference high × (1 + tolerance)), only when
 * every authorised place lies in such a type. Codes match exactly apart from case, like the sheet's `=`.
 * @example swotFacts(data, entries).partners[0].highThresholdEur // 41 189 × 1.2 for an EHPAD-only partner
 */
export function swotFacts(data: CooperationData, entries: readonly AssumptionEntry[]): { partners: SwotFacts[]; group: SwotFacts } {
  const filled = (s: string | null): s is string => s !== null && s !== '';
  const partners = data.partners.map((p, i) => {
    const sites = rowsOfPartner(data.sites, p.code);
    const placesByCostType = SWOT_COST_TYPES.map((t) => carefulSum(sites.filter((s) => s.type === t).map((s) => s.authorisedPlaces ?? 0)));
    const totalPlaces = carefulSum(sites.map((s) => s.authorisedPlaces ?? 0));
    const sitesByServiceType = SWOT_SERVICE_TYPES.map((t) => sites.filter((s) => s.type === t).length);
    const dept = p.department;
    const sharesDepartment = filled(dept) && data.partners.filter((q) => sameCode(q.department, dept)).length > 1 ? 1 : 0;
    const agreement = p.agreement;
    const firstAgreement = agreement !== null && data.partners.slice(0, i + 1).filter((q) => sameCode(q.agreement, agreement)).length === 1 ? 1 : 0;
    return withReferences(entries, placesByCostType, totalPlaces, { sitesByServiceType, sharesDepartment, firstAgreement });
  });
  const sum = (get: (f: SwotFacts) => number) => carefulSum(partners.map(get));
  const group = withReferences(
    entries,
    SWOT_COST_TYPES.map((_, i) => sum((f) => f.placesByCostType[i])),
    sum((f) => f.totalPlaces),
    {
      sitesByServiceType: SWOT_SERVICE_TYPES.map((_, i) => sum((f) => f.sitesByServiceType[i])),
      sharesDepartment: sum((f) => f.sharesDepartment),
      firstAgreement: sum((f) => f.firstAgreement),
    },
  );
  return { partners, group };
}
