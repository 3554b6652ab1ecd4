// A synthetic cooperation of any size, for the benchmark (issue 9): the sample's shape
// (establishment types, budget lines per site by groupe and function, staff by ANAP category,
// agreements, balance-sheet figures) at the asked number of rows, from a seeded random source.
import { TABLE_NAMES } from '../domain/codes';
import { SCHEMA } from '../data/schema';
import type { RawTable, RawWorkbook } from '../data/types';
import type { SampleRecord } from './build-sample-records';
import { SAMPLE_YEAR } from './sample-partners';
import type { SampleTable, SampleTables } from './sample-tables';
import { seededRandom } from './seeded-random';
import { BUDGET_SPLIT, STAFF_SPLIT, splitToCount } from './synthetic-exact-counts';
import { syntheticLayout } from './synthetic-layout';
import { associationLines, syntheticSiteLines } from './synthetic-site-lines';
import { SYNTHETIC_SEED, type SyntheticSize } from './synthetic-sizes';

export { SYNTHETIC_SEED, SYNTHETIC_SIZES, type SyntheticSize, type SyntheticSizeName } from './synthetic-sizes';

/**
 * The four input tables of a synthetic cooperation with exactly `size.partners` partners,
 * `size.sites` sites, `size.budgetLines` budget lines and `size.staffLines` staff groups,
 * French headers in schema order, codes as codes. Same seed, same tables. Throws a RangeError
 * when the size asks for fewer lines than its sites naturally carry (about 50 budget lines
 * and 7 staff groups a site).
 *
 * @example syntheticTables(SYNTHETIC_SIZES.large).Budgets.rows.length // 20000
 */
export function syntheticTables(size: SyntheticSize, seed: number = SYNTHETIC_SEED): SampleTables {
  const next = seededRandom(seed);
  const { partners, sites } = syntheticLayout(size, next);
  const budgets: SampleRecord[] = [];
  const staff: SampleRecord[] = [];
  for (const partner of partners) {
    const own = sites.filter((s) => s.partner === partner.code);
    for (const site of own) {
      const lines = syntheticSiteLines(site, partner, own, next);
      budgets.push(...lines.budgets);
      staff.push(...lines.staff);
    }
    budgets.push(...associationLines(partner.code, next));
  }
  const records: Record<(typeof TABLE_NAMES)[number], readonly SampleRecord[]> = {
    Partenaires: partners.map((p) => ({
      code: p.code, name: p.name, legalStatus: p.legalStatus, agreement: p.agreement, department: p.department, year: SAMPLE_YEAR,
      permanentCapitalEur: p.permanentCapitalEur, netFixedAssetsEur: p.netFixedAssetsEur, financialDebtEur: p.financialDebtEur,
      workingCapitalNeedEur: p.workingCapitalNeedEur, cafEur: p.cafEur, balanceSheetTotalEur: p.balanceSheetTotalEur,
    })),
    Sites: sites.map((s) => {
      const capacityDays = s.places !== null && s.openingDays !== null ? s.places * s.openingDays : null;
      return {
        partner: s.partner, code: s.code, name: s.name, type: s.type, town: s.town, department: s.department,
        authorisedPlaces: s.places, openingDays: s.openingDays,
        daysDelivered: capacityDays === null ? null : Math.round(capacityDays * s.occupancy),
        daysFunded: capacityDays === null ? null : Math.round(capacityDays * s.fundedRate),
        floorAreaM2: s.floorAreaM2, tenure: s.tenure, rentAndChargesEur: s.rentAndChargesEur,
        grossBuildingsEur: s.grossBuildingsEur, buildingDepreciationEur: s.buildingDepreciationEur,
      };
    }),
    Budgets: splitToCount(budgets, size.budgetLines, BUDGET_SPLIT, next, 'budget lines'),
    Effectifs: splitToCount(staff, size.staffLines, STAFF_SPLIT, next, 'staff lines'),
  };
  const table = (name: (typeof TABLE_NAMES)[number]): SampleTable => {
    const spec = SCHEMA.find((s) => s.table === name);
    if (!spec) throw new Error(`No schema for table ${name}`);
    return { headers: spec.columns.map((c) => c.fr), rows: records[name].map((r) => spec.columns.map((c) => r[c.field] ?? null)) };
  };
  return { Partenaires: table('Partenaires'), Sites: table('Sites'), Budgets: table('Budgets'), Effectifs: table('Effectifs') };
}

/** The same tables as an adapter would hand them over: one sheet per table, headers on row 1 from column A. */
export function syntheticRawWorkbook(size: SyntheticSize, seed: number = SYNTHETIC_SEED): RawWorkbook {
  const tables = syntheticTables(size, seed);
  const raw: { [K in (typeof TABLE_NAMES)[number]]?: RawTable } = {};
  for (const name of TABLE_NAMES) {
    raw[name] = { table: name, sheet: name, headerRow: 1, firstColumn: 1, headers: tables[name].headers, rows: tables[name].rows };
  }
  return raw;
}
