import { carefulSum } from '../careful-sum';
import { notComputed } from '../computed';
import { netPresentValue } from '../net-present-value';
import { paybackPeriod } from '../payback-period';
import type { ScenarioGlobals } from './scenario-globals';
import { costKeys, savingsKeys } from './scenario-keys';
import { harmonisationByYear, netBenefitByYear, siteSavingsByYear } from './scenario-recurring';
import type { FunctionOutcome, PartnerOutcome, ScenarioBases, ScenarioDefinition } from './types';

/** The scenario-level rows a partner's share is taken from. */
export interface ScenarioRows {
  readonly functions: readonly FunctionOutcome[];
  readonly oneOffByYearEur: readonly number[];
  readonly headOfficeByYearEur: readonly number[];
}

/**
 * What each partner (data.partners order, all listed) gains from one scenario:
 * savings_{p,t} = Σ_f sav_{f,t} × savKey_{f,p}; site savings of its own sites;
 * one-off_{p,t} and head office_{p,t} = costKey_p × the scenario's; harm_{p,t} from its own gap;
 * NB_{p,t} = shareKept × (savings + site savings) − one-off − head office − harmonisation.
 * NPV and payback from its NB row (a partner not in gets zero rows: NPV 0, payback 0), except that
 * nothing is computed when no partner is in (NO_PARTNERS). Σ_p NB_{p,t} = NB_t whenever chargesIn > 0.
 * Source: docs/scenario-arithmetic.md "Per partner"; issue 5 §2.
 * @example two partners of equal charges and baselines in: each gets half of every line
 */
export function partnerOutcomes(
  bases: ScenarioBases, definition: ScenarioDefinition, globals: ScenarioGlobals, rows: ScenarioRows,
): PartnerOutcome[] {
  const flags = definition.partnerFlags;
  const keys = costKeys(flags, bases.chargesEur);
  const savKeys = rows.functions.map((_, f) => savingsKeys(flags, bases.baselineEur[f] ?? [], keys));
  const anyIn = carefulSum(flags) > 0;
  return bases.partners.map((partner, p): PartnerOutcome => {
    const savingsByYearEur = globals.inHorizon.map((_, t) => carefulSum(rows.functions.map((f, i) => f.byYearEur[t] * savKeys[i][p])));
    const siteSavingsByYearEur = siteSavingsByYear(bases, definition, globals, p);
    const oneOffByYearEur = rows.oneOffByYearEur.map((v) => keys[p] * v);
    const headOfficeByYearEur = rows.headOfficeByYearEur.map((v) => keys[p] * v);
    const harmonisationByYearEur = harmonisationByYear(bases, definition, globals, p);
    const nb = netBenefitByYear(definition.shareKept, savingsByYearEur, siteSavingsByYearEur, oneOffByYearEur, headOfficeByYearEur, harmonisationByYearEur);
    return {
      partner, included: flags[p] ?? 0, costKey: keys[p],
      savingsByYearEur, siteSavingsByYearEur, oneOffByYearEur, headOfficeByYearEur, harmonisationByYearEur,
      netBenefitByYearEur: nb,
      netBenefitTotalEur: carefulSum(nb),
      npvEur: anyIn ? netPresentValue(nb, globals.discountRate) : notComputed('NO_PARTNERS'),
      paybackYears: anyIn ? paybackPeriod(nb) : notComputed<number>('NO_PARTNERS'),
    };
  });
}
