// The figures the Generate panel shows after a run, from the engine's result
// (the same numbers the generated sheets' formulas compute).
import type { ModelResult } from '../../plan/build-model';
import type { SheetClass, WorkbookPlan } from '../../plan/types';

export interface YearAmount {
  /** Calendar year. */
  readonly year: number;
  readonly amountEur: number;
}

export interface GeneratedSheet {
  readonly key: string;
  /** The name it has in the workbook (Excel may have had to use another one than the plan's). */
  readonly name: string;
  readonly class: SheetClass;
}

export interface Headline {
  readonly npvEur: number | null;
  /** Years, interpolated; null when payback is not reached within the horizon (or cannot be computed). */
  readonly paybackYears: number | null;
  readonly savingsByYear: readonly YearAmount[];
  readonly masterCheck: boolean;
  readonly sheets: readonly GeneratedSheet[];
}

/** The headline of scenario S1; `written` maps plan sheet keys to the names used in the workbook. */
export function headlineOf(result: ModelResult, plan: WorkbookPlan, written: ReadonlyMap<string, string> = new Map()): Headline {
  const { s1 } = result;
  return {
    npvEur: s1.npvEur.ok ? s1.npvEur.value : null,
    paybackYears: s1.paybackYears.ok ? s1.paybackYears.value : null,
    savingsByYear: s1.yearIndexes.map((t) => ({ year: s1.calendarYears[t], amountEur: s1.savingsByYearEur[t] ?? 0 })),
    masterCheck: result.masterCheck,
    sheets: plan.sheets.map((s) => ({ key: s.key, name: written.get(s.key) ?? s.name, class: s.class })),
  };
}
