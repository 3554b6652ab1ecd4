// Builds the sample's rows, table by table, from the specs beside this file.
// Deterministic: one seeded random stream, consumed in a fixed order.
import type { FunctionCode, GroupCode, SideCode, StaffCategoryCode, TableName } from '../domain/codes';
import type { CellValue } from '../data/types';
import { SAMPLE_PARTNERS, SAMPLE_YEAR, type SamplePartner } from './sample-partners';
import { HEAD_OFFICE_RATE, SAMPLE_SITES, type SampleSite } from './sample-sites';
import { ABSENCE_RATE, STAFF_MIX } from './sample-staff-mix';
import { CHARGE_TEMPLATES, INCOME_TEMPLATES, PROFILE } from './sample-budget-templates';
import { between, seededRandom } from './seeded-random';

/** One row of a table, by schema field (`amountEur`, `fte`…), values already as a user would type them or as codes. */
export type SampleRecord = Readonly<Record<string, CellValue>>;
export type SampleRecords = Readonly<Record<TableName, readonly SampleRecord[]>>;

export const SAMPLE_SEED = 20_250_101;

const GROSS_SHARE = 0.7; // gross salaries in loaded payroll (6411 vs 6451)
const SALARY_TAX_RATE = 0.05; // 6311, of gross salaries
const TRAINING_LEVY_RATE = 0.01; // 6333, of gross salaries
const SICK_PAY_REFUND_RATE = 0.006; // 6419, of gross salaries, negative
const SUPPLIER_DISCOUNT_RATE = 0.03; // 609, of food and supplies, negative

/** Extra group II charges, as a share of loaded payroll. */
const EXTERNAL_STAFF: Readonly<Record<string, readonly [string, string, number][]>> = {
  EHPAD: [['6215', 'Personnel intérimaire', 0.015], ['6226', 'Honoraires médicaux (médecins libéraux)', 0.01]],
  IME: [['6215', 'Personnel intérimaire', 0.008]],
};
/** Sites that show the reduction lines a real budget carries (negative amounts, a warning by design). */
const WITH_SICK_PAY_REFUND = new Set(['TIL-EHPAD', 'HOR-IME', 'PAS-FV']);
const WITH_SUPPLIER_DISCOUNT = new Set(['TIL-EHPAD', 'HOR-ESAT']);

const CATEGORY_WORDS: Readonly<Record<StaffCategoryCode, string>> = {
  DIRECTION_ENCADREMENT: 'direction et encadrement', ADMINISTRATION_GESTION: 'personnel administratif',
  SERVICES_GENERAUX: 'services généraux', RESTAURATION: 'personnel de cuisine', SOCIO_EDUCATIF: 'personnel éducatif',
  PARAMEDICAL: 'personnel soignant', PSYCHOLOGUE: 'psychologues', ASH: 'agents de service', MEDICAL: 'personnel médical',
  EDUCATION_NATIONALE: 'enseignants', AUTRES: 'autres personnels',
};

const round0 = (x: number) => Math.round(x);
const round1 = (x: number) => Math.round(x * 10) / 10;

interface Line { group: GroupCode; account: string; label: string; fn: FunctionCode | null; amount: number }

function budgetRecord(site: SampleSite | null, partner: string, side: SideCode, l: Line): SampleRecord {
  return {
    partner, site: site?.code ?? null, side, group: l.group, account: l.account, label: l.label,
    function: side === 'CHARGES' ? l.fn : null, amountEur: l.amount,
  };
}

/** Spreads `total` over weights, in whole euros, the last share taking the rounding remainder. */
function spread(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => round0((total * w) / sum));
  parts[parts.length - 1] = total - parts.slice(0, -1).reduce((a, b) => a + b, 0);
  return parts;
}

function partnerOf(code: string): SamplePartner {
  const partner = SAMPLE_PARTNERS.find((p) => p.code === code);
  if (!partner) throw new Error(`Sample site refers to unknown partner ${code}`);
  return partner;
}

const hasHeadOffice = (partner: string) => SAMPLE_SITES.some((s) => s.partner === partner && s.type === 'SIEGE');

/** Total charges aimed at per site: places × cost per place, or for a head office the frais de siège it receives. */
function targetCharges(site: SampleSite): number {
  if (site.type === 'SIEGE') {
    return SAMPLE_SITES.filter((s) => s.partner === site.partner && s.type !== 'SIEGE')
      .reduce((sum, s) => sum + round0(HEAD_OFFICE_RATE * targetCharges(s)), 0);
  }
  if (site.places === null || site.costPerPlaceEur === null) throw new Error(`Sample site ${site.code} has no cost target`);
  return site.places * site.costPerPlaceEur;
}

export function buildSampleRecords(): SampleRecords {
  const next = seededRandom(SAMPLE_SEED);
  const budgets: SampleRecord[] = [];
  const staff: SampleRecord[] = [];

  for (const site of SAMPLE_SITES) {
    const partner = partnerOf(site.partner);
    const total = targetCharges(site);
    const lines: Line[] = [];

    // Staff: FTE sized so that group II lands on the site's personnel share.
    const refund = WITH_SICK_PAY_REFUND.has(site.code) ? SICK_PAY_REFUND_RATE : 0;
    const extras = EXTERNAL_STAFF[site.type] ?? [];
    const loadFactor = 1 + GROSS_SHARE * (SALARY_TAX_RATE + TRAINING_LEVY_RATE - refund) + extras.reduce((s, e) => s + e[2], 0);
    const payrollTarget = (site.personnelShare * total) / loadFactor;
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

    // Structure charges fixed by the site's facts.
    const owned = site.tenure === 'PROPRIETE';
    if (site.tenure === 'LOCATION') lines.push({ group: 'III', account: '6132', label: 'Locations immobilières', fn: 'LOCAUX', amount: site.rentAndChargesEur });
    if (site.grossBuildingsEur > 0) {
      const life = owned ? 35 : 10; // buildings over 35 years, fittings of rented premises over 10
      lines.push({ group: 'III', account: '6811', label: 'Dotations aux amortissements des constructions et agencements', fn: 'LOCAUX', amount: round0(site.grossBuildingsEur / life) });
    }
    if (site.type !== 'SIEGE' && hasHeadOffice(partner.code)) {
      // Left without a function: the head office books what this fee pays for under its own functions,
      // so tagging the fee too would count the same costs twice in the pooling baselines.
      lines.push({ group: 'III', account: '6556', label: 'Quote-part des frais de siège social', fn: null, amount: round0(HEAD_OFFICE_RATE * total) });
    }

    // The rest of the charges spread over the profile's accounts.
    const rest = total - lines.reduce((s, l) => s + l.amount, 0);
    if (rest <= 0) throw new Error(`Sample site ${site.code}: no room left for non-staff charges`);
    const profile = PROFILE[site.type];
    const templates = CHARGE_TEMPLATES.filter((t) => (t.weights[profile] ?? 0) > 0 && (!t.ownedOnly || owned));
    const amounts = spread(rest, templates.map((t) => (t.weights[profile] ?? 0) * between(next, 0.8, 1.2)));
    const spreadLines = templates.map((t, i): Line => ({ group: t.group, account: t.account, label: t.label, fn: t.fn, amount: amounts[i] }));
    lines.push(...spreadLines);
    if (WITH_SUPPLIER_DISCOUNT.has(site.code)) {
      const base = spreadLines.filter((l) => l.account === '6011' || l.account === '6068').reduce((s, l) => s + l.amount, 0);
      lines.push({ group: 'I', account: '609', label: 'Rabais, remises et ristournes obtenus', fn: 'ACHATS', amount: -round0(SUPPLIER_DISCOUNT_RATE * base) });
    }
    const charges = lines.reduce((s, l) => s + l.amount, 0);
    const order: Record<GroupCode, number> = { I: 0, II: 1, III: 2 };
    lines.sort((a, b) => order[a.group] - order[b.group]);
    for (const l of lines) budgets.push(budgetRecord(site, partner.code, 'CHARGES', l));

    // Income: charges plus a small surplus or deficit; a head office is balanced by what it charges.
    const margin = site.type === 'SIEGE' ? 0 : between(next, -0.02, 0.025);
    const incomeTemplates = INCOME_TEMPLATES[site.type] ?? [];
    const incomeAmounts = spread(round0(charges * (1 + margin)), incomeTemplates.map((t) => t.share));
    incomeTemplates.forEach((t, i) => budgets.push(budgetRecord(site, partner.code, 'PRODUITS', { ...t, fn: null, amount: incomeAmounts[i] })));
  }

  // A few lines of the association as a whole (no site).
  for (const partner of SAMPLE_PARTNERS) {
    const association: [SideCode, Line][] = [
      ['CHARGES', { group: 'III', account: '6226', label: "Honoraires de l'expert-comptable (association)", fn: 'COMPTABILITE_FINANCE', amount: round0(between(next, 6_000, 12_000)) }],
      ['CHARGES', { group: 'III', account: '6588', label: 'Cotisations aux fédérations', fn: 'DIRECTION_GENERALE', amount: round0(between(next, 2_500, 6_000)) }],
      ['CHARGES', { group: 'III', account: '6231', label: "Communication de l'association", fn: 'COMMUNICATION', amount: round0(between(next, 1_500, 4_000)) }],
      ['PRODUITS', { group: 'II', account: '756', label: 'Cotisations des adhérents', fn: null, amount: round0(between(next, 1_500, 3_500)) }],
      ['PRODUITS', { group: 'III', account: '768', label: 'Produits financiers des placements', fn: null, amount: round0(between(next, 3_000, 9_000)) }],
    ];
    for (const [side, l] of association) budgets.push(budgetRecord(null, partner.code, side, l));
  }

  const partners: SampleRecord[] = SAMPLE_PARTNERS.map((p) => ({
    code: p.code, name: p.name, legalStatus: p.legalStatus, agreement: p.agreement, department: p.department, year: SAMPLE_YEAR,
    permanentCapitalEur: p.permanentCapitalEur, netFixedAssetsEur: p.netFixedAssetsEur, financialDebtEur: p.financialDebtEur,
    workingCapitalNeedEur: p.workingCapitalNeedEur, cafEur: p.cafEur, balanceSheetTotalEur: p.balanceSheetTotalEur,
  }));

  const sites: SampleRecord[] = SAMPLE_SITES.map((s) => {
    const capacityDays = s.places !== null && s.openingDays !== null ? s.places * s.openingDays : null;
    return {
      partner: s.partner, code: s.code, name: s.name, type: s.type, town: s.town, department: s.department,
      authorisedPlaces: s.places, openingDays: s.openingDays,
      daysDelivered: capacityDays === null ? null : round0(capacityDays * s.occupancy),
      daysFunded: capacityDays === null ? null : round0(capacityDays * s.fundedRate),
      floorAreaM2: s.floorAreaM2, tenure: s.tenure, rentAndChargesEur: s.rentAndChargesEur,
      grossBuildingsEur: s.grossBuildingsEur, buildingDepreciationEur: s.buildingDepreciationEur,
    };
  });

  return { Partenaires: partners, Sites: sites, Budgets: budgets, Effectifs: staff };
}
