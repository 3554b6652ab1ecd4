// Variants of the sample's validated data, for models the recalculation
// harness must also get right: one partner alone, a partner without sites or
// staff, negative amounts.
import type { BudgetLine, CooperationData } from '../../src/data/types';

/** The first partner alone, with its own sites, lines and staff. */
export function onePartnerOnly(data: CooperationData): CooperationData {
  const code = data.partners[0].code;
  return {
    partners: data.partners.filter((p) => p.code === code),
    sites: data.sites.filter((s) => s.partner === code),
    budgets: data.budgets.filter((b) => b.partner === code),
    staff: data.staff.filter((s) => s.partner === code),
  };
}

/** The last partner loses its sites and staff; its budget lines no longer name a site. */
export function partnerWithoutSitesOrStaff(data: CooperationData): CooperationData {
  const code = data.partners[data.partners.length - 1].code;
  return {
    partners: data.partners,
    sites: data.sites.filter((s) => s.partner !== code),
    budgets: data.budgets.map((b) => (b.partner === code ? { ...b, site: null } : b)),
    staff: data.staff.filter((s) => s.partner !== code),
  };
}

/**
 * Every fifth budget line of the first partner turned negative (a credit note,
 * a reversal): a warning in the data, still a model to compute.
 */
export function negativeAmounts(data: CooperationData): CooperationData {
  const code = data.partners[0].code;
  let n = 0;
  const budgets = data.budgets.map((b): BudgetLine => {
    if (b.partner !== code) return b;
    n += 1;
    return n % 5 === 1 ? { ...b, amountEur: -Math.abs(b.amountEur) } : b;
  });
  return { ...data, budgets };
}
