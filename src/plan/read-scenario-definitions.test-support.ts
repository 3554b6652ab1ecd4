// Hand-built scenario definitions for the scenario-input tests (not a test file itself),
// so that these tests do not depend on the engine's default templates.
import type { CooperationData } from '../data/types';
import { POOLED_FUNCTIONS } from '../engine/model-assumptions';
import type { FunctionLever, ScenarioDefinition } from '../engine/scenarios/types';

/** A scenario over `data`: every partner in, purchasing pooled top-down, no site closed, everything kept. */
export function aDefinition(code: string, data: CooperationData, fields: Partial<ScenarioDefinition> = {}): ScenarioDefinition {
  return {
    code, name: `Scénario ${code}`, form: 'CONVENTION',
    partnerFlags: data.partners.map(() => 1),
    functions: POOLED_FUNCTIONS.map((fn): FunctionLever => ({ code: fn, pooled: fn === 'ACHATS' ? 1 : 0, bottomUp: 0, fteRemoved: 0, oneOffEur: 0 })),
    harmonisation: 0, itMigration: 0, changeManagement: 0,
    siteFlags: data.sites.map(() => 0),
    movingCostPerSiteEur: 0, newHeadOfficeEurPerYear: 0, legalFeesEur: 0, shareKept: 1, delayYears: 0,
    grantsEur: 0, loansEur: 0, loanYears: 0,
    ...fields,
  };
}

/** One function's levers replaced in a definition's list. */
export function withFunction(def: ScenarioDefinition, lever: FunctionLever): ScenarioDefinition {
  return { ...def, functions: def.functions.map((f) => (f.code === lever.code ? lever : f)) };
}
