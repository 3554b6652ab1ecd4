// The in-memory workbook of the in-browser preview: the user's four tables as
// plain sheets, and the generated sheets written from a plan into a grid. No
// React and no DOM here, so that it is tested on its own.
import type { RawTable, RawWorkbook } from '../../data/types';
import type { TableName } from '../../domain/codes';
import type { CellScalar, PlanSheet, StyleName, WorkbookPlan } from '../../plan/types';
import { cellAddress } from '../../data/cell-address';

export interface GridCell {
  /** What the cell shows: a typed value, or the engine's value of its formula. */
  readonly value: CellScalar;
  readonly formula?: string;
  readonly style?: StyleName;
  readonly numberFormat?: string;
  readonly linkTo?: string;
}

export interface GridSheet {
  readonly name: string;
  /** The plan's stable key for a generated sheet; null for the user's own sheets. */
  readonly key: string | null;
  readonly rowCount: number;
  readonly colCount: number;
  /** Widths in characters, index 0 = column A (the plan's, or fitted to the user's data). */
  readonly columnWidths: readonly number[];
  cell(row: number, col: number): GridCell | undefined;
}

const keyOf = (row: number, col: number): string => `${row}:${col}`;

function rawTableSheet(table: RawTable): GridSheet {
  const cells = new Map<string, GridCell>();
  table.headers.forEach((h, i) => cells.set(keyOf(table.headerRow, table.firstColumn + i), { value: h, style: 'header' }));
  table.rows.forEach((row, r) =>
    row.forEach((v, c) => cells.set(keyOf(table.headerRow + 1 + r, table.firstColumn + c), { value: v })),
  );
  const width = Math.max(table.headers.length, ...table.rows.map((r) => r.length));
  const colCount = table.firstColumn - 1 + width;
  // Fitted like Excel's autofit, within bounds: the longest text of each column.
  const columnWidths = Array.from({ length: colCount }, (_, c) => {
    const i = c - (table.firstColumn - 1);
    const texts = [table.headers[i], ...table.rows.map((r) => r[i])].map((v) => (v === null || v === undefined ? '' : String(v)));
    return Math.min(40, Math.max(6, ...texts.map((t) => t.length + 1)));
  });
  return {
    name: table.sheet,
    key: null,
    rowCount: table.headerRow + table.rows.length,
    colCount,
    columnWidths,
    cell: (row, col) => cells.get(keyOf(row, col)),
  };
}

function planGridSheet(sheet: PlanSheet, edits: ReadonlyMap<string, CellScalar>): GridSheet {
  const cells = new Map<string, GridCell>();
  let rowCount = 0;
  let colCount = 0;
  for (const c of sheet.cells) {
    const k = keyOf(c.row, c.col);
    const typed = edits.has(k) ? edits.get(k)! : c.value ?? null;
    cells.set(k, {
      value: c.formula !== undefined ? c.expected ?? null : typed,
      formula: c.formula,
      style: c.style,
      numberFormat: c.numberFormat,
      linkTo: c.linkTo,
    });
    rowCount = Math.max(rowCount, c.row);
    colCount = Math.max(colCount, c.col);
  }
  return {
    name: sheet.name, key: sheet.key, rowCount, colCount, columnWidths: sheet.columnWidths,
    cell: (row, col) => cells.get(keyOf(row, col)),
  };
}

/**
 * An in-memory workbook. The user's tables change only through `addTable`;
 * the generated sheets through `writePlan`, and their input cells through `setInput`.
 */
export class PreviewWorkbook {
  private tables: Partial<Record<TableName, RawTable>> = {};
  private plan: WorkbookPlan | null = null;
  /** Typed values of generated input cells, by sheet key then `row:col`. */
  private edits = new Map<string, Map<string, CellScalar>>();
  private listeners = new Set<() => void>();
  private version = 0;

  constructor(initial: RawWorkbook = {}) {
    this.tables = { ...initial };
  }

  /** Bumped on every change, for React's useSyncExternalStore. */
  get revision(): number {
    return this.version;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.version += 1;
    for (const l of [...this.listeners]) l();
  }

  rawWorkbook(): RawWorkbook {
    return { ...this.tables };
  }

  hasTable(name: TableName): boolean {
    return this.tables[name] !== undefined;
  }

  addTable(table: RawTable): void {
    if (this.tables[table.table]) return;
    this.tables = { ...this.tables, [table.table]: table };
    this.changed();
  }

  currentPlan(): WorkbookPlan | null {
    return this.plan;
  }

  /**
   * Replaces the generated sheets. Typed inputs are dropped: a regeneration reads them
   * back first and passes them to the engine, so the new plan already holds them, at the
   * place the new layout gives them.
   */
  writePlan(plan: WorkbookPlan): void {
    this.plan = plan;
    this.edits = new Map();
    this.changed();
  }

  /** Types a value into an input cell of a generated sheet; false when there is no such input cell. */
  setInput(sheetKey: string, row: number, col: number, value: CellScalar): boolean {
    const sheet = this.plan?.sheets.find((s) => s.key === sheetKey);
    const cell = sheet?.cells.find((c) => c.row === row && c.col === col);
    if (!sheet || !cell || cell.style !== 'input') return false;
    const map = this.edits.get(sheetKey) ?? new Map<string, CellScalar>();
    map.set(keyOf(row, col), value);
    this.edits.set(sheetKey, map);
    this.changed();
    return true;
  }

  /** The value an input cell holds now: typed, else the plan's. */
  inputValue(sheetKey: string, row: number, col: number): CellScalar | undefined {
    const typed = this.edits.get(sheetKey)?.get(keyOf(row, col));
    if (typed !== undefined) return typed;
    const sheet = this.plan?.sheets.find((s) => s.key === sheetKey);
    return sheet?.cells.find((c) => c.row === row && c.col === col)?.value ?? undefined;
  }

  /**
   * A generated sheet's values as rows from A1 (`rows[0][0]` is A1), typed inputs included and
   * formulas as their engine value, as an adapter reads a used range; null when there is no such sheet.
   */
  sheetRows(sheetKey: string): CellScalar[][] | null {
    const sheet = this.plan?.sheets.find((s) => s.key === sheetKey);
    if (!sheet) return null;
    const edits = this.edits.get(sheetKey);
    const rows: CellScalar[][] = [];
    for (const c of sheet.cells) {
      const k = keyOf(c.row, c.col);
      const value = c.formula !== undefined ? c.expected ?? null : edits?.has(k) ? edits.get(k)! : c.value ?? null;
      const row = (rows[c.row - 1] ??= []);
      row[c.col - 1] = value;
    }
    return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
  }

  /** The plan with every typed input written into its cells: what the download holds. */
  planWithInputs(): WorkbookPlan | null {
    const plan = this.plan;
    if (!plan) return null;
    return {
      ...plan,
      sheets: plan.sheets.map((sheet) => {
        const edits = this.edits.get(sheet.key);
        if (!edits || edits.size === 0) return sheet;
        return {
          ...sheet,
          cells: sheet.cells.map((c) => {
            const k = keyOf(c.row, c.col);
            return edits.has(k) ? { ...c, value: edits.get(k)! } : c;
          }),
        };
      }),
    };
  }

  /** The user's sheets first, then the generated ones in plan order. */
  sheets(): readonly GridSheet[] {
    const user = Object.values(this.tables).filter((t): t is RawTable => t !== undefined).map(rawTableSheet);
    const generated = (this.plan?.sheets ?? []).map((s) => planGridSheet(s, this.edits.get(s.key) ?? new Map()));
    return [...user, ...generated];
  }

  // View state of the preview: which sheet is shown and which cell is highlighted.
  private view: { sheet: string | null; cell: string | null } = { sheet: null, cell: null };

  get activeSheet(): string | null {
    return this.view.sheet;
  }

  get highlightedCell(): string | null {
    return this.view.cell;
  }

  show(sheet: string, cell: string | null = null): void {
    this.view = { sheet, cell };
    this.changed();
  }

  /** A1 address helper for the grid view. */
  static address(row: number, col: number): string {
    return cellAddress(row, col);
  }
}
