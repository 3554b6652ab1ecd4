// The budget lines and staff groups of one synthetic site, built with the sample's own parts
// (site-budget-lines.ts): structure charges from the site's facts first, staff sized on what
// room they leave, the rest spread over the accounts of its profile, income = charges ± a small margin.
import type { SampleRecord } from './build-sample-records';
import type { SamplePartner } from './sample-partners';
import { HEAD_OFFICE_RATE, type SampleSite } from './sample-sites';
import {
  chargesAndIncome, payrollLines, round0, SICK_PAY_REFUND_RATE, spreadRest, supplierDiscount, type Line,
} from './site-budget-lines';

export { associationLines } from './site-budget-lines';

/** Three sites in nine carry a sick-pay refund (6419) and two in nine a supplier discount (609), as in the sample. */
const SICK_PAY_REFUND_ODDS = 3 / 9;
const SUPPLIER_DISCOUNT_ODDS = 2 / 9;
/** Room kept for the other charges of groups I and III (purchases, upkeep, insurance…), as a share of the site's charges. */
const MIN_OTHER_SHARE = 0.08;

export interface SiteLines {
  readonly budgets: SampleRecord[];
  readonly staff: SampleRecord[];
}

/** Charges aimed at: places × cost per place; for a head office, the frais de siège its partner's establishments pay. */
export function siteTarget(site: SampleSite, partnerSites: readonly SampleSite[]): number {
  if (site.type === 'SIEGE') {
    return partnerSites.filter((s) => s.type !== 'SIEGE').reduce((sum, s) => sum + round0(HEAD_OFFICE_RATE * siteTarget(s, partnerSites)), 0);
  }
  return (site.places ?? 0) * (site.costPerPlaceEur ?? 0);
}

/** One site's budget lines (charges then income) and staff groups. */
export function syntheticSiteLines(
  site: SampleSite, partner: SamplePartner, partnerSites: readonly SampleSite[], next: () => number,
): SiteLines {
  const total = siteTarget(site, partnerSites);
  const lines: Line[] = [];
  const staff: SampleRecord[] = [];

  // Structure charges fixed by the site's facts come first: the staff share gives way when they leave too little room.
  const owned = site.tenure === 'PROPRIETE';
  if (site.tenure === 'LOCATION') lines.push({ group: 'III', account: '6132', label: 'Locations immobilières', fn: 'LOCAUX', amount: site.rentAndChargesEur });
  if (site.grossBuildingsEur > 0) {
    lines.push({ group: 'III', account: '6811', label: 'Dotations aux amortissements des constructions', fn: 'LOCAUX', amount: round0(site.grossBuildingsEur / (owned ? 35 : 10)) });
  }
  if (site.type !== 'SIEGE' && partnerSites.some((s) => s.type === 'SIEGE')) {
    lines.push({ group: 'III', account: '6556', label: 'Quote-part des frais de siège social', fn: null, amount: round0(HEAD_OFFICE_RATE * total) });
  }
  const structureShare = lines.reduce((s, l) => s + l.amount, 0) / total;
  const personnelShare = Math.min(site.personnelShare, 1 - structureShare - MIN_OTHER_SHARE);

  const refund = site.type !== 'SIEGE' && next() < SICK_PAY_REFUND_ODDS ? SICK_PAY_REFUND_RATE : 0;
  lines.push(...payrollLines(site, partner, total, personnelShare, refund, next, staff));

  const spreadLines = spreadRest(site, total, lines, next);
  const discount = site.type !== 'SIEGE' && next() < SUPPLIER_DISCOUNT_ODDS ? supplierDiscount(spreadLines) : null;
  if (discount) lines.push(discount);
  return { budgets: chargesAndIncome(site, partner.code, lines, next), staff };
}
