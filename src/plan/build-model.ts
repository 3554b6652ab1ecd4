// The whole generated model as a plan, and the engine's numbers behind it.
import type { CooperationData, Issue } from '../data/types';
import { READINESS_FACTORS, READINESS_SCORE_MAX } from '../domain/readiness-factors';
import { defaultScoringInputs } from '../domain/scoring-defaults';
import { comparePartners } from '../engine/comparison/compare-partners';
import type { Comparison } from '../engine/comparison/types';
import { computeIndicators } from '../engine/indicators/compute-indicators';
import type { Indicators } from '../engine/indicators/types';
import type { AssumptionEntry, Overrides } from '../engine/model-assumptions';
import {
  defaultScenarios, scenarioBases, scenarioGlobals, scenarioOutcome,
  type ScenarioDefinition, type ScenarioOutcome,
} from '../engine/scenarios';
import {
  defaultReadinessInputs, modelRiskRegister, readinessIndex,
  type ReadinessInputs, type ReadinessResult, type RiskOverrides, type RiskRegister,
} from '../engine/risks';
import { sensitivityResults, type SensitivityResults } from '../engine/sensitivity/sensitivity-results';
import { paybackYearsForScoring } from '../engine/scoring/payback-for-scoring';
import { scoreScenarios } from '../engine/scoring/score-scenarios';
import type { ScoringInputs, ScoringResult } from '../engine/scoring/types';
import { swotItems } from '../engine/swot/swot-items';
import type { SwotResult, SwotUserItems } from '../engine/swot/types';
import type { Lang } from '../i18n';
import type { PlanCheck, SheetBuild } from './context';
import { modelDataYear } from './data-year';
import { modelCharts, withCharts } from './charts';
import { legalFormsLayout } from './legal-forms-layout';
import { scenariosSheetLayout } from './scenarios-layout';
import { createSheetContext } from './sheet-context';
import { buildAssumptionsSheet } from './sheets/assumptions-sheet';
import { buildBasesSheet } from './sheets/bases-sheet';
import { buildChecksSheet, masterCheckOf } from './sheets/checks-sheet';
import { buildComparisonSheet } from './sheets/comparison-sheet';
import { buildCoverSheet } from './sheets/cover-sheet';
import { dataChecks } from './sheets/data-checks';
import { buildDataSheet } from './sheets/data-sheet';
import { buildIndicatorsSheet, indicatorsSheetLayout } from './sheets/indicators-sheet';
import { buildSwotSheet } from './sheets/swot-sheet';
import { buildLegalFormsSheet } from './sheets/legal-forms-sheet';
import { buildScenarioComparisonSheet } from './sheets/scenario-comparison-sheet';
import { buildScenarioSheet } from './sheets/scenario-sheet';
import { buildScenariosSheet } from './sheets/scenarios-sheet';
import { buildScoringSheet } from './sheets/scoring-sheet';
import { buildMonteCarloSheet } from './sheets/monte-carlo-sheet';
import { buildTornadoSheet } from './sheets/tornado-sheet';
import { buildReadinessSheet } from './sheets/readiness-sheet';
import { buildRiskMapSheet } from './sheets/risk-map-sheet';
import { buildRisksSheet } from './sheets/risks-sheet';
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
  /** The scenarios compared with the status quo; by default the three of the catalogue (defaultScenarios). */
  readonly scenarios?: readonly ScenarioDefinition[];
  /** The board's weights and judgement scores; by default those of src/domain/scoring-defaults.ts. */
  readonly scoring?: ScoringInputs;
  /** The items users added to the SWOT sheet's own areas (kept on regeneration). */
  readonly swotUserItems?: SwotUserItems;
  /** Ratings, owners and mitigations a user changed on the risk register, by scenario and risk id. */
  readonly riskOverrides?: RiskOverrides;
  /** The board's readiness scores and weights. */
  readonly readiness?: ReadinessInputs;
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
  readonly definitions: readonly ScenarioDefinition[];
  readonly scenarios: readonly ScenarioOutcome[];
  readonly scoringInputs: ScoringInputs;
  readonly scoring: ScoringResult;
  readonly swot: SwotResult;
  readonly riskRegister: RiskRegister;
  readonly readinessInputs: ReadinessInputs;
  readonly readiness: ReadinessResult;
  /** Tornado and seeded Monte Carlo per scenario (issue 7). */
  readonly sensitivity: SensitivityResults;
  /** Every check of the model with its value; the master check is their conjunction (blocking ones). */
  readonly checks: readonly PlanCheck[];
  readonly masterCheck: boolean;
}

/**
 * Build the model for validated partner data: the plan of every generated sheet and the engine's results.
 * @example const { plan, result } = buildModel(data, { lang: 'fr', generatedAt: new Date(), productVersion: '0.1.0' });
 */
export function buildModel(data: CooperationData, options: BuildModelOptions): { plan: WorkbookPlan; result: ModelResult } {
  const dataYear = options.dataYear ?? modelDataYear(data, options.generatedAt);
  const definitions = options.scenarios ?? defaultScenarios(data);
  const codes = definitions.map((d) => d.code);
  const ctx = createSheetContext(data, options.lang, dataYear, options.overrides ?? {}, codes);
  const globals = scenarioGlobals(ctx.entries);
  const bases = scenarioBases(data);
  const outcomes = definitions.map((d) => scenarioOutcome(bases, d, globals));
  const sensitivity = sensitivityResults(bases, definitions, globals, ctx.entries);
  const riskRegister = modelRiskRegister(data, bases, definitions, outcomes, ctx.entries, options.riskOverrides ?? {});
  const readinessInputs = options.readiness ?? defaultReadinessInputs();
  const readiness = readinessIndex(READINESS_FACTORS.map((f) => f.id), readinessInputs, READINESS_SCORE_MAX);
  const comparison = comparePartners(data);
  const indicators = computeIndicators(data);
  const swot = swotItems(data, indicators, ctx.entries);
  const scoringInputs = options.scoring ?? defaultScoringInputs(definitions);
  const horizonValue = ctx.entries.find((e) => e.key === 'horizonYears')?.value ?? globals.horizonYears;
  const scoring = scoreScenarios(outcomes.map((o, k) => ({
    code: o.code,
    npvEur: o.npvEur.ok ? o.npvEur.value : 0,
    paybackYears: paybackYearsForScoring(o.paybackYears.ok ? o.paybackYears.value : null, horizonValue),
    oneOffCostsEur: o.oneOffTotalEur,
    riskScore: riskRegister.scenarios[k].meanResidualScore,
  })), scoringInputs);

  // Sheets are built with a provisional master check, then given its value once every check is known.
  const provisional = true;
  const scenariosLayout = scenariosSheetLayout(data, codes, ctx.names.scenarios);
  const legalForms = legalFormsLayout(ctx.names.legalForms);
  const basesBuild = buildBasesSheet(ctx, bases, dataYear, provisional);
  const scenarioBuilds = outcomes.map((outcome) => buildScenarioSheet(ctx, {
    scenarios: scenariosLayout, legalForms, bases: basesBuild.layout, basesFigures: bases, outcome, dataYear, masterCheck: provisional,
  }));
  const refs = scenarioBuilds.map((b) => b.refs);
  const tornadoBuild = buildTornadoSheet(ctx, {
    scenarios: scenariosLayout, refs, outcomes, definitions, globals, drivers: sensitivity.drivers,
    tornados: sensitivity.scenarios.map((s) => s.tornado), dataYear, masterCheck: provisional,
  });
  const monteCarloBuild = buildMonteCarloSheet(ctx, {
    results: sensitivity, names: Object.fromEntries(definitions.map((d) => [d.code, d.name])), dataYear, masterCheck: provisional,
  });
  const swotBuild = buildSwotSheet(ctx, {
    indicators: indicatorsSheetLayout(data.partners.length, ctx.names.indicators),
    bases: basesBuild.layout, result: swot, userItems: options.swotUserItems, dataYear, masterCheck: provisional,
  });
  const risksBuild = buildRisksSheet(ctx, { register: riskRegister, definitions, dataYear, masterCheck: provisional });
  const riskMapBuild = buildRiskMapSheet(ctx, { register: riskRegister, layout: risksBuild.layout, definitions, dataYear, masterCheck: provisional });
  const readinessBuild = buildReadinessSheet(ctx, { inputs: readinessInputs, result: readiness, dataYear, masterCheck: provisional });
  const scoringBuild = buildScoringSheet(ctx, {
    refs, inputs: scoringInputs, result: scoring, dataYear, masterCheck: provisional, risk: riskMapBuild.refs,
  });
  const built: SheetBuild[] = [
    buildDataSheet(ctx, ctx.dataLayout, dataYear, provisional),
    buildAssumptionsSheet(ctx, ctx.assumptions, ctx.entries, dataYear, provisional),
    buildScenariosSheet(ctx, scenariosLayout, definitions, dataYear, provisional),
    risksBuild,
    readinessBuild,
    scoringBuild,
    buildScenarioComparisonSheet(ctx, {
      refs, scoring: scoringBuild.refs, scoringResult: scoring, outcomes, scenarios: scenariosLayout, legalForms, dataYear, masterCheck: provisional,
    }),
    riskMapBuild,
    monteCarloBuild,
    buildComparisonSheet(ctx, { dataYear, masterCheck: provisional }, comparison),
    buildIndicatorsSheet(ctx, { dataYear, masterCheck: provisional }, indicators),
    swotBuild,
    buildLegalFormsSheet(ctx, legalForms, scenariosLayout, dataYear, provisional, definitions),
    basesBuild,
    ...scenarioBuilds,
    tornadoBuild,
  ];
  // Native charts over the model's own cells, so that they follow every change (issue 8).
  const sheetOf = (key: string): PlanSheet => {
    const found = built.find((b) => b.sheet.key === key);
    if (!found) throw new Error(`No sheet ${key} for the charts`);
    return found.sheet;
  };
  const charts = modelCharts({
    t: ctx.t,
    scenarios: scenarioBuilds.map((b) => ({ sheet: b.sheet, refs: b.refs })),
    scenarioComparison: sheetOf('scenarioComparison'),
    comparison: sheetOf('comparison'),
    partnerCount: data.partners.length,
    tornados: tornadoBuild.blocks.map((block) => ({ sheet: tornadoBuild.sheet, block })),
    histograms: codes.map((code) => ({ sheet: monteCarloBuild.sheet, code, histogram: monteCarloBuild.refs.histogram(code) })),
  });
  const checks: PlanCheck[] = [...dataChecks(ctx), ...built.flatMap((b) => b.checks)];
  const masterCheck = masterCheckOf(checks);
  built.push(buildChecksSheet(ctx, checks, options.warnings ?? [], dataYear, indicators.notes));
  const names = built.flatMap((b) => b.names);
  const sheets = built.map((b) => withMasterCheck(withCharts(b.sheet, charts.get(b.sheet.key) ?? []), masterCheck));
  const cover = buildCoverSheet(ctx, {
    dataYear, generatedAt: options.generatedAt, productVersion: options.productVersion, sheets, names,
    scenarioCodes: codes, firstChoice: { formula: scoringBuild.refs.first, expected: scoring.first },
    readiness: { formula: readinessBuild.refs.index, expected: readiness.index },
  });

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
      dataYear, firstYear: globals.firstYear, horizonYears: globals.horizonYears, assumptions: ctx.entries,
      comparison, indicators, definitions, scenarios: outcomes, scoringInputs, scoring, swot, riskRegister, readinessInputs, readiness, sensitivity, checks, masterCheck,
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
