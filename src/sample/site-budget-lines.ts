// The parts of a site's budget that the sample and the synthetic cooperations build alike:
// staff groups sized on a personnel share with their group II lines, the rest of the charges
// spread over the site's profile, a supplier discount, and income around the charges.
// Each part consumes the seeded stream in a fixed order, so that a seed gives the same rows.
import type { FunctionCode, GroupCode, SideCode, StaffCategoryCode } from '../domain/codes';
import type { CellValue } from '../data/types';
import type { SamplePartner } from './sample-partners';
import type { SampleSite } from './sample-sites';
import { ABSENCE_RATE, STAFF_MIX } from './sample-staff-mix';
import { CHARGE_TEMPLATES, INCOME_TEMPLATES, PROFILE } from './sample-budget-templates';
import { between } from './seeded-random';

/** One row of a table, by schema field (`amountEur`, `fte`…), values already as a user would type them or as codes. */
export type SampleRecord = Readonly<Record<string, CellValue>>;

export const GROSS_SHARE = 0.7; // gross salaries in loaded payroll (6411 vs 6451)
export const SALARY_TAX_RATE = 0.05; // 6311, of gross salaries
export const TRAINING_LEVY_RATE = 0.01; // 6333, of gross salaries
export const SICK_PAY_REFUND_RATE = 0.006; // 6419, of gross salaries, negative
const SUPPLIER_DISCOUNT_RATE = 0.03; // 609, of food and supplies, negative

/** Extra group II charges, as a share of loaded payroll. */
const EXTERNAL_STAFF: Readonly<Record<string, readonly [string, string, number][]>> = {
  EHPAD: [['6215', 'Personnel intérimaire', 0.015], ['6226', 'Honoraires médicaux (médecins libéraux)', 0.01]],
  IME: [['6215', 'Personnel intérimaire', 0.008]],
};

const CATEGORY_WORDS: Readonly<Record<StaffCategoryCode, string>> = {
  DIRECTION_ENCADREMENT: 'direction et encadrement', ADMINISTRATION_GESTION: 'personnel administratif',
  SERVICES_GENERAUX: 'services généraux', RESTAURATION: 'personnel de cuisine', SOCIO_EDUCATIF: 'personnel éducatif',
  PARAMEDICAL: 'personnel soignant', PSYCHOLOGUE: 'psychologues', ASH: 'agents de service', MEDICAL: 'personnel médical',
  EDUCATION_NATIONALE: 'enseignants', AUTRES: 'autres personnels',
};

export const round0 = (x: number) => Math.round(x);
export const round1 = (x: number) => Math.round(x * 10) / 10;

export interface Line { group: GroupCode; account: string; label: string; fn: FunctionCode | null; amount: number }

/** Spreads `total` over weights, in whole euros, the last share taking the rounding remainder. */
export function spread(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => round0((total * w) / sum));
  parts[parts.length - 1] = total - parts.slice(0, -1).reduce((a, b) => a + b, 0);
  return parts;
}

/**
 * The site's staff groups (pushed onto `staff`) and its group II lines: loaded payroll sized so that
 * group II lands on `personnelShare` of `total`, gross salaries and social charges by category, salary
 * tax, training levy, a sick-pay refund when `refund` > 0, and external staff.
 */
export function payrollLines(
  site: SampleSite, partner: SamplePartner, total: number, personnelShare: number, refund: number,
  next: () => number, staff: SampleRecord[],
): Line[] {
  const lines: Line[] = [];
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
    const budgetedFte = round1(fte * between(next, 1, 1.06));
    const absenceDays = round0(fte * 365 * (ABSENCE_RATE[site.type] ?? 0.06) * between(next, 0.8, 1.2));
    staff.push({
      partner: partner.code, site: site.code, category: m.category, function: m.fn, agreement: null,
      fte, budgetedFte, loadedPayrollEur: loaded, absenceDays,
    });
    const salaries = round0(GROSS_SHARE * loaded);
    payroll += loaded;
    gross += salaries;
    lines.push({ group: 'II', account: '6411', label: `Salaires bruts — ${CATEGORY_WORDS[m.category]}`, fn: m.fn, amount: salaries });
    lines.push({ group: 'II', account: '6451', label: `Charges sociales — ${CATEGORY_WORDS[m.category]}`, fn: m.fn, amount: loaded - salaries });
  }
  lines.push({ group: 'II', account: '6311', label: 'Taxe sur les salaires', fn: 'ACCOMPAGNEMENT', amount: round0(SALARY_TAX_RATE * gross) });
  lines.push({ group: 'II', account: '6333', label: 'Participation à la formation professionnelle continue', fn: 'FORMATION', amount: round0(TRAINING_LEVY_RATE * gross) });
  if (refund > 0) {
    lines.push({ group: 'II', account: '6419', label: 'Remboursements sur rémunérations (indemnités journalières)', fn: 'ACCOMPAGNEMENT', amount: -round0(refund * gross) });
  }
  for (const [account, label, share] of extras) lines.push({ group: 'II', account, label, fn: 'ACCOMPAGNEMENT', amount: round0(share * payroll) });
  return lines;
}

/** What is left of `total` once `lines` are booked, spread over the accounts of the site's profile (pushed onto `lines`, and returned). */
export function spreadRest(site: SampleSite, total: number, lines: Line[], next: () => number): Line[] {
  const rest = total - lines.reduce((s, l) => s + l.amount, 0);
  if (rest <= 0) throw new Error(`Site ${site.code}: no room left for non-staff charges`);
  const owned = site.tenure === 'PROPRIETE';
  const profile = PROFILE[site.type];
  const templates = CHARGE_TEMPLATES.filter((t) => (t.weights[profile] ?? 0) > 0 && (!t.ownedOnly || owned));
  const amounts = spread(rest, templates.map((t) => (t.weights[profile] ?? 0) * between(next, 0.8, 1.2)));
  const spreadLines = templates.map((t, i): Line => ({ group: t.group, account: t.account, label: t.label, fn: t.fn, amount: amounts[i] }));
  lines.push(...spreadLines);
  return spreadLines;
}

/** The supplier discount (609) on the food and supplies among `spreadLines`; null when they hold none. */
export function supplierDiscount(spreadLines: readonly Line[]): Line | null {
  const base = spreadLines.filter((l) => l.account === '6011' || l.account === '6068').reduce((s, l) => s + l.amount, 0);
  return base > 0 ? { group: 'I', account: '609', label: 'Rabais, remises et ristournes obtenus', fn: 'ACHATS', amount: -round0(SUPPLIER_DISCOUNT_RATE * base) } : null;
}

/** A budget line as a table row; the function stays on charges only. */
export function budgetRecord(site: SampleSite | null, partner: string, side: SideCode, l: Line): SampleRecord {
  return {
    partner, site: site?.code ?? null, side, group: l.group, account: l.account, label: l.label,
    function: side === 'CHARGES' ? l.fn : null, amountEur: l.amount,
  };
}

/**
 * The site's charge lines, sorted by groupe, then its income: charges plus a small surplus or deficit
 * (a head office is balanced by what it charges), spread over the income accounts of its type.
 */
export function chargesAndIncome(site: SampleSite, partner: string, lines: Line[], next: () => number): SampleRecord[] {
  const charges = lines.reduce((s, l) => s + l.amount, 0);
  const order: Record<GroupCode, number> = { I: 0, II: 1, III: 2 };
  lines.sort((a, b) => order[a.group] - order[b.group]);
  const budgets = lines.map((l) => budgetRecord(site, partner, 'CHARGES', l));
  const margin = site.type === 'SIEGE' ? 0 : between(next, -0.02, 0.025);
  const incomeTemplates = INCOME_TEMPLATES[site.type] ?? [];
  const incomeAmounts = spread(round0(charges * (1 + margin)), incomeTemplates.map((t) => t.share));
  incomeTemplates.forEach((t, i) => budgets.push(budgetRecord(site, partner, 'PRODUITS', { ...t, fn: null, amount: incomeAmounts[i] })));
  return budgets;
}

/** The few lines of an association as a whole (no site): fees, federation dues, communication, members' dues, interest. */
export function associationLines(partner: string, next: () => number): SampleRecord[] {
  const lines: [SideCode, Line][] = [
    ['CHARGES', { group: 'III', account: '6226', label: "Honoraires de l'expert-comptable (association)", fn: 'COMPTABILITE_FINANCE', amount: round0(between(next, 6_000, 12_000)) }],
    ['CHARGES', { group: 'III', account: '6588', label: 'Cotisations aux fédérations', fn: 'DIRECTION_GENERALE', amount: round0(between(next, 2_500, 6_000)) }],
    ['CHARGES', { group: 'III', account: '6231', label: "Communication de l'association", fn: 'COMMUNICATION', amount: round0(between(next, 1_500, 4_000)) }],
    ['PRODUITS', { group: 'II', account: '756', label: 'Cotisations des adhérents', fn: null, amount: round0(between(next, 1_500, 3_500)) }],
    ['PRODUITS', { group: 'III', account: '768', label: 'Produits financiers des placements', fn: null, amount: round0(between(next, 3_000, 9_000)) }],
  ];
  return lines.map(([side, l]) => budgetRecord(null, partner, side, l));
}
