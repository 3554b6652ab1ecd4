// Where each assumption stands on the assumptions sheet (Hypothèses): one row per
// assumption, grouped by section; the value in column D, its range in E–F, and the
// rows by year across the timeline's year columns.
import type { AssumptionEntry, AssumptionSection } from '../engine/model-assumptions';
import type { AssumptionsLayout } from './context';
import { cellRef, sheetRef } from './layout/sheet-ref';
import { yearCol } from './layout/timeline';

export const ASSUMPTION_COLS = { key: 1, label: 2, unit: 3, value: 4, low: 5, high: 6, default: 7, source: 8 } as const;
/** Row of the model year indexes and of the column headers (calendar years over the year columns). */
export const ASSUMPTION_INDEX_ROW = 4;
export const ASSUMPTION_HEADER_ROW = 5;
const FIRST_SECTION_ROW = 7;

export const SECTION_ORDER: readonly AssumptionSection[] = [
  'time', 'functions', 'oneOff', 'harmonisation', 'sensitivity', 'alerts', 'swotRules', 'riskRules', 'other', 'benchmarks',
];

export interface AssumptionRow {
  readonly entry: AssumptionEntry;
  readonly row: number;
}

export interface AssumptionsSheetLayout extends AssumptionsLayout {
  readonly horizonYears: number;
  readonly sections: readonly { readonly section: AssumptionSection; readonly titleRow: number; readonly rows: readonly AssumptionRow[] }[];
  /** Row of an entry by its key (`rampUp.ACHATS`, `discountRate`…). */
  row(key: string): number;
  /** Every entry's value-cell keys and addresses, for reading user values back. */
  inputCells(): readonly { readonly key: string; readonly row: number; readonly col: number }[];
}

/**
 * Lay out the entries (see modelAssumptions) on a sheet named `sheetName`.
 * @example assumptionsSheetLayout(entries, 'Hypothèses').ref('discountRate') // "'Hypothèses'!$D$8"
 */
export function assumptionsSheetLayout(entries: readonly AssumptionEntry[], sheetName: string): AssumptionsSheetLayout {
  let row = FIRST_SECTION_ROW;
  const sections = SECTION_ORDER.map((section) => {
    const titleRow = row;
    row += 1;
    const rows = entries.filter((e) => e.section === section).map((entry) => ({ entry, row: row++ }));
    row += 1; // a blank row between sections
    return { section, titleRow, rows };
  }).filter((s) => s.rows.length > 0);
  const all = sections.flatMap((s) => s.rows);
  const horizonYears = Math.max(0, ...all.map((r) => (r.entry.byYear?.length ?? 1) - 1));
  const byKey = firstByKey(all, (r) => r.entry.key);
  const find = (key: string): AssumptionRow => {
    const found = byKey.get(key);
    if (!found) throw new Error(`No assumption ${key} on the assumptions sheet`);
    return found;
  };
  const cells = all.flatMap(({ entry, row: r }) => {
    if (entry.byYear) return entry.byYear.map((_, t) => ({ key: `${entry.key}.y${t}`, row: r, col: yearCol(t) }));
    return [
      { key: entry.key, row: r, col: ASSUMPTION_COLS.value },
      ...(entry.low ? [{ key: `${entry.key}.low`, row: r, col: ASSUMPTION_COLS.low }] : []),
      ...(entry.high ? [{ key: `${entry.key}.high`, row: r, col: ASSUMPTION_COLS.high }] : []),
    ];
  });
  // Every formula of the model asks for a few references here: looked up, not searched.
  const cellByKey = firstByKey(cells, (c) => c.key);
  return {
    sheetName,
    horizonYears,
    sections,
    row: (key) => find(key).row,
    inputCells: () => cells,
    ref(key) {
      const cell = cellByKey.get(key);
      if (!cell) throw new Error(`No assumption cell ${key}`);
      return sheetRef(sheetName, cellRef(cell.row, cell.col));
    },
  };
}

/** Items by key, the first one winning as a search from the top would find it. */
function firstByKey<T>(items: readonly T[], keyOf: (item: T) => string): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(keyOf(item))) map.set(keyOf(item), item);
  return map;
}
