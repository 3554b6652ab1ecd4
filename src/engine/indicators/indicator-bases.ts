import { GROUPS, type GroupCode } from '../../domain/codes';
import type { CooperationData } from '../../data/types';
import { carefulSum } from '../careful-sum';
import { sameCode } from '../comparison/same-code';
import { rowsOfPartner } from '../comparison/rows-of-partner';
import { CAF_RATE_EXCLUDED_PRODUIT_PREFIXES, hasAccountPrefix, NON_CASH_CHARGE_PREFIXES } from './account-prefix';
import { coveredSum } from './covered-sum';
import type { IndicatorBases } from './types';

/**
 * One partner's figures that the indicators are built from: budget totals, places,
 * FTE, the covered sums of the site and staff ratios, and its balance-sheet fields.
 *
 * Formula: sums over the partner's records (matched exact apart from case). Source: DOMAIN §4.1 [S18].
 * @example indicatorBases(data, 'A').occupancy // { numerator: Σ days, denominator: Σ places × opening days, coverage }
 */
export function indicatorBases(data: CooperationData, partner: string): IndicatorBases {
  const budgets = rowsOfPartner(data.budgets, partner);
  const sites = rowsOfPartner(data.sites, partner);
  const staff = rowsOfPartner(data.staff, partner);
  const charges = budgets.filter((b) => b.side === 'CHARGES');
  const produits = budgets.filter((b) => b.side === 'PRODUITS');
  const sum = (lines: typeof budgets) => carefulSum(lines.map((l) => l.amountEur));
  const row = data.partners.find((p) => sameCode(p.code, partner)) ?? null;
  const withPlaces = sites.filter((s) => s.authorisedPlaces !== null);
  return {
    chargesByGroupEur: Object.fromEntries(GROUPS.map((g) => [g, sum(charges.filter((l) => l.group === g))])) as Record<GroupCode, number>,
    totalChargesEur: sum(charges),
    chargeLines: charges.length,
    nonCashChargesEur: sum(charges.filter((l) => hasAccountPrefix(l.account, NON_CASH_CHARGE_PREFIXES))),
    totalProduitsEur: sum(produits),
    produitLines: produits.length,
    cafExcludedProduitsEur: sum(produits.filter((l) => hasAccountPrefix(l.account, CAF_RATE_EXCLUDED_PRODUIT_PREFIXES))),
    authorisedPlaces: carefulSum(withPlaces.map((s) => s.authorisedPlaces as number)),
    placesSites: withPlaces.length,
    fte: carefulSum(staff.map((g) => g.fte)),
    occupancy: coveredSum(sites, (s) => s.daysDelivered,
      (s) => (s.authorisedPlaces === null ? null : s.authorisedPlaces * s.openingDays)),
    realisation: coveredSum(sites, (s) => s.daysDelivered, (s) => s.daysFunded),
    vacancy: coveredSum(staff, (g) => (g.budgetedFte === null ? null : g.fte), (g) => g.budgetedFte),
    absenteeism: coveredSum(staff, (g) => g.absenceDays, (g) => (g.absenceDays === null ? null : g.fte)),
    buildings: coveredSum(sites, (s) => s.buildingDepreciationEur, (s) => s.grossBuildingsEur),
    permanentCapitalEur: row?.permanentCapitalEur ?? null,
    netFixedAssetsEur: row?.netFixedAssetsEur ?? null,
    financialDebtEur: row?.financialDebtEur ?? null,
    cafEur: row?.cafEur ?? null,
  };
}
