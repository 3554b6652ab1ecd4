// Builds the sample's rows, table by table, from the specs beside this file.
// Deterministic: one seeded random stream, consumed in a fixed order.
import type { TableName } from '../domain/codes';
import { SAMPLE_PARTNERS, SAMPLE_YEAR, type SamplePartner } from './sample-partners';
import { HEAD_OFFICE_RATE, SAMPLE_SITES, type SampleSite } from './sample-sites';
import {
  associationLines, chargesAndIncome, payrollLines, round0, SICK_PAY_REFUND_RATE, spreadRest, supplierDiscount,
  type SampleRecord,
} from './site-budget-lines';
import { seededRandom } from './seeded-random';

export type { SampleRecord };
export type SampleRecords = Readonly<Record<TableName, readonly SampleRecord[]>>;

export const SAMPLE_SEED = 20_250_101;

/** Sites that show the reduction lines a real budget carries (negative amounts, a warning by design). */
const WITH_SICK_PAY_REFUND = new Set(['TIL-EHPAD', 'HOR-IME', 'PAS-FV']);
const WITH_SUPPLIER_DISCOUNT = new Set(['TIL-EHPAD', 'HOR-ESAT']);

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
    // Staff: FTE sized so that group II lands on the site's personnel share.
    const refund = WITH_SICK_PAY_REFUND.has(site.code) ? SICK_PAY_REFUND_RATE : 0;
    const lines = payrollLines(site, partner, total, site.personnelShare, refund, next, staff);

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
    const spreadLines = spreadRest(site, total, lines, next);
    const discount = WITH_SUPPLIER_DISCOUNT.has(site.code) ? supplierDiscount(spreadLines) : null;
    if (discount) lines.push(discount);
    budgets.push(...chargesAndIncome(site, partner.code, lines, next));
  }

  // A few lines of the association as a whole (no site).
  for (const partner of SAMPLE_PARTNERS) budgets.push(...associationLines(partner.code, next));

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
