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
  /** Native charts drawn over the sheet's own cells (issue 8); absent or empty: none. */
  readonly charts?: readonly PlanChart[];
}

/**
 * How a chart draws its series. `columnLine`: columns (stacked when there are several)
 * with the series marked `line` drawn as lines over them.
 */
export type PlanChartType = 'column' | 'stackedColumn' | 'bar' | 'stackedBar' | 'line' | 'columnLine';

/**
 * One series: absolute, sheet-qualified A1 ranges (`'Mutualisation S1'!$I$40:$S$40`) over one
 * row or one column, the categories the same length as the values.
 */
export interface PlanChartSeries {
  /** The legend's text as the model is written; `nameRef` (one cell) keeps it live where the format allows. */
  readonly name: string;
  readonly nameRef?: string;
  readonly values: string;
  readonly categories?: string;
  /** In a `columnLine` chart: this series is drawn as a line. */
  readonly line?: boolean;
}

/** A native chart on its sheet: everything it shows is read from cells, so it follows every recalculation. */
export interface PlanChart {
  /** Stable identity on its sheet (`savingsByYear`, `npvByScenario`…). */
  readonly key: string;
  readonly type: PlanChartType;
  readonly title: string;
  readonly categoryAxisTitle?: string;
  readonly valueAxisTitle?: string;
  /** Number format of the value axis (`#,##0`). */
  readonly valueFormat?: string;
  readonly series: readonly PlanChartSeries[];
  /** Categories from the top down (a tornado's widest bar first): bar charts draw the first category at the bottom otherwise. */
  readonly reverseCategories?: boolean;
  /** The cells the chart covers on its sheet (top-left cell to bottom-right cell, inclusive). */
  readonly anchor: PlanRange;
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
