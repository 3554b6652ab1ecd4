import { cumulativeSums } from '../cumulative-sums';
import type { ScenarioGlobals } from './scenario-globals';
import { includedSum } from './scenario-keys';
import type { FinancingOutcome, ScenarioBases, ScenarioDefinition } from './types';

/**
 * How the partners in fund the operation, year by year:
 * grants_t = grants × (t = 0); loans_t = loans × (t = 0);
 * repay_t = IF(loanYears > 0, loans / loanYears × (t ≥ 1) × (t ≤ loanYears), 0) × inH_t;
 * reserves used = one-off total − grants − loans;
 * FRNG_t = FRNG before + Σ_{τ≤t} flow_τ with flow_τ = NB_τ + grants_τ + loans_τ − repay_τ (a running SUM of the flow row);
 * cash_t = FRNG_t − BFR of the partners in (FRNG − BFR = net cash, DOMAIN §4).
 * Source: docs/scenario-arithmetic.md "Financing"; issue 5 §3.
 * @example loans 90 000 € over 3 years: repayments [0, 30000, 30000, 30000, 0, 0]
 */
export function scenarioFinancing(
  bases: ScenarioBases, definition: ScenarioDefinition, globals: ScenarioGlobals,
  netBenefit: readonly number[], oneOffTotalEur: number,
): FinancingOutcome {
  const { grantsEur, loansEur, loanYears } = definition;
  const grantsByYearEur = globals.inHorizon.map((_, t) => grantsEur * (t === 0 ? 1 : 0));
  const loansByYearEur = globals.inHorizon.map((_, t) => loansEur * (t === 0 ? 1 : 0));
  const repaymentsByYearEur = globals.inHorizon.map((inH, t) =>
    (loanYears > 0 ? (loansEur / loanYears) * (t >= 1 ? 1 : 0) * (t <= loanYears ? 1 : 0) : 0) * inH);
  const flows = netBenefit.map((nb, t) => nb + grantsByYearEur[t] + loansByYearEur[t] - repaymentsByYearEur[t]);
  const frngBeforeEur = includedSum(definition.partnerFlags, bases.frngEur);
  const frngByYearEur = cumulativeSums(flows).map((c) => frngBeforeEur + c);
  const workingCapitalNeedEur = includedSum(definition.partnerFlags, bases.workingCapitalNeedEur);
  return {
    grantsByYearEur, loansByYearEur, repaymentsByYearEur,
    reservesUsedEur: oneOffTotalEur - grantsEur - loansEur,
    frngBeforeEur, frngByYearEur, workingCapitalNeedEur,
    cashByYearEur: frngByYearEur.map((f) => f - workingCapitalNeedEur),
  };
}
