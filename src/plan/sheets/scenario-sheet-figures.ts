// The intermediate figures a scenario sheet shows that ScenarioOutcome does not carry
// (sums over the partners in, the saving keys, the helper rows), computed as the sheet
// computes them, with the engine's own helpers (docs/scenario-arithmetic.md). They are the expected
// values of those cells only; every headline comes from the outcome itself.
import { carefulSum } from '../../engine/careful-sum';
import { cumulativeSums } from '../../engine/cumulative-sums';
import { POOLED_FUNCTIONS } from '../../engine/model-assumptions';
import { includedSum, savingsKeys } from '../../engine/scenarios/scenario-keys';
import type { ScenarioBases, ScenarioOutcome } from '../../engine/scenarios/types';

export interface ScenarioSheetFigures {
  /** incl_p, by partner. */
  readonly included: readonly number[];
  readonly chargesInEur: number;
  readonly payrollInEur: number;
  /** By function (POOLED_FUNCTIONS order): FTE and payroll of the partners in. */
  readonly fteIn: readonly number[];
  readonly payrollInByFunctionEur: readonly number[];
  /** By function, then partner: savKey_{f,p}. */
  readonly savingsKeys: readonly (readonly number[])[];
  /** By partner: incl_p × gap_p; and its sum. */
  readonly gapInByPartnerEur: readonly number[];
  readonly gapInEur: number;
  /** By year: shareKept × (savings + site savings). */
  readonly savingsKeptByYearEur: readonly number[];
  /** By partner, then year: shareKept × (savings + site savings), cumulative net benefit. */
  readonly partnerSavingsKeptByYearEur: readonly (readonly number[])[];
  readonly partnerCumulativeByYearEur: readonly (readonly number[])[];
  /** By year: Σ_p NB_{p,t}. */
  readonly partnersNetBenefitByYearEur: readonly number[];
  /** By year: NB + grants + loans − repayments (the FRNG's yearly change). */
  readonly financingFlowByYearEur: readonly number[];
  /** By partner: incl_p × balance-sheet total; and its sum. */
  readonly balanceSheetInByPartnerEur: readonly number[];
  readonly balanceSheetInEur: number;
}

/**
 * The figures of one scenario's sheet besides its outcome.
 * @example scenarioSheetFigures(bases, outcome).chargesInEur // Σ_p incl_p × charges_p
 */
export function scenarioSheetFigures(bases: ScenarioBases, o: ScenarioOutcome): ScenarioSheetFigures {
  const included = o.partners.map((p) => p.included);
  const costKeys = o.partners.map((p) => p.costKey);
  const gapInByPartnerEur = bases.harmonisationGapEur.map((g, p) => included[p] * g);
  const balanceSheetInByPartnerEur = bases.balanceSheetTotalEur.map((b, p) => included[p] * b);
  const kept = (savings: readonly number[], sites: readonly number[]) => savings.map((s, t) => o.shareKept * (s + sites[t]));
  const f = o.financing;
  return {
    included,
    chargesInEur: includedSum(included, bases.chargesEur),
    payrollInEur: includedSum(included, bases.staffPayrollEur),
    fteIn: POOLED_FUNCTIONS.map((_, i) => includedSum(included, bases.fte[i])),
    payrollInByFunctionEur: POOLED_FUNCTIONS.map((_, i) => includedSum(included, bases.payrollEur[i])),
    savingsKeys: POOLED_FUNCTIONS.map((_, i) => savingsKeys(included, bases.baselineEur[i], costKeys)),
    gapInByPartnerEur,
    gapInEur: carefulSum(gapInByPartnerEur),
    savingsKeptByYearEur: kept(o.savingsByYearEur, o.siteSavingsByYearEur),
    partnerSavingsKeptByYearEur: o.partners.map((p) => kept(p.savingsByYearEur, p.siteSavingsByYearEur)),
    partnerCumulativeByYearEur: o.partners.map((p) => cumulativeSums(p.netBenefitByYearEur)),
    partnersNetBenefitByYearEur: o.yearIndexes.map((t) => carefulSum(o.partners.map((p) => p.netBenefitByYearEur[t]))),
    financingFlowByYearEur: o.netBenefitByYearEur.map((nb, t) => nb + f.grantsByYearEur[t] + f.loansByYearEur[t] - f.repaymentsByYearEur[t]),
    balanceSheetInByPartnerEur,
    balanceSheetInEur: carefulSum(balanceSheetInByPartnerEur),
  };
}
