// The state behind the fake Excel: sheets of cells, tables, names, validations,
// conditional formats, panes, widths and protection, as plain data that a test
// can snapshot and compare.
import type { CellScalar } from '../../src/plan/types';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeCell {
  value: CellScalar;
  /** Formula text without `=`. */
  formula?: string;
  numberFormat?: string;
  /** Merged cell properties (font, fill, borders, alignment, protection). */
  format: Record<string, unknown>;
  hyperlink?: { documentReference?: string; textToDisplay?: string; address?: string };
}

export interface TableState {
  name: string;
  sheet: SheetState;
  box: Box;
  style: string | null;
}

export interface ConditionalFormatState {
  box: Box;
  type: string;
  detail: Record<string, unknown>;
}

export class SheetState {
  readonly cells = new Map<string, FakeCell>();
  validations: { box: Box; rule: unknown; ignoreBlanks: boolean }[] = [];
  conditionalFormats: ConditionalFormatState[] = [];
  freeze: { rows: number; cols: number } | null = null;
  readonly columnWidths = new Map<number, number>();
  tabColor: string | null = null;
  protected = false;
  readonly pageLayout: Record<string, unknown> = {};
  constructor(
    readonly id: number,
    public name: string,
  ) {}
}

export interface NameState {
  name: string;
  sheet: SheetState | null;
  box: Box;
}

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  names: NameState[] = [];
  /** The sheet the user sees (worksheet.activate) and the selected range (range.select). */
  activeSheet: SheetState | null = null;
  selection: { sheet: SheetState; box: Box } | null = null;
  private nextId = 1;
  nextTable = 1;

  newSheet(name: string): SheetState {
    const sheet = new SheetState(this.nextId, name);
    this.nextId += 1;
    this.sheets.push(sheet);
    return sheet;
  }
}

export const key = (row: number, col: number): string => `${row}:${col}`;

export function inBox(box: Box, row: number, col: number): boolean {
  return row >= box.top && row <= box.bottom && col >= box.left && col <= box.right;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Everything observable, as JSON-able data (for "unchanged" comparisons). */
export function snapshot(state: WorkbookState): unknown {
  return {
    sheets: state.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
      tables: state.tables.filter((t) => t.sheet === s).map((t) => ({ name: t.name, box: t.box, style: t.style })),
      validations: s.validations,
      conditionalFormats: s.conditionalFormats,
      freeze: s.freeze,
      columnWidths: [...s.columnWidths.entries()].sort(([a], [b]) => a - b),
      tabColor: s.tabColor,
      protected: s.protected,
      pageLayout: s.pageLayout,
    })),
    names: state.names.map((n) => ({ name: n.name, sheet: n.sheet?.name ?? null, box: n.box })),
  };
}
