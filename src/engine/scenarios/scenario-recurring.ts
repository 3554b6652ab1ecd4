// The recurring lines of a scenario besides the functions' savings: sites closed, new head office, harmonisation.
import { carefulSum } from '../careful-sum';
import type { ScenarioGlobals } from './scenario-globals';
import { includedSum, startedFlag } from './scenario-keys';
import type { ScenarioBases, ScenarioDefinition } from './types';

/**
 * Rent and charges saved by closing sites, by model year:
 * siteSav_t = Σ_s closed_s × rent_s × (t − delay ≥ 1) × inH_t, over every site, or over one partner's sites
 * when `partnerIndex` is given. A flagged site counts even if its partner is not in: the flag is the user's.
 * Source: docs/scenario-arithmetic.md "Sites" (LOCAUX lines are saved only this way, never by pooling).
 * @example a site of 30 000 € closed, no delay: [0, 30000, 30000, …]
 */
export function siteSavingsByYear(
  bases: ScenarioBases, definition: ScenarioDefinition, globals: ScenarioGlobals, partnerIndex?: number,
): number[] {
  // closed × rent once per site, and only for flagged sites: an unflagged one adds 0 to every year's
  // sum. It is asked for every partner of every scenario, and again by the sensitivity (issue 9).
  const closedRents: number[] = [];
  bases.siteRentEur.forEach((rent, s) => {
    const closed = definition.siteFlags[s] ?? 0;
    if (closed !== 0 && (partnerIndex === undefined || bases.sitePartnerIndex[s] === partnerIndex)) closedRents.push(closed * rent);
  });
  return globals.inHorizon.map((inH, t) => {
    const started = startedFlag(t, definition.delayYears);
    return carefulSum(closedRents.map((closedRent) => closedRent * started * inH));
  });
}

/** sitesClosed = Σ_s closed_s. */
export function sitesClosed(definition: ScenarioDefinition): number {
  return carefulSum(definition.siteFlags);
}

/**
 * New head-office costs (dis-synergy), by model year: newHeadOffice × (t − delay ≥ 1) × inH_t.
 * @example 50 000 € a year, delay 1: [0, 0, 50000, …]
 */
export function headOfficeByYear(definition: ScenarioDefinition, globals: ScenarioGlobals): number[] {
  return globals.inHorizon.map((inH, t) => definition.newHeadOfficeEurPerYear * startedFlag(t, definition.delayYears) * inH);
}

/**
 * Cost of harmonising collective agreements upward, by model year, for the partners in or for one partner:
 * harm_t = flag × gap × shareOfGapClosed × phasing_t × (1 + GVT)^t × inH_t, where gap = Σ_p incl_p gap_p
 * (scenario) or incl_p × gap_p (partner `partnerIndex`). No delay: the agreements fall with the operation.
 * Source: docs/scenario-arithmetic.md "Recurring costs"; DOMAIN §3.4, S34 (15-month survival).
 * @example gap 10 000 €, all closed, phasing [0, 0.25, 1], GVT 0: [0, 2500, 10000]
 */
export function harmonisationByYear(
  bases: ScenarioBases, definition: ScenarioDefinition, globals: ScenarioGlobals, partnerIndex?: number,
): number[] {
  const flags = definition.partnerFlags;
  const head = partnerIndex === undefined
    ? definition.harmonisation * includedSum(flags, bases.harmonisationGapEur)
    : definition.harmonisation * (flags[partnerIndex] ?? 0) * bases.harmonisationGapEur[partnerIndex];
  return globals.inHorizon.map((inH, t) => head * globals.shareOfGapClosed * (globals.harmonisationPhasing[t] ?? 0)
    * (1 + globals.gvtRatePerYear) ** t * inH);
}

/**
 * Net benefit by model year: NB_t = shareKept × (savings_t + site savings_t) − one-off_t − head office_t − harmonisation_t.
 * The share not kept goes back to the funders through lower tariffs (issue 5).
 * @example netBenefitByYear(0.8, [100], [50], [20], [0], [10]) // [0.8 × 150 − 20 − 0 − 10] = [90]
 */
export function netBenefitByYear(
  shareKept: number, savings: readonly number[], siteSavings: readonly number[], oneOff: readonly number[],
  headOffice: readonly number[], harmonisation: readonly number[],
): number[] {
  return savings.map((s, t) => shareKept * (s + siteSavings[t]) - oneOff[t] - headOffice[t] - harmonisation[t]);
}
