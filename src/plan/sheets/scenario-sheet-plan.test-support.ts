// Test support: a plan of the sheets the scenario sheets stand on (data, assumptions, Scénarios,
// legal forms, Bases, checks) and one savings sheet per scenario, built the way buildModel will.
import type { CooperationData } from '../../data/types';
import { scenarioBases } from '../../engine/scenarios/scenario-bases';
import { scenarioGlobals } from '../../engine/scenarios/scenario-globals';
import { scenarioOutcome } from '../../engine/scenarios/scenario-outcome';
import { defaultScenarios } from '../../engine/scenarios/default-scenarios';
import type { ScenarioDefinition, ScenarioOutcome } from '../../engine/scenarios/types';
import type { Lang } from '../../i18n';
import type { PlanCheck, SheetBuild } from '../context';
import { legalFormsLayout } from '../legal-forms-layout';
import type { ScenarioSheetRefs } from '../scenario-refs';
import { scenariosSheetLayout } from '../scenarios-layout';
import { createSheetContext, type ModelContext } from '../sheet-context';
import { PLAN_STYLES } from '../styles';
import type { PlanSheet, WorkbookPlan } from '../types';
import { buildAssumptionsSheet } from './assumptions-sheet';
import { buildBasesSheet, type BasesLayout } from './bases-sheet';
import { buildChecksSheet, masterCheckOf } from './checks-sheet';
import { dataChecks } from './data-checks';
import { buildDataSheet } from './data-sheet';
import { buildLegalFormsSheet } from './legal-forms-sheet';
import { buildScenarioSheet } from './scenario-sheet';
import { buildScenariosSheet } from './scenarios-sheet';
import { MASTER_CHECK_FORMULA } from './sheet-frame';

export interface ScenarioSheetsPlan {
  readonly plan: WorkbookPlan;
  readonly ctx: ModelContext;
  readonly bases: BasesLayout;
  readonly outcomes: readonly ScenarioOutcome[];
  readonly refs: readonly ScenarioSheetRefs[];
  readonly checks: readonly PlanCheck[];
}

/** The plan for `data` and `definitions` (default: the three default scenarios). */
export function scenarioSheetsPlan(
  data: CooperationData, lang: Lang,
  options: { definitions?: readonly ScenarioDefinition[]; overrides?: Readonly<Record<string, number>>; dataYear?: number } = {},
): ScenarioSheetsPlan {
  const dataYear = options.dataYear ?? 2024;
  const ctx = createSheetContext(data, lang, dataYear, options.overrides ?? {});
  const definitions = options.definitions ?? defaultScenarios(data);
  const globals = scenarioGlobals(ctx.entries);
  const bases = scenarioBases(data);
  const outcomes = definitions.map((d) => scenarioOutcome(bases, d, globals));
  const scenarios = scenariosSheetLayout(data, definitions.map((d) => d.code), ctx.t('sheet.name.scenarios'));
  const legalForms = legalFormsLayout(ctx.t('sheet.name.legalForms'));
  const provisional = true;
  const basesBuild = buildBasesSheet(ctx, bases, dataYear, provisional);
  const scenarioBuilds = outcomes.map((outcome) => buildScenarioSheet(ctx, {
    scenarios, legalForms, bases: basesBuild.layout, outcome, dataYear, masterCheck: provisional,
  }));
  const built: SheetBuild[] = [
    buildDataSheet(ctx, ctx.dataLayout, dataYear, provisional),
    buildAssumptionsSheet(ctx, ctx.assumptions, ctx.entries, dataYear, provisional),
    buildScenariosSheet(ctx, scenarios, definitions, dataYear, provisional),
    buildLegalFormsSheet(ctx, legalForms, scenarios, dataYear, provisional, definitions),
    basesBuild,
    ...scenarioBuilds,
  ];
  const checks = [...dataChecks(ctx), ...built.flatMap((b) => b.checks)];
  const masterCheck = masterCheckOf(checks);
  built.push(buildChecksSheet(ctx, checks, [], dataYear));
  const withMaster = (sheet: PlanSheet): PlanSheet => ({
    ...sheet, cells: sheet.cells.map((c) => (c.formula === MASTER_CHECK_FORMULA ? { ...c, expected: masterCheck } : c)),
  });
  const plan: WorkbookPlan = {
    productVersion: 'test', lang, sheets: built.map((b) => withMaster(b.sheet)), names: built.flatMap((b) => b.names), styles: PLAN_STYLES,
  };
  return { plan, ctx, bases: basesBuild.layout, outcomes, refs: scenarioBuilds.map((b) => b.refs), checks };
}
