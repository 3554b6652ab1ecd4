// The layout shared by the comparison and indicators sheets (MODELLING.md "Consolidation"):
// a label and a unit column, one column per partner (its code as a value in the header
// row, which the formulas read), then the consolidated column (Σ partners + adjustments),
// then the adjustments column. Rows are declared as data; this module places them.
import type { SheetContext } from '../context';
import { SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import type { CellScalar, PlanSheet, StyleName } from '../types';
import { putFrame } from './sheet-frame';

/** Header row holding the partner codes (values) that every data formula compares with. */
export const CODE_ROW = 4;
export const NAME_ROW = 5;
export const FIRST_BODY_ROW = 7;
export const LABEL_COL = 1;
export const UNIT_COL = 2;
export const FIRST_PARTNER_COL = 3;

/**
 * What the sheet's frame shows in row 2: the data year and the master check, whose
 * value the plan builder knows once every check is gathered (absent: no master check cell).
 */
export interface OutputFrame {
  readonly dataYear: number | null;
  readonly masterCheck?: boolean;
}

/** A section title. */
export interface SectionRow {
  readonly kind: 'section';
  readonly label: string;
}

/**
 * A figure that adds up across partners: each partner cell is `partnerFormula(code)`,
 * where `code` is the partner's code cell (`C$4`); the consolidated cell is
 * SUM(partners) + adjustment; the adjustment cell holds 0.
 */
export interface AdditiveRow {
  readonly kind: 'additive';
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly format: string;
  readonly partnerFormula: (code: string, ref: RowRef) => string;
  readonly expected: readonly number[];
  readonly consolidatedExpected: number;
  readonly style?: StyleName;
  /** Text for the definition column (formula in words, source). */
  readonly note?: string;
}

/**
 * A figure derived from other rows of the same column (a result, a ratio): the same
 * formula in every partner column and in the consolidated one; no adjustment.
 * `null` in the expected values means "n/a". A `flag` row holds TRUE/FALSE (an alert
 * threshold met or not), shown green or red like the checks.
 */
export interface DerivedRow {
  readonly kind: 'derived';
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly format: string;
  readonly formula: (ref: RowRef, na: string) => string;
  readonly expected: readonly (number | boolean | null)[];
  readonly consolidatedExpected: number | boolean | null;
  readonly style?: StyleName;
  /** Text for the definition column (formula in words, source). */
  readonly note?: string;
  /** TRUE/FALSE values under a green/red conditional format. */
  readonly flag?: boolean;
}

export type SheetRow = SectionRow | AdditiveRow | DerivedRow | { readonly kind: 'blank' };

/** The address of another row's cell in the current column, relative (`C12`). */
export type RowRef = (key: string) => string;

export interface PartnerColumnsSpec {
  readonly key: string;
  readonly sheetKey: string;
  readonly title: string;
  readonly note: string;
  readonly frame: OutputFrame;
  readonly partners: readonly { readonly code: string; readonly name: string }[];
  readonly rows: readonly SheetRow[];
  /** The "n/a" text, from src/i18n. */
  readonly na: string;
  readonly headers: {
    readonly label: string; readonly unit: string; readonly consolidated: string; readonly adjustments: string;
    readonly consolidatedNote: string; readonly adjustmentsNote: string;
    /** Header of the definition column after the adjustments; the column is left out without it. */
    readonly definition?: string;
  };
}

export interface PartnerColumnsSheet {
  readonly sheet: PlanSheet;
  readonly consolidatedCol: number;
  readonly adjustmentsCol: number;
  readonly partnerCols: readonly number[];
  /** Row of a keyed row. */
  row(key: string): number;
  /** Absolute address of a keyed row's cell in a column, with the sheet name: for checks on another sheet. */
  absolute(key: string, col: number): string;
  /** Absolute range from one keyed row to another in a column, with the sheet name. */
  absoluteRange(fromKey: string, toKey: string, col: number): string;
}

const columnRef = (row: number, col: number) => cellRef(row, col, { absRow: false, absCol: false });

/** Places the rows, the headers, the frame, and the print and protection settings. */
export function buildPartnerColumnsSheet(ctx: SheetContext, spec: PartnerColumnsSpec): PartnerColumnsSheet {
  const grid = new SheetGrid();
  const n = spec.partners.length;
  const partnerCols = spec.partners.map((_, i) => FIRST_PARTNER_COL + i);
  const consolidatedCol = FIRST_PARTNER_COL + n;
  const adjustmentsCol = consolidatedCol + 1;
  const rows = new Map<string, number>();
  spec.rows.forEach((r, i) => {
    if (r.kind === 'additive' || r.kind === 'derived') {
      if (rows.has(r.key)) throw new Error(`Row ${r.key} declared twice`);
      rows.set(r.key, FIRST_BODY_ROW + i);
    }
  });
  const rowOf = (key: string): number => {
    const found = rows.get(key);
    if (found === undefined) throw new Error(`No row ${key}`);
    return found;
  };
  const refIn = (col: number): RowRef => (key) => columnRef(rowOf(key), col);
  const asExpected = (v: number | boolean | null): CellScalar => (v === null ? spec.na : v);
  const flagRows: number[] = [];

  const { dataYear, masterCheck } = spec.frame;
  if (masterCheck !== undefined && dataYear !== null) {
    putFrame(grid, ctx, { title: spec.title, sheetClass: 'output', dataYear, masterCheck, masterCheckCol: consolidatedCol });
  } else {
    grid.text(1, LABEL_COL, spec.title, 'title');
    grid.text(2, LABEL_COL, ctx.t('sheet.common.classLine', { class: ctx.t('sheet.class.output'), year: dataYear ?? '' }), 'subtitle');
  }
  grid.text(3, LABEL_COL, spec.note, 'note');
  grid.text(CODE_ROW, LABEL_COL, spec.headers.label, 'header');
  grid.text(CODE_ROW, UNIT_COL, spec.headers.unit, 'header');
  spec.partners.forEach((p, i) => {
    grid.text(CODE_ROW, partnerCols[i], p.code, 'header');
    grid.text(NAME_ROW, partnerCols[i], p.name, 'note');
  });
  grid.text(CODE_ROW, consolidatedCol, spec.headers.consolidated, 'header');
  grid.text(NAME_ROW, consolidatedCol, spec.headers.consolidatedNote, 'note');
  grid.text(CODE_ROW, adjustmentsCol, spec.headers.adjustments, 'header');
  grid.text(NAME_ROW, adjustmentsCol, spec.headers.adjustmentsNote, 'note');
  const definitionCol = spec.headers.definition === undefined ? null : adjustmentsCol + 1;
  if (definitionCol !== null) grid.text(CODE_ROW, definitionCol, spec.headers.definition as string, 'header');

  spec.rows.forEach((r, i) => {
    const row = FIRST_BODY_ROW + i;
    if (r.kind === 'blank') return;
    if (r.kind === 'section') {
      grid.text(row, LABEL_COL, r.label, 'subtitle');
      return;
    }
    grid.text(row, LABEL_COL, r.label, r.style === 'output' ? 'total' : 'label');
    grid.text(row, UNIT_COL, r.unit, 'unit');
    if (definitionCol !== null && r.note !== undefined) grid.text(row, definitionCol, r.note, 'note');
    const style = r.kind === 'derived' && r.flag ? 'check' : r.style ?? 'calc';
    if (r.kind === 'derived' && r.flag) flagRows.push(row);
    if (r.kind === 'additive') {
      partnerCols.forEach((col, pi) => {
        const code = cellRef(CODE_ROW, col, { absRow: true, absCol: false });
        grid.put(row, col, { formula: r.partnerFormula(code, refIn(col)), expected: r.expected[pi], style, numberFormat: r.format });
      });
      const first = columnRef(row, FIRST_PARTNER_COL);
      const last = columnRef(row, consolidatedCol - 1);
      grid.put(row, consolidatedCol, {
        formula: `SUM(${first}:${last})+${columnRef(row, adjustmentsCol)}`, expected: r.consolidatedExpected, style: 'total', numberFormat: r.format,
      });
      grid.put(row, adjustmentsCol, { value: 0, style: 'calc', numberFormat: r.format });
    } else {
      partnerCols.forEach((col, pi) => {
        grid.put(row, col, { formula: r.formula(refIn(col), spec.na), expected: asExpected(r.expected[pi]), style, numberFormat: r.format });
      });
      grid.put(row, consolidatedCol, {
        formula: r.formula(refIn(consolidatedCol), spec.na), expected: asExpected(r.consolidatedExpected), style: r.flag ? 'check' : 'total', numberFormat: r.format,
      });
    }
  });

  const lastRow = FIRST_BODY_ROW + spec.rows.length - 1;
  const header = ctx.t('sheet.common.printHeader', { title: spec.title, year: dataYear ?? '' });
  const sheet: PlanSheet = {
    key: spec.sheetKey,
    name: ctx.names[spec.sheetKey] ?? spec.key,
    class: 'output',
    cells: grid.cells(),
    tables: [],
    validations: [],
    conditionalFormats: flagRows.map((row) => ({ range: { row, col: FIRST_PARTNER_COL, rows: 1, cols: n + 1 }, kind: 'trueFalse' as const })),
    freeze: { rows: NAME_ROW, cols: UNIT_COL },
    columnWidths: [52, 12, ...partnerCols.map(() => 16), 18, 14, ...(definitionCol === null ? [] : [70])],
    protect: true,
    print: {
      landscape: true, fitToWidth: true,
      area: { row: 1, col: 1, rows: lastRow, cols: definitionCol ?? adjustmentsCol },
      // Partner codes, names and column notes head every printed page.
      printTitleRows: { first: CODE_ROW, last: FIRST_BODY_ROW - 1 },
      header, footer: ctx.t('sheet.common.printFooter'),
    },
    tabColor: null,
  };
  const sheetName = sheet.name;
  return {
    sheet, consolidatedCol, adjustmentsCol, partnerCols,
    row: rowOf,
    absolute: (key, col) => sheetRef(sheetName, cellRef(rowOf(key), col)),
    absoluteRange: (fromKey, toKey, col) => sheetRef(sheetName, rangeRef(rowOf(fromKey), col, rowOf(toKey), col)),
  };
}
