// The sample model with its charts, wired as buildModel will wire them (see the report of
// issue 8): the scenario sheets' refs are rebuilt the way buildModel builds them, then
// modelCharts gives each sheet its charts and withCharts puts them on.
import type { CooperationData } from '../../src/data/types';
import { defaultScenarios, scenarioBases } from '../../src/engine/scenarios';
import { scenarioGlobals, scenarioOutcome } from '../../src/engine/scenarios';
import { translator, type Lang } from '../../src/i18n';
import { buildModel } from '../../src/plan/build-model';
import { modelCharts, withCharts } from '../../src/plan/charts';
import { modelDataYear } from '../../src/plan/data-year';
import { legalFormsLayout } from '../../src/plan/legal-forms-layout';
import { scenariosSheetLayout } from '../../src/plan/scenarios-layout';
import { createSheetContext } from '../../src/plan/sheet-context';
import { buildBasesSheet } from '../../src/plan/sheets/bases-sheet';
import { buildScenarioSheet } from '../../src/plan/sheets/scenario-sheet';
import type { PlanSheet, WorkbookPlan } from '../../src/plan/types';
import { GENERATED_AT, PRODUCT_VERSION, sampleData } from '../harness/sample-model';

/** The plan of the sample model in `lang` with every chart of issue 8 (overrides by assumption key). */
export function chartedPlan(lang: Lang = 'fr', overrides: Readonly<Record<string, number>> = {}, data: CooperationData = sampleData()): WorkbookPlan {
  const { plan } = buildModel(data, { lang, generatedAt: GENERATED_AT, productVersion: PRODUCT_VERSION, overrides });
  if (plan.sheets.some((s) => (s.charts ?? []).length > 0)) return plan; // buildModel wires them already
  const dataYear = modelDataYear(data, GENERATED_AT);
  const definitions = defaultScenarios(data);
  const codes = definitions.map((d) => d.code);
  const ctx = createSheetContext(data, lang, dataYear, overrides, codes);
  const globals = scenarioGlobals(ctx.entries);
  const bases = scenarioBases(data);
  const scenariosLayout = scenariosSheetLayout(data, codes, ctx.names.scenarios);
  const legalForms = legalFormsLayout(ctx.names.legalForms);
  const basesBuild = buildBasesSheet(ctx, bases, dataYear, true);
  const refsByKey = new Map(definitions.map((d) => {
    const build = buildScenarioSheet(ctx, {
      scenarios: scenariosLayout, legalForms, bases: basesBuild.layout, outcome: scenarioOutcome(bases, d, globals), dataYear, masterCheck: true,
    });
    return [build.sheet.key, build.refs] as const;
  }));
  const byKey = (key: string): PlanSheet => {
    const sheet = plan.sheets.find((s) => s.key === key);
    if (!sheet) throw new Error(`No sheet ${key}`);
    return sheet;
  };
  const charts = modelCharts({
    t: translator(lang),
    scenarios: [...refsByKey].map(([key, refs]) => ({ sheet: byKey(key), refs })),
    scenarioComparison: byKey('scenarioComparison'),
    comparison: byKey('comparison'),
    partnerCount: data.partners.length,
  });
  return { ...plan, sheets: plan.sheets.map((s) => withCharts(s, charts.get(s.key) ?? [])) };
}
