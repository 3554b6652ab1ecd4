// What every generated sheet of ours shows on top: title, class line, master check.
import type { SheetContext } from '../context';
import { booleanFormat } from '../layout/number-formats';
import type { SheetGrid } from '../layout/sheet-grid';
import type { SheetClass } from '../types';

/** The defined name of the master check on the checks sheet. */
export const MASTER_CHECK_NAME = 'MasterCheck';
/** Names the header cell of the cover's registry of generated sheets, so that a later run finds them. */
export const REGISTRY_NAME = 'ModelRegistry';
/** How a sheet shows the master check: AND() keeps it a boolean, which LibreOffice would otherwise display as 1. */
export const MASTER_CHECK_FORMULA = `AND(${MASTER_CHECK_NAME})`;

export interface FrameOptions {
  readonly title: string;
  readonly sheetClass: SheetClass;
  readonly dataYear: number;
  /** The master check's value, shown in the header (its formula reads the checks sheet). */
  readonly masterCheck: boolean;
  /** Column of the master check label; its value goes one column right. */
  readonly masterCheckCol: number;
}

/** Row 1: the title; row 2: class and data year, then the master check. */
export function putFrame(grid: SheetGrid, ctx: SheetContext, o: FrameOptions): void {
  grid.text(1, 1, o.title, 'title');
  grid.text(2, 1, ctx.t('sheet.common.classLine', { class: ctx.t(`sheet.class.${o.sheetClass}`), year: o.dataYear }), 'subtitle');
  grid.text(2, o.masterCheckCol, ctx.t('sheet.common.masterCheck'), 'label');
  grid.put(2, o.masterCheckCol + 1, { formula: MASTER_CHECK_FORMULA, expected: o.masterCheck, style: 'check', numberFormat: booleanFormat(ctx.t) });
}
