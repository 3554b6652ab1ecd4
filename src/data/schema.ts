// The partner-data contract of INPUT-SCHEMA.md, as data: one entry per column.
// The reader, the template writer and the model's data sheet all read it.
import {
  AGREEMENTS, ESTABLISHMENT_TYPES, FUNCTION_CODES, GROUPS, SIDES, STAFF_CATEGORIES, TENURES,
  type TableName,
} from '../domain/codes';

/** How a column's cells are read. */
export type ColumnKind =
  | { readonly type: 'text'; readonly maxLength?: number }
  | { readonly type: 'digits' }
  | { readonly type: 'code'; readonly codes: readonly string[]; readonly labelPrefix: string | null }
  | { readonly type: 'ref'; readonly to: 'partner' | 'site' }
  | { readonly type: 'number'; readonly unit: 'eur' | 'count' | 'fte' | 'days' | 'm2' | 'year'; readonly min?: number; readonly max?: number; readonly whole?: boolean };

export interface ColumnSpec {
  /** The field of the normalised record (`amountEur`, `fte`…). */
  readonly field: string;
  readonly fr: string;
  readonly en: string;
  readonly kind: ColumnKind;
  readonly required: boolean;
}

export interface TableSpec {
  readonly table: TableName;
  readonly columns: readonly ColumnSpec[];
}

const text = (maxLength?: number): ColumnKind => ({ type: 'text', maxLength });
const code = (codes: readonly string[], labelPrefix: string | null): ColumnKind => ({ type: 'code', codes, labelPrefix });
const eur: ColumnKind = { type: 'number', unit: 'eur' };
const nonNegative = (unit: 'count' | 'fte' | 'days' | 'm2' | 'eur'): ColumnKind => ({ type: 'number', unit, min: 0 });

export const PARTNERS: TableSpec = {
  table: 'Partenaires',
  columns: [
    { field: 'code', fr: 'Code', en: 'Code', kind: text(20), required: true },
    { field: 'name', fr: 'Nom', en: 'Name', kind: text(), required: true },
    { field: 'legalStatus', fr: 'Forme juridique', en: 'Legal status', kind: text(), required: false },
    { field: 'agreement', fr: 'Convention collective', en: 'Collective agreement', kind: code(AGREEMENTS, 'domain.agreement'), required: false },
    { field: 'department', fr: 'Département', en: 'Department', kind: text(), required: false },
    { field: 'year', fr: 'Exercice', en: 'Year', kind: { type: 'number', unit: 'year', whole: true, min: 1900, max: 2200 }, required: false },
    { field: 'permanentCapitalEur', fr: 'Capitaux permanents', en: 'Permanent capital', kind: eur, required: false },
    { field: 'netFixedAssetsEur', fr: 'Actif immobilisé net', en: 'Net fixed assets', kind: eur, required: false },
    { field: 'financialDebtEur', fr: 'Dettes financières', en: 'Financial debt', kind: eur, required: false },
    { field: 'workingCapitalNeedEur', fr: 'BFR', en: 'Working capital need', kind: eur, required: false },
    { field: 'cafEur', fr: 'CAF', en: 'Self-financing capacity', kind: eur, required: false },
    { field: 'balanceSheetTotalEur', fr: 'Total bilan', en: 'Balance sheet total', kind: eur, required: false },
  ],
};

export const SITES: TableSpec = {
  table: 'Sites',
  columns: [
    { field: 'partner', fr: 'Partenaire', en: 'Partner', kind: { type: 'ref', to: 'partner' }, required: true },
    { field: 'code', fr: 'Code', en: 'Code', kind: text(20), required: true },
    { field: 'name', fr: 'Nom', en: 'Name', kind: text(), required: false },
    { field: 'type', fr: 'Type', en: 'Type', kind: code(ESTABLISHMENT_TYPES, 'domain.establishment'), required: false },
    { field: 'town', fr: 'Commune', en: 'Town', kind: text(), required: false },
    { field: 'department', fr: 'Département', en: 'Department', kind: text(), required: false },
    { field: 'authorisedPlaces', fr: 'Places autorisées', en: 'Authorised places', kind: nonNegative('count'), required: false },
    { field: 'openingDays', fr: "Jours d'ouverture", en: 'Opening days', kind: { type: 'number', unit: 'days', min: 1, max: 366 }, required: false },
    { field: 'daysDelivered', fr: 'Journées réalisées', en: 'Days delivered', kind: nonNegative('days'), required: false },
    { field: 'daysFunded', fr: 'Journées financées', en: 'Days funded', kind: nonNegative('days'), required: false },
    { field: 'floorAreaM2', fr: 'Surface', en: 'Floor area', kind: nonNegative('m2'), required: false },
    { field: 'tenure', fr: 'Occupation', en: 'Tenure', kind: code(TENURES, 'domain.tenure'), required: false },
    { field: 'rentAndChargesEur', fr: 'Loyer et charges', en: 'Rent and charges', kind: eur, required: false },
    { field: 'grossBuildingsEur', fr: 'Constructions brutes', en: 'Gross buildings', kind: eur, required: false },
    { field: 'buildingDepreciationEur', fr: 'Amortissements constructions', en: 'Building depreciation', kind: eur, required: false },
  ],
};

export const BUDGETS: TableSpec = {
  table: 'Budgets',
  columns: [
    { field: 'partner', fr: 'Partenaire', en: 'Partner', kind: { type: 'ref', to: 'partner' }, required: true },
    { field: 'site', fr: 'Site', en: 'Site', kind: { type: 'ref', to: 'site' }, required: false },
    { field: 'side', fr: 'Sens', en: 'Side', kind: code(SIDES, 'domain.side'), required: true },
    { field: 'group', fr: 'Groupe', en: 'Group', kind: code(GROUPS, null), required: true },
    { field: 'account', fr: 'Compte', en: 'Account', kind: { type: 'digits' }, required: false },
    { field: 'label', fr: 'Libellé', en: 'Label', kind: text(), required: false },
    { field: 'function', fr: 'Fonction', en: 'Function', kind: code(FUNCTION_CODES, 'domain.function'), required: false },
    { field: 'amountEur', fr: 'Montant', en: 'Amount', kind: eur, required: true },
  ],
};

export const STAFF: TableSpec = {
  table: 'Effectifs',
  columns: [
    { field: 'partner', fr: 'Partenaire', en: 'Partner', kind: { type: 'ref', to: 'partner' }, required: true },
    { field: 'site', fr: 'Site', en: 'Site', kind: { type: 'ref', to: 'site' }, required: false },
    { field: 'category', fr: 'Catégorie', en: 'Category', kind: code(STAFF_CATEGORIES, 'domain.category'), required: true },
    { field: 'function', fr: 'Fonction', en: 'Function', kind: code(FUNCTION_CODES, 'domain.function'), required: false },
    { field: 'agreement', fr: 'Convention collective', en: 'Collective agreement', kind: code(AGREEMENTS, 'domain.agreement'), required: false },
    { field: 'fte', fr: 'ETP', en: 'FTE', kind: nonNegative('fte'), required: true },
    { field: 'budgetedFte', fr: 'ETP budgétés', en: 'Budgeted FTE', kind: nonNegative('fte'), required: false },
    { field: 'loadedPayrollEur', fr: 'Masse salariale chargée', en: 'Loaded payroll', kind: nonNegative('eur'), required: true },
    { field: 'absenceDays', fr: "Jours d'absence", en: 'Absence days', kind: nonNegative('days'), required: false },
  ],
};

export const SCHEMA: readonly TableSpec[] = [PARTNERS, SITES, BUDGETS, STAFF];

export function tableSpec(table: TableName): TableSpec {
  const spec = SCHEMA.find((s) => s.table === table);
  if (!spec) throw new Error(`No schema for table ${table}`);
  return spec;
}
