import type {
  AgreementCode, EstablishmentTypeCode, FunctionCode, GroupCode, SideCode,
  StaffCategoryCode, TableName, TenureCode,
} from '../domain/codes';

/** A cell as both adapters hand it over: Excel's own value types, dates already turned to text or serials by the adapter. */
export type CellValue = string | number | boolean | null;

/**
 * One partner table as plain rows, exactly as the user's workbook holds it.
 * Row numbers are the ones the user sees in Excel: the header sits on `headerRow`,
 * `rows[i]` on `headerRow + 1 + i`; columns start at `firstColumn` (1 = A).
 */
export interface RawTable {
  readonly table: TableName;
  /** Sheet holding the table, for cell addresses in messages (`Budgets!H12`). */
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly headers: readonly CellValue[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** What an adapter found in a workbook; a missing table is simply absent. */
export type RawWorkbook = { readonly [K in TableName]?: RawTable };

export type Severity = 'error' | 'warning';

/** What a cell should have held, rendered in the user's language by src/i18n. */
export type Expected =
  | { readonly kind: 'number' }
  | { readonly kind: 'wholeNumber' }
  | { readonly kind: 'nonNegative' }
  | { readonly kind: 'between'; readonly min: number; readonly max: number }
  | { readonly kind: 'text' }
  | { readonly kind: 'maxLength'; readonly max: number }
  | { readonly kind: 'oneOf'; readonly values: readonly string[] }
  | { readonly kind: 'digits' }
  | { readonly kind: 'present' }
  | { readonly kind: 'unique' }
  | { readonly kind: 'knownPartner' }
  | { readonly kind: 'knownSite' }
  | { readonly kind: 'value'; readonly value: string };

/**
 * A problem in the user's data: a value, never an exception.
 * `row` is the Excel row number; `column` is the header as the user wrote it
 * (or the schema's French header when the column is missing); `cell` is an A1
 * address on `sheet` when one cell is at fault.
 */
export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  readonly table: TableName | null;
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly cell: string | null;
  readonly expected: Expected | null;
  readonly found: string | null;
}

/** Where a normalised record came from in the user's tables. */
export interface Origin {
  readonly table: TableName;
  readonly row: number;
}

export interface Partner {
  readonly code: string;
  readonly name: string;
  readonly legalStatus: string | null;
  readonly agreement: AgreementCode | null;
  readonly department: string | null;
  readonly year: number | null;
  readonly permanentCapitalEur: number | null;
  readonly netFixedAssetsEur: number | null;
  readonly financialDebtEur: number | null;
  readonly workingCapitalNeedEur: number | null;
  readonly cafEur: number | null;
  readonly balanceSheetTotalEur: number | null;
  readonly origin: Origin;
}

export interface Site {
  readonly partner: string;
  readonly code: string;
  readonly name: string | null;
  readonly type: EstablishmentTypeCode | null;
  readonly town: string | null;
  readonly department: string | null;
  readonly authorisedPlaces: number | null;
  /** 365 when the user left it empty (INPUT-SCHEMA). */
  readonly openingDays: number;
  readonly daysDelivered: number | null;
  readonly daysFunded: number | null;
  readonly floorAreaM2: number | null;
  readonly tenure: TenureCode | null;
  readonly rentAndChargesEur: number | null;
  readonly grossBuildingsEur: number | null;
  readonly buildingDepreciationEur: number | null;
  readonly origin: Origin;
}

export interface BudgetLine {
  readonly partner: string;
  readonly site: string | null;
  readonly side: SideCode;
  readonly group: GroupCode;
  readonly account: string | null;
  readonly label: string | null;
  readonly function: FunctionCode | null;
  readonly amountEur: number;
  readonly origin: Origin;
}

export interface StaffGroup {
  readonly partner: string;
  readonly site: string | null;
  readonly category: StaffCategoryCode;
  readonly function: FunctionCode | null;
  /** The partner's agreement when the user left it empty. */
  readonly agreement: AgreementCode | null;
  readonly fte: number;
  readonly budgetedFte: number | null;
  readonly loadedPayrollEur: number;
  readonly absenceDays: number | null;
  readonly origin: Origin;
}

/** The validated, normalised partner data: what the engine and the data sheet use. */
export interface CooperationData {
  readonly partners: readonly Partner[];
  readonly sites: readonly Site[];
  readonly budgets: readonly BudgetLine[];
  readonly staff: readonly StaffGroup[];
}

export type ValidationResult =
  | { readonly ok: true; readonly value: CooperationData; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };
