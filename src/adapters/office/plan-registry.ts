// Makes sure a plan carries the defined name that lets the next run find its
// registry. The cover builder lists the generated sheets (key, name) under a
// header row; when the plan does not name that header cell itself, the adapter
// finds the list on the cover (the row of key `cover` next to the cover's name,
// followed by every other sheet's key and name) and names its header cell.
import type { PlanCell, WorkbookPlan } from '../../plan/types';
import { REGISTRY_NAME } from './registry';

const fold = (s: string): string => s.toLowerCase();

/**
 * The plan with a REGISTRY_NAME name on its registry's header cell; the plan
 * unchanged when it already has one or when its cover holds no registry.
 *
 * @example withRegistryName(plan).names.find((n) => n.name === 'ModelRegistry') // { sheetKey: 'cover', row: 30, col: 1 }
 */
export function withRegistryName(plan: WorkbookPlan): WorkbookPlan {
  if (plan.names.some((n) => fold(n.name) === fold(REGISTRY_NAME))) return plan;
  const cover = plan.sheets.find((s) => s.key === 'cover');
  if (!cover) return plan;
  const at = new Map<string, PlanCell>(cover.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const text = (row: number, col: number): unknown => at.get(`${row}:${col}`)?.value;
  for (const cell of cover.cells) {
    if (cell.value !== 'cover' || text(cell.row, cell.col + 1) !== cover.name) continue;
    const listed = new Map<string, unknown>();
    for (let row = cell.row; typeof text(row, cell.col) === 'string' && text(row, cell.col) !== ''; row += 1) {
      listed.set(text(row, cell.col) as string, text(row, cell.col + 1));
    }
    if (plan.sheets.every((s) => listed.get(s.key) === s.name)) {
      return { ...plan, names: [...plan.names, { name: REGISTRY_NAME, sheetKey: 'cover', row: cell.row - 1, col: cell.col }] };
    }
  }
  return plan;
}

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
