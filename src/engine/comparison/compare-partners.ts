import { GROUPS, FUNCTION_CODES } from '../../domain/codes';
import type { CooperationData } from '../../data/types';
import { carefulSum } from '../careful-sum';
import { deriveComparison } from './derive-comparison';
import { allDataFigures, partnerFigures } from './partner-figures';
import { sumFigures, zeroFigures } from './sum-figures';
import { NOT_ALLOCATED, type Comparison, type ComparisonCheck, type ComparisonFigures } from './types';

/** Reconciliations agree to the cent: the sheet's checks use the same tolerance (`ABS(a-b)<1/100`). */
export const RECONCILIATION_TOLERANCE = 1 / 100;

const check = (key: ComparisonCheck['key'], expected: number, actual: number): ComparisonCheck => ({
  key, expected, actual, ok: Math.abs(expected - actual) < RECONCILIATION_TOLERANCE,
});

/**
 * The partner comparison: figures per partner, the adjustments (zero until
 * eliminations are modelled), and the consolidated column = Σ partners + adjustments,
 * with its reconciliations against the data read directly.
 *
 * Formula: consolidated f = Σₚ fₚ + adjustment f; result and costs per FTE derived
 * from the consolidated sums. Source: MODELLING.md "Consolidation"; issue 3.
 * @example comparePartners(data).consolidated.totalChargesEur
 */
export function comparePartners(data: CooperationData, adjustments: ComparisonFigures = zeroFigures()): Comparison {
  const partners = data.partners.map((p) => ({ partner: p.code, ...deriveComparison(partnerFigures(data, p.code)) }));
  const consolidated = deriveComparison(sumFigures([...partners, adjustments]));
  const direct = allDataFigures(data);
  const withAdjustments = (direct: number, adjustment: number) => direct + adjustment;
  const checks: ComparisonCheck[] = [
    check('totalChargesFromPartners', withAdjustments(direct.totalChargesEur, adjustments.totalChargesEur), consolidated.totalChargesEur),
    check('totalProduitsFromPartners', withAdjustments(direct.totalProduitsEur, adjustments.totalProduitsEur), consolidated.totalProduitsEur),
    check('chargesGroupsReconcile', consolidated.totalChargesEur, carefulSum(GROUPS.map((g) => consolidated.chargesByGroupEur[g]))),
    check('chargesFunctionsReconcile', consolidated.totalChargesEur,
      carefulSum([...FUNCTION_CODES, NOT_ALLOCATED].map((f) => consolidated.chargesByFunctionEur[f]))),
    check('staffFteReconcile', consolidated.staffTotal.fte,
      carefulSum([...FUNCTION_CODES, NOT_ALLOCATED].map((f) => consolidated.staffByFunction[f].fte))),
  ];
  return { partners, adjustments, consolidated, checks };
}
