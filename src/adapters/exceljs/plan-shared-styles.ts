// One ExcelJS style object per (plan style, number format), for both writers.
import type { Style } from 'exceljs';
import type { StyleName, WorkbookPlan } from '../../plan/types';
import { excelStyle } from './plan-style';

/**
 * One ExcelJS style object per (plan style, number format), shared by every cell that has it:
 * ExcelJS recognises a style object it has already registered (a WeakMap), so a shared object
 * costs one style lookup per cell instead of serialising each cell's own copy (issue 9).
 * The objects are never mutated after they are assigned.
 */
export function sharedStyles(plan: WorkbookPlan): (style: StyleName | undefined, numberFormat: string | undefined) => Partial<Style> {
  const cache = new Map<string, Partial<Style>>();
  return (style, numberFormat) => {
    const key = `${style ?? ''}\u0000${numberFormat ?? ''}`;
    let shared = cache.get(key);
    if (shared === undefined) {
      shared = excelStyle(style ? plan.styles[style] : undefined, numberFormat);
      cache.set(key, shared);
    }
    return shared;
  };
}
