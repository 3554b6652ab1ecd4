// Who the partners of a synthetic cooperation are and which sites each runs: the sample's
// partners and establishments used as templates, varied with a seeded random source.
import { SAMPLE_PARTNERS, type SamplePartner } from './sample-partners';
import { HEAD_OFFICE_RATE, SAMPLE_SITES, type SampleSite } from './sample-sites';
import { between } from './seeded-random';
import type { SyntheticSize } from './synthetic-sizes';

export interface SyntheticLayout {
  readonly partners: readonly SamplePartner[];
  readonly sites: readonly SampleSite[];
}

/** The sample's eight establishments (every type but the head office), drawn with equal chances. */
const ESTABLISHMENTS = SAMPLE_SITES.filter((s) => s.type !== 'SIEGE');
const HEAD_OFFICE = SAMPLE_SITES.find((s) => s.type === 'SIEGE');
/** A partner with this many sites or more runs a head office (Horizons in the sample: three establishments and a siège). */
const HEAD_OFFICE_FROM_SITES = 4;

const PLACES: readonly [string, string][] = [
  ['Angers', 'Maine-et-Loire'], ['Saumur', 'Maine-et-Loire'], ['Cholet', 'Maine-et-Loire'], ['Laval', 'Mayenne'],
  ['Mayenne', 'Mayenne'], ['Le Mans', 'Sarthe'], ['La Flèche', 'Sarthe'], ['Nantes', 'Loire-Atlantique'],
  ['Saint-Nazaire', 'Loire-Atlantique'], ['La Roche-sur-Yon', 'Vendée'], ['Les Sables-d’Olonne', 'Vendée'],
  ['Tours', 'Indre-et-Loire'], ['Rennes', 'Ille-et-Vilaine'], ['Niort', 'Deux-Sèvres'],
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)];
const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/** Whole counts proportional to `weights`, each at least 1, summing to `total` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const spare = total - weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (spare * w) / sum);
  const counts = exact.map((x) => 1 + Math.floor(x));
  const left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < left; k += 1) counts[order[k][1]] += 1;
  return counts;
}

/** Charges aimed at by a set of sites: places × cost per place, plus the frais de siège when there is a head office. */
function plannedCharges(sites: readonly SampleSite[]): number {
  const establishments = sites.reduce((sum, s) => sum + (s.places ?? 0) * (s.costPerPlaceEur ?? 0), 0);
  return sites.some((s) => s.type === 'SIEGE') ? establishments * (1 + HEAD_OFFICE_RATE) : establishments;
}

function establishment(template: SampleSite, partner: string, code: string, next: () => number): SampleSite {
  const place = pick(next, PLACES);
  const scale = between(next, 0.6, 1.6);
  const places = Math.max(5, Math.round((template.places ?? 10) * scale));
  const ratio = places / (template.places ?? 10);
  const gross = Math.round(template.grossBuildingsEur * ratio * between(next, 0.8, 1.2));
  return {
    ...template, partner, code, name: `${template.name.split(' ')[0]} ${place[0]} ${code.slice(-3)}`,
    town: place[0], department: place[1], places,
    occupancy: clamp(template.occupancy + between(next, -0.02, 0.02), 0.85, 0.99),
    fundedRate: clamp(template.fundedRate + between(next, -0.02, 0.02), 0.85, 1),
    floorAreaM2: Math.round(template.floorAreaM2 * ratio),
    rentAndChargesEur: Math.round(template.rentAndChargesEur * ratio),
    grossBuildingsEur: gross,
    buildingDepreciationEur: Math.round(gross * between(next, 0.3, 0.75)),
    costPerPlaceEur: Math.round((template.costPerPlaceEur ?? 0) * between(next, 0.95, 1.05)),
  };
}

/**
 * Partners and sites of a synthetic cooperation: `size.sites` sites spread unevenly over
 * `size.partners` partners (each at least one), each establishment a varied copy of one of
 * the sample's eight, a head office for partners with four sites or more; each partner copies
 * one of the sample's three (agreement, cost per FTE ±3 %) with balance-sheet figures scaled to its charges.
 */
export function syntheticLayout(size: SyntheticSize, next: () => number): SyntheticLayout {
  if (!HEAD_OFFICE) throw new Error('The sample has no head office to copy');
  if (size.partners < 1 || size.sites < size.partners) {
    throw new RangeError(`A synthetic cooperation needs at least one partner and one site per partner (got ${size.partners} partners, ${size.sites} sites)`);
  }
  const width = Math.max(2, String(size.partners).length);
  const counts = apportion(size.sites, Array.from({ length: size.partners }, () => between(next, 0.5, 1.5)));
  const partners: SamplePartner[] = [];
  const sites: SampleSite[] = [];
  counts.forEach((count, index) => {
    const template = SAMPLE_PARTNERS[index % SAMPLE_PARTNERS.length];
    const code = `ASSO${pad(index + 1, width)}`;
    const own: SampleSite[] = [];
    const siteCode = (k: number) => `${code}-S${pad(k, 4)}`;
    const withHeadOffice = count >= HEAD_OFFICE_FROM_SITES;
    if (withHeadOffice) {
      const place = pick(next, PLACES);
      own.push({ ...HEAD_OFFICE, partner: code, code: siteCode(1), name: `Siège ${code}`, town: place[0], department: place[1] });
    }
    while (own.length < count) own.push(establishment(pick(next, ESTABLISHMENTS), code, siteCode(own.length + 1), next));
    const scale = (plannedCharges(own) / plannedCharges(SAMPLE_SITES.filter((s) => s.partner === template.code))) * between(next, 0.9, 1.1);
    const costPerFteEur = Object.fromEntries(Object.entries(template.costPerFteEur).map(([c, v]) => [c, Math.round((v ?? 0) * between(next, 0.97, 1.03))]));
    partners.push({
      ...template, code, name: `Association ${code}`, department: own[0].department, costPerFteEur,
      permanentCapitalEur: Math.round(template.permanentCapitalEur * scale),
      netFixedAssetsEur: Math.round(template.netFixedAssetsEur * scale),
      financialDebtEur: Math.round(template.financialDebtEur * scale),
      workingCapitalNeedEur: Math.round(template.workingCapitalNeedEur * scale),
      cafEur: Math.round(template.cafEur * scale),
      balanceSheetTotalEur: Math.round(template.balanceSheetTotalEur * scale),
    });
    sites.push(...own);
  });
  return { partners, sites };
}
