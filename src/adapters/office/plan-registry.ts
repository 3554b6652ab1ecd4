// The registry and link texts of a plan, once a collision with a user's sheet
// has moved one of its sheets to another name.
import type { PlanCell, WorkbookPlan } from '../../plan/types';
import { REGISTRY_NAME } from './registry';

const fold = (s: string): string => s.toLowerCase();

/**
 * The plan with its registry and its link texts showing the names the sheets
 * really get (`finalByKey`), when a collision with a user's sheet moved one.
 */
export function withFinalNames(plan: WorkbookPlan, finalByKey: ReadonlyMap<string, string>): WorkbookPlan {
  const plannedByKey = new Map(plan.sheets.map((s) => [s.key, s.name]));
  const moved = [...finalByKey].filter(([key, name]) => plannedByKey.get(key) !== name);
  if (moved.length === 0) return plan;
  const header = plan.names.find((n) => fold(n.name) === fold(REGISTRY_NAME));
  const keyAt = new Map<number, string>();
  const cover = plan.sheets.find((s) => s.key === header?.sheetKey);
  if (header && cover) {
    for (const c of cover.cells) if (c.col === header.col && c.row > header.row && typeof c.value === 'string') keyAt.set(c.row, c.value);
  }
  const rename = (sheetKey: string, cell: PlanCell): PlanCell => {
    if (sheetKey === header?.sheetKey && header && cell.col === header.col + 1 && keyAt.has(cell.row)) {
      const key = keyAt.get(cell.row) as string;
      if (cell.value === plannedByKey.get(key) && finalByKey.has(key)) return { ...cell, value: finalByKey.get(key) };
    }
    if (cell.linkTo !== undefined && cell.value === plannedByKey.get(cell.linkTo) && finalByKey.has(cell.linkTo)) {
      return { ...cell, value: finalByKey.get(cell.linkTo) };
    }
    return cell;
  };
  return { ...plan, sheets: plan.sheets.map((s) => ({ ...s, cells: s.cells.map((c) => rename(s.key, c)) })) };
}
