// The values a plan range shows as the plan writes it (a constant, or a formula's expected
// result), row by row: the charts' caches.
import type { CellScalar, PlanCell, WorkbookPlan } from '../../../plan/types';
import type { RangeValues } from './chart-xml';

export interface ParsedRange {
  readonly sheetName: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** `'Sheet'!$A$1:$C$1` (or one cell) → its sheet and bounds; null when it is not such a reference. */
export function parseSheetRange(ref: string): ParsedRange | null {
  const m = /^'((?:[^']|'')+)'!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const left = columnNumber(m[2]);
  const top = Number(m[3]);
  const right = m[4] ? columnNumber(m[4]) : left;
  const bottom = m[5] ? Number(m[5]) : top;
  return { sheetName: m[1].replace(/''/g, "'"), top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** A RangeValues over the plan's cells; unknown ranges and empty cells give null. */
export function rangeValuesOf(plan: WorkbookPlan): RangeValues {
  const index = new Map<string, Map<string, PlanCell>>();
  const cellsOf = (name: string): Map<string, PlanCell> | undefined => {
    if (!index.has(name)) {
      const sheet = plan.sheets.find((s) => s.name === name);
      if (!sheet) return undefined;
      index.set(name, new Map(sheet.cells.map((c) => [`${c.row}:${c.col}`, c])));
    }
    return index.get(name);
  };
  return (ref) => {
    const r = parseSheetRange(ref);
    const cells = r ? cellsOf(r.sheetName) : undefined;
    if (!r || !cells) return [];
    const out: CellScalar[] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const c = cells.get(`${row}:${col}`);
        out.push(c?.formula !== undefined ? (c.expected ?? null) : (c?.value ?? null));
      }
    }
    return out;
  };
}
