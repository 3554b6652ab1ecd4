import type {
  AgreementCode, EstablishmentTypeCode, FunctionCode, GroupCode, SideCode, StaffCategoryCode, TenureCode,
} from '../domain/codes';
import { DEFAULT_OPENING_DAYS } from './check-occupancy';
import { referenceKey, type CodeBook, type ReadTables } from './check-references';
import type { ReadRow } from './read-table';
import type { BudgetLine, CooperationData, Origin, Partner, Site, StaffGroup } from './types';

/**
 * The normalised records of tables read without error: codes canonical, partner and site
 * references spelt as in their own table, defaults applied (365 opening days; a staff
 * group's agreement is its partner's when empty), each record with its origin row.
 */
export function buildCooperationData(tables: ReadTables, codes: CodeBook): CooperationData {
  const text = (row: ReadRow, field: string) => row.values[field] as string | null;
  const num = (row: ReadRow, field: string) => row.values[field] as number | null;
  const partnerCode = (row: ReadRow) => {
    const written = text(row, 'partner') as string;
    return codes.partners.get(referenceKey(written)) ?? written;
  };
  const siteCode = (row: ReadRow) => {
    const written = text(row, 'site');
    return written === null ? null : codes.sites.get(referenceKey(written))?.code ?? written;
  };
  const origin = (tables: ReadTables, key: keyof ReadTables, row: ReadRow): Origin => ({ table: tables[key]!.raw.table, row: row.row });

  const partners: Partner[] = (tables.partners?.rows ?? []).map((row) => ({
    code: text(row, 'code') as string,
    name: text(row, 'name') as string,
    legalStatus: text(row, 'legalStatus'),
    agreement: text(row, 'agreement') as AgreementCode | null,
    department: text(row, 'department'),
    year: num(row, 'year'),
    permanentCapitalEur: num(row, 'permanentCapitalEur'),
    netFixedAssetsEur: num(row, 'netFixedAssetsEur'),
    financialDebtEur: num(row, 'financialDebtEur'),
    workingCapitalNeedEur: num(row, 'workingCapitalNeedEur'),
    cafEur: num(row, 'cafEur'),
    balanceSheetTotalEur: num(row, 'balanceSheetTotalEur'),
    origin: origin(tables, 'partners', row),
  }));
  const agreementOf = new Map(partners.map((p) => [p.code, p.agreement]));

  const sites: Site[] = (tables.sites?.rows ?? []).map((row) => ({
    partner: partnerCode(row),
    code: text(row, 'code') as string,
    name: text(row, 'name'),
    type: text(row, 'type') as EstablishmentTypeCode | null,
    town: text(row, 'town'),
    department: text(row, 'department'),
    authorisedPlaces: num(row, 'authorisedPlaces'),
    openingDays: num(row, 'openingDays') ?? DEFAULT_OPENING_DAYS,
    daysDelivered: num(row, 'daysDelivered'),
    daysFunded: num(row, 'daysFunded'),
    floorAreaM2: num(row, 'floorAreaM2'),
    tenure: text(row, 'tenure') as TenureCode | null,
    rentAndChargesEur: num(row, 'rentAndChargesEur'),
    grossBuildingsEur: num(row, 'grossBuildingsEur'),
    buildingDepreciationEur: num(row, 'buildingDepreciationEur'),
    origin: origin(tables, 'sites', row),
  }));

  const budgets: BudgetLine[] = (tables.budgets?.rows ?? []).map((row) => ({
    partner: partnerCode(row),
    site: siteCode(row),
    side: text(row, 'side') as SideCode,
    group: text(row, 'group') as GroupCode,
    account: text(row, 'account'),
    label: text(row, 'label'),
    function: text(row, 'function') as FunctionCode | null,
    amountEur: num(row, 'amountEur') as number,
    origin: origin(tables, 'budgets', row),
  }));

  const staff: StaffGroup[] = (tables.staff?.rows ?? []).map((row) => {
    const partner = partnerCode(row);
    return {
      partner,
      site: siteCode(row),
      category: text(row, 'category') as StaffCategoryCode,
      function: text(row, 'function') as FunctionCode | null,
      agreement: (text(row, 'agreement') as AgreementCode | null) ?? agreementOf.get(partner) ?? null,
      fte: num(row, 'fte') as number,
      budgetedFte: num(row, 'budgetedFte'),
      loadedPayrollEur: num(row, 'loadedPayrollEur') as number,
      absenceDays: num(row, 'absenceDays'),
      origin: origin(tables, 'staff', row),
    };
  });

  return { partners, sites, budgets, staff };
}
