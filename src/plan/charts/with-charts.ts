// Puts charts on a sheet: they are printed with it, so the print area grows to cover them.
import type { PlanChart, PlanRange, PlanSheet } from '../types';

function cover(area: PlanRange, box: PlanRange): PlanRange {
  const top = Math.min(area.row, box.row);
  const left = Math.min(area.col, box.col);
  const bottom = Math.max(area.row + area.rows, box.row + box.rows);
  const right = Math.max(area.col + area.cols, box.col + box.cols);
  return { row: top, col: left, rows: bottom - top, cols: right - left };
}

/**
 * The sheet with `charts` added after any it has, its print area (when it has one) grown to
 * cover each chart's anchor. @example withCharts(build.sheet, [savingsByYearChart(t, build.sheet, build.refs)])
 */
export function withCharts(sheet: PlanSheet, charts: readonly PlanChart[]): PlanSheet {
  if (charts.length === 0) return sheet;
  const area = sheet.print?.area ?? null;
  const print = sheet.print && area ? { ...sheet.print, area: charts.reduce((a, c) => cover(a, c.anchor), area) } : sheet.print;
  return { ...sheet, charts: [...(sheet.charts ?? []), ...charts], print };
}
