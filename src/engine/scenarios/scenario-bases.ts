import type { CooperationData } from '../../data/types';
import { carefulSum } from '../careful-sum';
import { rowsOfPartner } from '../comparison/rows-of-partner';
import { sameCode } from '../comparison/same-code';
import { harmonisationGap } from '../harmonisation-gap';
import { POOLED_FUNCTIONS } from '../model-assumptions';
import type { ScenarioBases } from './types';

/**
 * The scenario-independent figures every scenario draws on (the Bases sheet), by function
 * (POOLED_FUNCTIONS order) and partner (data.partners order):
 * base_{f,p} = Σ CHARGES lines of p tagged f; fte_{f,p}, pay_{f,p} = Σ FTE / loaded payroll of p's staff tagged f;
 * charges_p, staffPay_p = all CHARGES lines / loaded payroll of p;
 * gap_p = Σ_c fte_{c,p} × max(0, target_c − avg_{c,p}), target_c = highest average of ALL partners (DOMAIN §3.4);
 * frng_p = permanent capital − net fixed assets, bfr_p, bst_p (empty = 0); rent_s (empty = 0) and its partner.
 * Partner codes match as a SUMIFS criterion does: exactly, apart from case.
 * Source: docs/scenario-arithmetic.md "Bases".
 * @example scenarioBases(data).baselineEur[POOLED_FUNCTIONS.indexOf('ACHATS')][0] // ACHATS charges of the first partner
 */
export function scenarioBases(data: CooperationData): ScenarioBases {
  const partners = data.partners.map((p) => p.code);
  const charges = data.budgets.filter((l) => l.side === 'CHARGES');
  // A partner's rows are grouped once per array (rowsOfPartner), not found by scanning every row once
  // per partner: linear in the rows (issue 9). Same rows, same order, same sums.
  const byPartner = <T extends { readonly partner: string }>(rows: readonly T[], value: (row: T) => number) =>
    partners.map((p) => carefulSum(rowsOfPartner(rows, p).map(value)));
  const gap = harmonisationGap(data);

  return {
    partners,
    baselineEur: POOLED_FUNCTIONS.map((f) => byPartner(charges.filter((l) => l.function === f), (l) => l.amountEur)),
    fte: POOLED_FUNCTIONS.map((f) => byPartner(data.staff.filter((s) => s.function === f), (s) => s.fte)),
    payrollEur: POOLED_FUNCTIONS.map((f) => byPartner(data.staff.filter((s) => s.function === f), (s) => s.loadedPayrollEur)),
    chargesEur: byPartner(charges, (l) => l.amountEur),
    staffPayrollEur: byPartner(data.staff, (s) => s.loadedPayrollEur),
    harmonisationGapEur: partners.map((_, p) => carefulSum(gap.categories.map(
      (c) => c.fteByPartner[p] * Math.max(0, c.targetEur - c.averageByPartnerEur[p]),
    ))),
    frngEur: data.partners.map((p) => (p.permanentCapitalEur ?? 0) - (p.netFixedAssetsEur ?? 0)),
    workingCapitalNeedEur: data.partners.map((p) => p.workingCapitalNeedEur ?? 0),
    balanceSheetTotalEur: data.partners.map((p) => p.balanceSheetTotalEur ?? 0),
    siteRentEur: data.sites.map((s) => s.rentAndChargesEur ?? 0),
    sitePartnerIndex: data.sites.map((s) => partners.findIndex((p) => sameCode(s.partner, p))),
  };
}
