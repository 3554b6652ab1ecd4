// Where the Bases sheet holds each figure: one row per keyed figure, partners across from
// column E, the total over the partners in D; the sites one row each below. The scenario
// sheets' formulas point here (sheet-qualified, ready to drop into a formula).
import { STAFF_CATEGORIES } from '../../domain/codes';
import { POOLED_FUNCTIONS } from '../../engine/model-assumptions';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';

/** Columns: code, label, unit, total over the partners (or the target), then one column per partner. */
export const BASES_COL = { code: 1, label: 2, unit: 3, total: 4, firstPartner: 5 } as const;
/** Row of the partner codes (read from the data sheet) and of their names. */
export const BASES_CODE_ROW = 5;
export const BASES_NAME_ROW = 6;

/** The keyed rows with partners across, besides `baseline.<F>`, `fte.<F>`, `payroll.<F>`. */
export const BASES_PARTNER_ROWS = ['charges', 'staffPayroll', 'frng', 'workingCapitalNeed', 'balanceSheetTotal'] as const;

export interface BasesLayout {
  readonly sheetName: string;
  readonly partnerCount: number;
  readonly siteCount: number;
  /** Column of partner p (data.partners order). */
  partnerCol(p: number): number;
  /**
   * Row of a keyed figure: `baseline.<F>`, `fte.<F>`, `payroll.<F>` (POOLED_FUNCTIONS), `charges`, `staffPayroll`,
   * `frng`, `workingCapitalNeed`, `balanceSheetTotal`, `harmonisationGap`.
   */
  row(key: string): number;
  /** Absolute sheet-qualified range of a row across the partners (`'Bases'!$E$9:$G$9`). */
  partnerRange(key: string): string;
  /**
   * One partner's cell of a row, row fixed and column relative (`'Bases'!F$9`): written in the n-th
   * partner column of another sheet, the formula stays one R1C1 formula across the partners.
   */
  partnerCell(key: string, p: number): string;
  /** Absolute address of the row's total over the partners (column D). */
  total(key: string): string;
  /** Absolute ranges over the sites (data.sites order): code, partner code, rent and charges; null without sites. */
  readonly sites: { readonly codes: string; readonly partners: string; readonly rents: string } | null;
  /** Rows of the harmonisation grids by staff category (STAFF_CATEGORIES order). */
  readonly harmonisation: { readonly fte: number; readonly payroll: number; readonly average: number; readonly gap: number };
  readonly firstSiteRow: number;
  readonly lastRow: number;
}

/**
 * Lay the Bases sheet out for `partnerCount` partners and `siteCount` sites.
 * Sections (each a title row, then its rows, then a blank row): charges baseline by function, FTE by function,
 * payroll by function, per partner figures, harmonisation (FTE, payroll, average and gap by category, then the gap
 * by partner), sites.
 * @example basesSheetLayout(3, 5, 'Bases').partnerRange('charges') // "'Bases'!$E$…:$G$…"
 */
export function basesSheetLayout(partnerCount: number, siteCount: number, sheetName: string): BasesLayout {
  const rows = new Map<string, number>();
  let row = BASES_NAME_ROW + 2;
  const block = (keys: readonly string[]) => {
    row += 1; // the section's title
    for (const k of keys) rows.set(k, row++);
    row += 1; // a blank row
  };
  block(POOLED_FUNCTIONS.map((f) => `baseline.${f}`));
  block(POOLED_FUNCTIONS.map((f) => `fte.${f}`));
  block(POOLED_FUNCTIONS.map((f) => `payroll.${f}`));
  block(BASES_PARTNER_ROWS);
  // Harmonisation: the section title, then four grids, each a sub-header and one row per category.
  row += 1;
  const grid = () => {
    const first = row + 1;
    row += 1 + STAFF_CATEGORIES.length;
    return first;
  };
  const harmonisation = { fte: grid(), payroll: grid(), average: grid(), gap: grid() };
  rows.set('harmonisationGap', row++);
  row += 1;
  // Sites: the title, the column headers, one row each.
  const firstSiteRow = row + 2;
  const lastRow = siteCount > 0 ? firstSiteRow + siteCount - 1 : row + 1;

  const partnerCol = (p: number) => BASES_COL.firstPartner + p;
  const lastPartnerCol = partnerCol(Math.max(0, partnerCount - 1));
  const rowOf = (key: string): number => {
    const r = rows.get(key);
    if (r === undefined) throw new Error(`No row ${key} on the Bases sheet`);
    return r;
  };
  const siteRange = (col: number) => sheetRef(sheetName, rangeRef(firstSiteRow, col, firstSiteRow + siteCount - 1, col));
  return {
    sheetName,
    partnerCount,
    siteCount,
    partnerCol,
    row: rowOf,
    partnerRange: (key) => sheetRef(sheetName, rangeRef(rowOf(key), partnerCol(0), rowOf(key), lastPartnerCol)),
    partnerCell: (key, p) => sheetRef(sheetName, cellRef(rowOf(key), partnerCol(p), { absCol: false })),
    total: (key) => sheetRef(sheetName, cellRef(rowOf(key), BASES_COL.total)),
    sites: siteCount > 0
      ? { codes: siteRange(BASES_COL.code), partners: siteRange(BASES_COL.label), rents: siteRange(BASES_COL.total) }
      : null,
    harmonisation,
    firstSiteRow,
    lastRow,
  };
}
