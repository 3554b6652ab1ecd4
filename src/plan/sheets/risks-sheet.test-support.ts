// Test support: buildModel's plan, which holds the risk register, the risk map, the readiness checklist
// and a weighted choice scoring the risk criterion; the builds are made again the way buildModel makes
// them, for the tests that read their layouts and refs.
import type { CooperationData } from '../../data/types';
import { READINESS_FACTORS, READINESS_SCORE_MAX } from '../../domain/readiness-factors';
import { defaultReadinessInputs } from '../../engine/risks/readiness-defaults';
import { readinessIndex, type ReadinessInputs, type ReadinessResult } from '../../engine/risks/readiness-index';
import { modelRiskRegister } from '../../engine/risks/model-risk-register';
import type { RiskOverrides, RiskRegister } from '../../engine/risks/types';
import { scenarioBases } from '../../engine/scenarios/scenario-bases';
import type { ScenarioDefinition } from '../../engine/scenarios/types';
import { scoreScenarios } from '../../engine/scoring/score-scenarios';
import type { ScoringInputs, ScoringResult } from '../../engine/scoring/types';
import type { Lang } from '../../i18n';
import { buildModel, type ModelResult } from '../build-model';
import type { PlanCheck, SheetBuild } from '../context';
import { legalFormsLayout } from '../legal-forms-layout';
import { scenariosSheetLayout } from '../scenarios-layout';
import { createSheetContext } from '../sheet-context';
import type { WorkbookPlan } from '../types';
import { buildBasesSheet } from './bases-sheet';
import { buildReadinessSheet } from './readiness-sheet';
import { buildRiskMapSheet } from './risk-map-sheet';
import { buildRisksSheet } from './risks-sheet';
import type { RiskRegisterLayout } from './risks-sheet-layout';
import type { RiskScoreRefs } from './risks-sheet-refs';
import { buildScenarioSheet } from './scenario-sheet';
import { buildScoringSheet } from './scoring-sheet';

export interface RiskModelOptions {
  readonly overrides?: Readonly<Record<string, number>>;
  readonly scenarios?: readonly ScenarioDefinition[];
  readonly scoring?: ScoringInputs;
  readonly risks?: RiskOverrides;
  readonly readiness?: ReadinessInputs;
}

export interface RiskModelPlan {
  readonly plan: WorkbookPlan;
  readonly result: ModelResult;
  readonly register: RiskRegister;
  readonly readiness: ReadinessResult;
  readonly readinessInputs: ReadinessInputs;
  readonly scoring: ScoringResult;
  readonly builds: { readonly risks: SheetBuild & { layout: RiskRegisterLayout }; readonly riskMap: SheetBuild & { refs: RiskScoreRefs }; readonly readiness: SheetBuild; readonly scoring: SheetBuild };
  readonly checks: readonly PlanCheck[];
}

const GENERATED_AT = new Date('2026-01-15T09:00:00Z');

/** The model of `data` with its issue-6 sheets, and their builds as buildModel makes them. */
export function riskModelPlan(data: CooperationData, lang: Lang, options: RiskModelOptions = {}): RiskModelPlan {
  const { plan, result } = buildModel(data, {
    lang, generatedAt: GENERATED_AT, productVersion: '0.0.0-test', overrides: options.overrides, scenarios: options.scenarios, scoring: options.scoring,
    riskOverrides: options.risks, readiness: options.readiness,
  });
  const codes = result.definitions.map((d) => d.code);
  const ctx = createSheetContext(data, lang, result.dataYear, options.overrides ?? {}, codes);
  const masterCheck = result.masterCheck;
  const bases = scenarioBases(data);
  // --- The wiring buildModel takes (after `outcomes` are known):
  const register = modelRiskRegister(data, bases, result.definitions, result.scenarios, ctx.entries, options.risks ?? {});
  const readinessInputs = options.readiness ?? defaultReadinessInputs();
  const readiness = readinessIndex(READINESS_FACTORS.map((f) => f.id), readinessInputs, READINESS_SCORE_MAX);
  const scoring = scoreScenarios(result.scoring.figures!.map((f, k) => ({ ...f, riskScore: register.scenarios[k].meanResidualScore })), result.scoringInputs);
  const risksBuild = buildRisksSheet(ctx, { register, definitions: result.definitions, dataYear: result.dataYear, masterCheck });
  const riskMapBuild = buildRiskMapSheet(ctx, { register, layout: risksBuild.layout, definitions: result.definitions, dataYear: result.dataYear, masterCheck });
  const readinessBuild = buildReadinessSheet(ctx, { inputs: readinessInputs, result: readiness, dataYear: result.dataYear, masterCheck });
  // The scenario sheets' refs, as buildModel builds them.
  const scenariosLayout = scenariosSheetLayout(data, codes, ctx.names.scenarios);
  const legalForms = legalFormsLayout(ctx.names.legalForms);
  const basesLayout = buildBasesSheet(ctx, bases, result.dataYear, masterCheck).layout;
  const refs = result.scenarios.map((outcome) => buildScenarioSheet(ctx, {
    scenarios: scenariosLayout, legalForms, bases: basesLayout, outcome, dataYear: result.dataYear, masterCheck,
  }).refs);
  const scoringBuild = buildScoringSheet(ctx, {
    refs, inputs: result.scoringInputs, result: scoring, dataYear: result.dataYear, masterCheck, risk: riskMapBuild.refs,
  });
  // ---
  const checks = [...risksBuild.checks, ...riskMapBuild.checks, ...readinessBuild.checks, ...scoringBuild.checks];
  return {
    plan, result, register, readiness, readinessInputs, scoring,
    builds: { risks: risksBuild, riskMap: riskMapBuild, readiness: readinessBuild, scoring: scoringBuild },
    checks,
  };
}
