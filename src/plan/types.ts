// A WorkbookPlan is the whole generated model as plain data. Adapters write it;
// they add nothing to it (ARCHITECTURE.md).
import type { Lang } from '../i18n';

export type CellScalar = string | number | boolean | null;

/** MODELLING.md classes; the cover is shown apart in the table of contents. */
export type SheetClass = 'cover' | 'input' | 'calculation' | 'output' | 'control';

export type StyleName =
  | 'title' | 'subtitle' | 'header' | 'label' | 'input' | 'calc' | 'total'
  | 'check' | 'note' | 'link' | 'output' | 'unit' | 'source'
  /** Body text that wraps within its column (long texts of a reference table). */
  | 'text';

/** Colours are ARGB hex (`FF1F4E79`). Absent fields mean the spreadsheet's default. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly borderBottom?: boolean;
  readonly borderTop?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly wrap?: boolean;
  /** False for input cells, so that a protected sheet still accepts them. */
  readonly locked?: boolean;
}

/**
 * One cell. Rows and columns are 1-based. A formula is en-US syntax without the
 * leading `=`; `expected` is the engine's value for it, which the tests compare
 * with a real spreadsheet's recalculation.
 */
export interface PlanCell {
  readonly row: number;
  readonly col: number;
  readonly value?: CellScalar;
  readonly formula?: string;
  readonly expected?: CellScalar;
  readonly style?: StyleName;
  readonly numberFormat?: string;
  /** Internal hyperlink to another generated sheet, by key. */
  readonly linkTo?: string;
}

export interface PlanRange {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** An Excel table: headers on `row`, `rowCount` body rows below. */
export interface PlanTable {
  readonly name: string;
  readonly row: number;
  readonly col: number;
  readonly headers: readonly string[];
  readonly rowCount: number;
}

export type PlanValidation =
  | { readonly range: PlanRange; readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly range: PlanRange; readonly kind: 'decimal'; readonly min: number; readonly max: number }
  | { readonly range: PlanRange; readonly kind: 'whole'; readonly min: number; readonly max: number };

/** `trueFalse`: green when TRUE, red when FALSE (checks). `scale`: one colour scale (risk scores). */
export type PlanConditionalFormat =
  | { readonly range: PlanRange; readonly kind: 'trueFalse' }
  | { readonly range: PlanRange; readonly kind: 'scale'; readonly min: number; readonly max: number };

export interface PlanPrint {
  readonly landscape: boolean;
  readonly fitToWidth: boolean;
  readonly area: PlanRange | null;
  readonly header: string | null;
  readonly footer: string | null;
  /** Header rows repeated at the top of every printed page (Excel's print titles), 1-based, inclusive. */
  readonly printTitleRows?: { readonly first: number; readonly last: number };
}

export interface PlanSheet {
  /** Stable identity across languages and runs (`cover`, `data`, `assumptions`…). */
  readonly key: string;
  /** The sheet's name in the workbook, in the model's language. */
  readonly name: string;
  readonly class: SheetClass;
  readonly cells: readonly PlanCell[];
  readonly tables: readonly PlanTable[];
  readonly validations: readonly PlanValidation[];
  readonly conditionalFormats: readonly PlanConditionalFormat[];
  readonly freeze: { readonly rows: number; readonly cols: number } | null;
  /** Widths in characters, index 0 = column A. */
  readonly columnWidths: readonly number[];
  /** Protected without a password; input cells stay unlocked. */
  readonly protect: boolean;
  readonly print: PlanPrint | null;
  readonly tabColor: string | null;
  /**
   * Where the sheet's years stand: the header row that names them and the
   * columns they span. The modelling lint checks one R1C1 formula per row there.
   */
  readonly timeline?: { readonly row: number; readonly firstCol: number; readonly count: number };
}

/** A workbook-level defined name on one cell. */
export interface PlanName {
  readonly name: string;
  readonly sheetKey: string;
  readonly row: number;
  readonly col: number;
}

export interface WorkbookPlan {
  readonly productVersion: string;
  readonly lang: Lang;
  readonly sheets: readonly PlanSheet[];
  readonly names: readonly PlanName[];
  readonly styles: { readonly [K in StyleName]: CellStyle };
}
