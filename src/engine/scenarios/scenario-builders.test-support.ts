// Shared by the scenario tests (not a test file itself): globals written by hand and a definition builder.
import { POOLED_FUNCTIONS } from '../model-assumptions';
import type { ScenarioGlobals } from './scenario-globals';
import type { FunctionLever, ScenarioDefinition } from './types';

/**
 * Globals over years 0 … 4 with round numbers: 10 % discount, ACHATS at 10 % and PAIE_RH at 20 %
 * ramping 0, 50 %, 100 %…, every other function at 0; IT 2 % of charges, change 1 % of payroll,
 * duty 375 €, severance 25 %, one-off half in year 0 and half in year 1, 10 % of the gap closed
 * from year 1 (half) and year 2 (all), GVT 10 %.
 */
export function handGlobals(overrides: Partial<ScenarioGlobals> = {}): ScenarioGlobals {
  const ramp = [0, 0.5, 1, 1, 1];
  return {
    discountRate: 0.1,
    horizonYears: 4,
    inHorizon: [1, 1, 1, 1, 1],
    firstYear: 2025,
    functions: POOLED_FUNCTIONS.map((code) => ({
      code,
      savingsRate: code === 'ACHATS' ? 0.1 : code === 'PAIE_RH' ? 0.2 : 0,
      rampUp: code === 'ACHATS' || code === 'PAIE_RH' ? ramp : [0, 0, 0, 0, 0],
    })),
    itMigrationRate: 0.02,
    changeManagementRate: 0.01,
    registrationDutyEur: 375,
    severanceShare: 0.25,
    oneOffPhasing: [0.5, 0.5, 0, 0, 0],
    shareOfGapClosed: 0.1,
    gvtRatePerYear: 0.1,
    harmonisationPhasing: [0, 0.5, 1, 1, 1],
    mergerAuditorThresholdEur: 1_550_000,
    ...overrides,
  };
}

/** A scenario that changes nothing, for `partners` partners and `sites` sites; fields replaced by `fields`. */
export function aDefinition(partners: number, sites: number, fields: Partial<ScenarioDefinition> = {},
  levers: Partial<Record<string, Partial<FunctionLever>>> = {}): ScenarioDefinition {
  return {
    code: 'S1', name: '', form: 'CONVENTION',
    partnerFlags: Array.from({ length: partners }, () => 1),
    functions: POOLED_FUNCTIONS.map((code) => ({ code, pooled: 0, bottomUp: 0, fteRemoved: 0, oneOffEur: 0, ...levers[code] })),
    harmonisation: 0, itMigration: 0, changeManagement: 0,
    siteFlags: Array.from({ length: sites }, () => 0),
    movingCostPerSiteEur: 0, newHeadOfficeEurPerYear: 0, legalFeesEur: 0, shareKept: 1, delayYears: 0,
    grantsEur: 0, loansEur: 0, loanYears: 0,
    ...fields,
  };
}
