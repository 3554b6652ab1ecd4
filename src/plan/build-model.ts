// The whole generated model as a plan, and the engine's numbers behind it.
import type { CooperationData, Issue } from '../data/types';
import { comparePartners } from '../engine/comparison/compare-partners';
import type { Comparison } from '../engine/comparison/types';
import { computeIndicators } from '../engine/indicators/compute-indicators';
import type { Indicators } from '../engine/indicators/types';
import type { AssumptionEntry, Overrides } from '../engine/model-assumptions';
import { scenarioInputs } from '../engine/scenario-inputs';
import { scenarioSavings, type ScenarioResult } from '../engine/scenario-savings';
import type { Lang } from '../i18n';
import type { PlanCheck, SheetBuild } from './context';
import { modelDataYear } from './data-year';
import { createSheetContext } from './sheet-context';
import { buildAssumptionsSheet } from './sheets/assumptions-sheet';
import { buildChecksSheet, masterCheckOf } from './sheets/checks-sheet';
import { buildComparisonSheet } from './sheets/comparison-sheet';
import { buildCoverSheet } from './sheets/cover-sheet';
import { dataChecks } from './sheets/data-checks';
import { buildDataSheet } from './sheets/data-sheet';
import { buildIndicatorsSheet } from './sheets/indicators-sheet';
import { buildSavingsSheet } from './sheets/savings-sheet';
import { MASTER_CHECK_FORMULA } from './sheets/sheet-frame';
import { sheetIdentityNames } from './sheet-identity-names';
import { PLAN_STYLES } from './styles';
import type { PlanSheet, WorkbookPlan } from './types';

export interface BuildModelOptions {
  readonly lang: Lang;
  /** When the model is generated (shown on the cover; the data year falls back on it). */
  readonly generatedAt: Date;
  readonly productVersion: string;
  /** The year of the partners' figures; by default the year most partners report. */
  readonly dataYear?: number;
  /** Assumption values a user typed, by key (`discountRate`, `savingsRate.ACHATS`, `rampUp.ACHATS.y2`…). */
  readonly overrides?: Overrides;
  /** The validation's warnings, listed on the checks sheet. */
  readonly warnings?: readonly Issue[];
}

/** The engine's numbers for the model: what the CLI summary and the task pane show. */
export interface ModelResult {
  readonly dataYear: number;
  /** Calendar year of model year 0 (the year of the operation). */
  readonly firstYear: number;
  readonly horizonYears: number;
  readonly assumptions: readonly AssumptionEntry[];
  readonly comparison: Comparison;
  readonly indicators: Indicators;
  readonly s1: ScenarioResult;
  /** Every check of the model with its value; the master check is their conjunction (blocking ones). */
  readonly checks: readonly PlanCheck[];
  readonly masterCheck: boolean;
}

/**
 * Build the model for validated partner data: the plan of every generated sheet
 * (cover, data, assumptions, comparison, indicators, savings, checks) and the engine's results.
 * @example const { plan, result } = buildModel(data, { lang: 'fr', generatedAt: new Date(), productVersion: '0.1.0' });
 */
export function buildModel(data: CooperationData, options: BuildModelOptions): { plan: WorkbookPlan; result: ModelResult } {
  const dataYear = options.dataYear ?? modelDataYear(data, options.generatedAt);
  const ctx = createSheetContext(data, options.lang, dataYear, options.overrides ?? {});
  const inputs = scenarioInputs(ctx.entries);
  const s1 = scenarioSavings(data, inputs);
  const comparison = comparePartners(data);
  const indicators = computeIndicators(data);

  // Sheets are built with a provisional master check, then given its value once every check is known.
  const provisional = true;
  const built: SheetBuild[] = [
    buildDataSheet(ctx, ctx.dataLayout, dataYear, provisional),
    buildAssumptionsSheet(ctx, ctx.assumptions, ctx.entries, dataYear, provisional),
    buildComparisonSheet(ctx, { dataYear, masterCheck: provisional }, comparison),
    buildIndicatorsSheet(ctx, { dataYear, masterCheck: provisional }, indicators),
    buildSavingsSheet(ctx, { assumptionsLayout: ctx.assumptions, result: s1, dataYear, masterCheck: provisional }),
  ];
  const checks: PlanCheck[] = [...dataChecks(ctx), ...built.flatMap((b) => b.checks)];
  const masterCheck = masterCheckOf(checks);
  built.push(buildChecksSheet(ctx, checks, options.warnings ?? [], dataYear, indicators.notes));
  const names = built.flatMap((b) => b.names);
  const sheets = built.map((b) => withMasterCheck(b.sheet, masterCheck));
  const cover = buildCoverSheet(ctx, { dataYear, generatedAt: options.generatedAt, productVersion: options.productVersion, sheets, names });

  const allSheets = [withMasterCheck(cover.sheet, masterCheck), ...sheets];
  const plan: WorkbookPlan = {
    productVersion: options.productVersion,
    lang: options.lang,
    sheets: allSheets,
    // The identity names come last and are not listed on the cover (see sheet-identity-names.ts).
    names: [...names, ...cover.names, ...sheetIdentityNames(allSheets)],
    styles: PLAN_STYLES,
  };
  return {
    plan,
    result: {
      dataYear, firstYear: inputs.firstYear, horizonYears: inputs.horizonYears, assumptions: ctx.entries,
      comparison, indicators, s1, checks, masterCheck,
    },
  };
}

/** The sheet with every reference to the master check carrying its value. */
function withMasterCheck(sheet: PlanSheet, masterCheck: boolean): PlanSheet {
  return {
    ...sheet,
    cells: sheet.cells.map((c) => (c.formula === MASTER_CHECK_FORMULA ? { ...c, expected: masterCheck } : c)),
  };
}
