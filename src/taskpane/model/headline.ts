// The figures the Generate panel shows after a run, from the engine's result
// (the same numbers the generated sheets' formulas compute): each scenario's NPV
// and payback, the weighted first choice, and that scenario's savings by year;
// each scenario's Monte Carlo range, the readiness index and the top risks.
import type { CooperationFormCode } from '../../domain';
import { topRisks, type RiskBand } from '../../engine/risks';
import { sensitivityHeadlines, type SensitivityHeadline } from '../../engine/sensitivity/pane-figures';
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

export interface ScenarioFigures {
  readonly code: string;
  /** The board's name; empty: the form's name is shown. */
  readonly name: string;
  readonly form: CooperationFormCode;
  readonly npvEur: number | null;
  /** Years, interpolated; null when payback is not reached within the horizon (or cannot be computed). */
  readonly paybackYears: number | null;
  /** Weighted score 0–100 and rank (1 first) on the scoring sheet; null when the scenario is not scored. */
  readonly score: number | null;
  readonly rank: number | null;
}

/** One scenario's Monte Carlo NPV range, reproducible from its seed and number of draws (`coop-model simulate`). */
export type MonteCarloFigures = SensitivityHeadline;

export interface ReadinessFigures {
  /** 0–1. */
  readonly index: number;
  /** The factors to work on first (ids of the readiness sheet), largest weighted gap first. */
  readonly priorities: readonly { readonly id: string; readonly gap: number }[];
}

export interface RiskFigures {
  /** Catalogue id: its texts are `risk.<id>.description`. */
  readonly id: string;
  readonly residualScore: number;
  readonly residualBand: RiskBand;
}

export interface Headline {
  readonly scenarios: readonly ScenarioFigures[];
  /** Code of the weighted first choice; null without scenarios. */
  readonly first: string | null;
  /** Gross savings by year of the first choice (of the first scenario when none is scored). */
  readonly savingsByYear: readonly YearAmount[];
  readonly savingsScenario: string | null;
  /** By scenario, in the scenarios' order; empty when the model carries no Monte Carlo. */
  readonly monteCarlo: readonly MonteCarloFigures[];
  readonly readiness: ReadinessFigures | null;
  /** The three highest residual risks of the first choice (of the first scenario when none is scored). */
  readonly topRisks: readonly RiskFigures[];
  readonly risksScenario: string | null;
  readonly masterCheck: boolean;
  readonly sheets: readonly GeneratedSheet[];
}

/** The headline of every scenario; `written` maps plan sheet keys to the names used in the workbook. */
export function headlineOf(result: ModelResult, plan: WorkbookPlan, written: ReadonlyMap<string, string> = new Map()): Headline {
  const { scoring } = result;
  const scoreAt = (code: string) => scoring.codes.indexOf(code);
  const scenarios = result.scenarios.map((s): ScenarioFigures => {
    const i = scoreAt(s.code);
    return {
      code: s.code,
      name: s.name,
      form: s.form,
      npvEur: s.npvEur.ok ? s.npvEur.value : null,
      paybackYears: s.paybackYears.ok ? s.paybackYears.value : null,
      score: i >= 0 ? scoring.total[i] ?? null : null,
      rank: i >= 0 ? scoring.rank[i] ?? null : null,
    };
  });
  const first = result.scenarios.some((s) => s.code === scoring.first) ? scoring.first : null;
  const shown = result.scenarios.find((s) => s.code === first) ?? result.scenarios[0];
  // Older results (and hand-made ones in tests) may lack the round-2 fields: the pane then shows less, not an error.
  const register = result.riskRegister?.scenarios.find((r) => r.code === shown?.code);
  return {
    scenarios,
    first,
    savingsByYear: shown
      ? shown.yearIndexes.map((t) => ({ year: shown.calendarYears[t], amountEur: shown.savingsByYearEur[t] ?? 0 }))
      : [],
    savingsScenario: shown?.code ?? null,
    monteCarlo: sensitivityHeadlines(result),
    readiness: result.readiness
      ? { index: result.readiness.index, priorities: result.readiness.priorities.map((p) => ({ id: p.id, gap: p.gap })) }
      : null,
    topRisks: register
      ? topRisks(register, 3).map((e) => ({ id: e.id, residualScore: e.residualScore, residualBand: e.residualBand }))
      : [],
    risksScenario: register ? register.code : null,
    masterCheck: result.masterCheck,
    sheets: plan.sheets.map((s) => ({ key: s.key, name: written.get(s.key) ?? s.name, class: s.class })),
  };
}
