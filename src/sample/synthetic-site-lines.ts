// The budget lines and staff groups of one synthetic site, built the way the sample builds
// its own (build-sample-records.ts): staff sized on the site's personnel share, group II
// from the payroll, structure charges from the site's facts, the rest spread over the
// accounts of its profile, income = charges ± a small margin.
import type { FunctionCode, GroupCode, SideCode, StaffCategoryCode } from '../domain/codes';
import type { SampleRecord } from './build-sample-records';
import type { SamplePartner } from './sample-partners';
import { HEAD_OFFICE_RATE, type SampleSite } from './sample-sites';
import { ABSENCE_RATE, STAFF_MIX } from './sample-staff-mix';
import { CHARGE_TEMPLATES, INCOME_TEMPLATES, PROFILE } from './sample-budget-templates';
import { between } from './seeded-random';

// The sample's rates (build-sample-records.ts), repeated here so that the sample's file stays as it is.
const GROSS_SHARE = 0.7;
const SALARY_TAX_RATE = 0.05;
const TRAINING_LEVY_RATE = 0.01;
const SICK_PAY_REFUND_RATE = 0.006;
const SUPPLIER_DISCOUNT_RATE = 0.03;
/** Three sites in nine carry a sick-pay refund (6419) and two in nine a supplier discount (609), as in the sample. */
const SICK_PAY_REFUND_ODDS = 3 / 9;
const SUPPLIER_DISCOUNT_ODDS = 2 / 9;
/** Room kept for the other charges of groups I and III (purchases, upkeep, insurance…), as a share of the site's charges. */
const MIN_OTHER_SHARE = 0.08;
const EXTERNAL_STAFF: Readonly<Record<string, readonly [string, string, number][]>> = {
  EHPAD: [['6215', 'Personnel intérimaire', 0.015], ['6226', 'Honoraires médicaux (médecins libéraux)', 0.01]],
  IME: [['6215', 'Personnel intérimaire', 0.008]],
};

interface Line { group: GroupCode; account: string; label: string; fn: FunctionCode | null; amount: number }

export interface SiteLines {
  readonly budgets: SampleRecord[];
  readonly staff: SampleRecord[];
}

const round0 = (x: number) => Math.round(x);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Spreads `total` over weights in whole euros, the last share taking the rounding remainder. */
function spread(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => round0((total * w) / sum));
  parts[parts.length - 1] = total - parts.slice(0, -1).reduce((a, b) => a + b, 0);
  return parts;
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
  const extras = EXTERNAL_STAFF[site.type] ?? [];
  const loadFactor = 1 + GROSS_SHARE * (SALARY_TAX_RATE + TRAINING_LEVY_RATE - refund) + extras.reduce((s, e) => s + e[2], 0);
  const payrollTarget = (personnelShare * total) / loadFactor;
  const mix = STAFF_MIX[site.type] ?? [];
  const shareSum = mix.reduce((s, m) => s + m.share, 0);
  const costOf = (c: StaffCategoryCode) => partner.costPerFteEur[c] ?? 42_000;
  const averageCost = mix.reduce((s, m) => s + (m.share / shareSum) * costOf(m.category), 0);
  const totalFte = payrollTarget / averageCost;
  let payroll = 0;
  let gross = 0;
  for (const m of mix) {
    const fte = Math.max(0.1, round1((m.share / shareSum) * totalFte));
    const loaded = round0(fte * costOf(m.category) * between(next, 0.97, 1.03));
    staff.push({
      partner: partner.code, site: site.code, category: m.category, function: m.fn, agreement: null, fte,
      budgetedFte: round1(fte * between(next, 1, 1.06)), loadedPayrollEur: loaded,
      absenceDays: round0(fte * 365 * (ABSENCE_RATE[site.type] ?? 0.06) * between(next, 0.8, 1.2)),
    });
    const salaries = round0(GROSS_SHARE * loaded);
    payroll += loaded;
    gross += salaries;
    lines.push({ group: 'II', account: '6411', label: `Salaires bruts — ${m.category}`, fn: m.fn, amount: salaries });
    lines.push({ group: 'II', account: '6451', label: `Charges sociales — ${m.category}`, fn: m.fn, amount: loaded - salaries });
  }
  lines.push({ group: 'II', account: '6311', label: 'Taxe sur les salaires', fn: 'ACCOMPAGNEMENT', amount: round0(SALARY_TAX_RATE * gross) });
  lines.push({ group: 'II', account: '6333', label: 'Participation à la formation professionnelle continue', fn: 'FORMATION', amount: round0(TRAINING_LEVY_RATE * gross) });
  if (refund > 0) lines.push({ group: 'II', account: '6419', label: 'Remboursements sur rémunérations', fn: 'ACCOMPAGNEMENT', amount: -round0(refund * gross) });
  for (const [account, label, share] of extras) lines.push({ group: 'II', account, label, fn: 'ACCOMPAGNEMENT', amount: round0(share * payroll) });


  const rest = total - lines.reduce((s, l) => s + l.amount, 0);
  if (rest <= 0) throw new Error(`Synthetic site ${site.code}: no room left for non-staff charges`);
  const profile = PROFILE[site.type];
  const templates = CHARGE_TEMPLATES.filter((t) => (t.weights[profile] ?? 0) > 0 && (!t.ownedOnly || owned));
  const amounts = spread(rest, templates.map((t) => (t.weights[profile] ?? 0) * between(next, 0.8, 1.2)));
  const spreadLines = templates.map((t, i): Line => ({ group: t.group, account: t.account, label: t.label, fn: t.fn, amount: amounts[i] }));
  lines.push(...spreadLines);
  if (site.type !== 'SIEGE' && next() < SUPPLIER_DISCOUNT_ODDS) {
    const base = spreadLines.filter((l) => l.account === '6011' || l.account === '6068').reduce((s, l) => s + l.amount, 0);
    if (base > 0) lines.push({ group: 'I', account: '609', label: 'Rabais, remises et ristournes obtenus', fn: 'ACHATS', amount: -round0(SUPPLIER_DISCOUNT_RATE * base) });
  }
  const charges = lines.reduce((s, l) => s + l.amount, 0);
  const order: Record<GroupCode, number> = { I: 0, II: 1, III: 2 };
  lines.sort((a, b) => order[a.group] - order[b.group]);
  const record = (side: SideCode, l: Line): SampleRecord => ({
    partner: partner.code, site: site.code, side, group: l.group, account: l.account, label: l.label,
    function: side === 'CHARGES' ? l.fn : null, amountEur: l.amount,
  });
  const budgets = lines.map((l) => record('CHARGES', l));

  const margin = site.type === 'SIEGE' ? 0 : between(next, -0.02, 0.025);
  const incomeTemplates = INCOME_TEMPLATES[site.type] ?? [];
  const incomeAmounts = spread(round0(charges * (1 + margin)), incomeTemplates.map((t) => t.share));
  incomeTemplates.forEach((t, i) => budgets.push(record('PRODUITS', { ...t, fn: null, amount: incomeAmounts[i] })));
  return { budgets, staff };
}

/** The few lines of an association as a whole (no site), as in the sample. */
export function associationLines(partner: SamplePartner, next: () => number): SampleRecord[] {
  const lines: [SideCode, Line][] = [
    ['CHARGES', { group: 'III', account: '6226', label: "Honoraires de l'expert-comptable (association)", fn: 'COMPTABILITE_FINANCE', amount: round0(between(next, 6_000, 12_000)) }],
    ['CHARGES', { group: 'III', account: '6588', label: 'Cotisations aux fédérations', fn: 'DIRECTION_GENERALE', amount: round0(between(next, 2_500, 6_000)) }],
    ['CHARGES', { group: 'III', account: '6231', label: "Communication de l'association", fn: 'COMMUNICATION', amount: round0(between(next, 1_500, 4_000)) }],
    ['PRODUITS', { group: 'II', account: '756', label: 'Cotisations des adhérents', fn: null, amount: round0(between(next, 1_500, 3_500)) }],
    ['PRODUITS', { group: 'III', account: '768', label: 'Produits financiers des placements', fn: null, amount: round0(between(next, 3_000, 9_000)) }],
  ];
  return lines.map(([side, l]) => ({
    partner: partner.code, site: null, side, group: l.group, account: l.account, label: l.label,
    function: side === 'CHARGES' ? l.fn : null, amountEur: l.amount,
  }));
}
