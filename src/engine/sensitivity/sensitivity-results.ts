import type { CooperationData } from '../../data/types';
import type { AssumptionEntry } from '../model-assumptions';
import { scenarioBases } from '../scenarios/scenario-bases';
import type { ScenarioGlobals } from '../scenarios/scenario-globals';
import type { ScenarioBases, ScenarioDefinition } from '../scenarios/types';
import { drawDrivers } from './draw-drivers';
import type { Distribution } from './driver-distributions';
import { monteCarloSummary, type MonteCarloSummary } from './monte-carlo-summary';
import { scenarioClosedForm } from './scenario-closed-form';
import { scenarioTornado, type ScenarioTornado } from './scenario-tornado';
import { seededUniform } from './seeded-uniform';
import { sensitivityDrivers, type SensitivityDriver } from './sensitivity-drivers';

export interface MonteCarloSettings {
  /** Seed of the generator (a whole number ≥ 0). */
  readonly seed: number;
  /** Number of draws (a whole number ≥ 1). */
  readonly draws: number;
  readonly oneOffDistribution: Distribution;
}

export interface ScenarioSensitivity {
  readonly code: string;
  readonly tornado: ScenarioTornado;
  readonly monteCarlo: MonteCarloSummary;
}

export interface SensitivityResults {
  readonly drivers: readonly SensitivityDriver[];
  readonly settings: MonteCarloSettings;
  /** In the definitions' order. */
  readonly scenarios: readonly ScenarioSensitivity[];
}

/**
 * The Monte Carlo settings of the assumptions (`sensitivity.seed`, `sensitivity.draws`, `sensitivity.oneOffLognormal`),
 * `override` first (the CLI's --seed and --draws): draws rounded, at least 1; seed rounded, at least 0.
 * @example monteCarloSettings(modelAssumptions(2024, {})).draws // 10000
 */
export function monteCarloSettings(
  entries: readonly AssumptionEntry[], override: { readonly seed?: number; readonly draws?: number } = {},
): MonteCarloSettings {
  const value = (key: string) => {
    const v = entries.find((e) => e.key === key)?.value;
    if (v === null || v === undefined) throw new Error(`No assumption ${key}`);
    return v;
  };
  return {
    seed: Math.max(0, Math.round(override.seed ?? value('sensitivity.seed'))),
    draws: Math.max(1, Math.round(override.draws ?? value('sensitivity.draws'))),
    oneOffDistribution: value('sensitivity.oneOffLognormal') === 1 ? 'lognormal' : 'triangular',
  };
}

/**
 * Tornado and Monte Carlo of every scenario. The draws are fixed once by the seed and shared by the
 * scenarios (common random numbers: they are compared under the same uncertainty; drawDrivers makes the same
 * numbers again block by block for each scenario); each draw evaluates the scenario's closed form
 * (scenarioClosedForm), never Math.random.
 * @example sensitivityResults(data, defaultScenarios(data), scenarioGlobals(entries), entries).scenarios[0].monteCarlo.p50Eur
 */
export function sensitivityResults(
  dataOrBases: CooperationData | ScenarioBases, definitions: readonly ScenarioDefinition[], globals: ScenarioGlobals,
  entries: readonly AssumptionEntry[], override: { readonly seed?: number; readonly draws?: number } = {},
): SensitivityResults {
  const bases = 'baselineEur' in dataOrBases ? dataOrBases : scenarioBases(dataOrBases);
  const drivers = sensitivityDrivers(entries);
  const settings = monteCarloSettings(entries, override);
  const draws = drawDrivers(drivers, settings.draws, settings.oneOffDistribution === 'lognormal', seededUniform(settings.seed));
  return {
    drivers,
    settings,
    scenarios: definitions.map((d) => ({
      code: d.code,
      tornado: scenarioTornado(bases, d, globals, drivers),
      monteCarlo: monteCarloSummary(scenarioClosedForm(bases, d, globals, drivers), draws),
    })),
  };
}
