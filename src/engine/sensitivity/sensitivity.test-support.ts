// Shared by the sensitivity tests (not a test file itself): the sample's data, assumptions and scenarios,
// with a variant that uses the levers the defaults leave at zero (bottom-up, delay, sites, head office).
import { sampleData } from '../../../test/harness/sample-model';
import type { CooperationData } from '../../data/types';
import { modelAssumptions, type AssumptionEntry, type Overrides } from '../model-assumptions';
import { defaultScenarios } from '../scenarios/default-scenarios';
import { scenarioBases } from '../scenarios/scenario-bases';
import { scenarioGlobals, type ScenarioGlobals } from '../scenarios/scenario-globals';
import type { ScenarioBases, ScenarioDefinition } from '../scenarios/types';

export interface SampleCase {
  readonly data: CooperationData;
  readonly bases: ScenarioBases;
  readonly entries: readonly AssumptionEntry[];
  readonly globals: ScenarioGlobals;
  readonly definitions: readonly ScenarioDefinition[];
}

/** A merger by creation without the first partner, two functions bottom-up, a year's delay, two sites closed. */
export function variantScenario(data: CooperationData): ScenarioDefinition {
  const s3 = defaultScenarios(data)[2];
  return {
    ...s3,
    code: 'S4', name: 'Variante', form: 'FUSION_CREATION',
    partnerFlags: data.partners.map((_, p) => (p === 0 ? 0 : 1)),
    functions: s3.functions.map((f, i) => (i < 2 ? { ...f, pooled: 1, bottomUp: 1, fteRemoved: 1.5, oneOffEur: 12_000 } : f)),
    siteFlags: data.sites.map((_, s) => (s < 2 ? 1 : 0)),
    movingCostPerSiteEur: 15_000, newHeadOfficeEurPerYear: 40_000, shareKept: 0.8, delayYears: 1,
    harmonisation: 1, grantsEur: 50_000, loansEur: 120_000, loanYears: 3,
  };
}

export function sampleCase(overrides: Overrides = {}, withVariant = true): SampleCase {
  const data = sampleData();
  const entries = modelAssumptions(2024, overrides);
  return {
    data, bases: scenarioBases(data), entries, globals: scenarioGlobals(entries),
    definitions: [...defaultScenarios(data), ...(withVariant ? [variantScenario(data)] : [])],
  };
}
