// Test support: buildModel's plan, which holds the tornado and Monte Carlo sheets (and their charts), and
// the engine's sensitivity results behind them.
import type { CooperationData } from '../../data/types';
import type { ScenarioDefinition } from '../../engine/scenarios/types';
import type { SensitivityResults } from '../../engine/sensitivity/sensitivity-results';
import type { Lang } from '../../i18n';
import { buildModel, type ModelResult } from '../build-model';
import type { WorkbookPlan } from '../types';

export interface SensitivityPlan {
  readonly plan: WorkbookPlan;
  readonly result: ModelResult;
  readonly sensitivity: SensitivityResults;
}

/** The whole model of `data`; `draws` (typed on Hypothèses) keeps the Monte Carlo short. */
export function sensitivityPlan(
  data: CooperationData, lang: Lang,
  options: { definitions?: readonly ScenarioDefinition[]; overrides?: Readonly<Record<string, number>>; draws?: number } = {},
): SensitivityPlan {
  // Fewer draws are typed on the assumptions sheet, as a user would, so that the stamp matches its input.
  const overrides = { ...options.overrides, ...(options.draws ? { 'sensitivity.draws': options.draws } : {}) };
  const { plan, result } = buildModel(data, {
    lang, generatedAt: new Date('2026-01-15T09:00:00Z'), productVersion: '0.1.0-test', overrides,
    ...(options.definitions ? { scenarios: options.definitions } : {}),
  });
  return { plan, result, sensitivity: result.sensitivity };
}
