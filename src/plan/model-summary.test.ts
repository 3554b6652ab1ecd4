import type { CooperationData } from '../data/types';
import { aLine, aPartner, aSite } from '../engine/comparison/data-builders.test-support';
import { comparePartners } from '../engine/comparison/compare-partners';
import { computed, notComputed } from '../engine/computed';
import { computeIndicators } from '../engine/indicators/compute-indicators';
import type { FunctionLever, PartnerOutcome, ScenarioDefinition, ScenarioOutcome } from '../engine/scenarios/types';
import type { ScoringInputs, ScoringResult } from '../engine/scoring/types';
import { modelSummary, type SummarisedResult } from './model-summary';

// Hand-built: two partners (A in, B out), three sites, one scenario over years 0–2.
// The summary only carries figures over; what it decides is their keys and shape.
function twoPartners(): CooperationData {
  return {
    partners: [aPartner('A'), aPartner('B')],
    sites: [aSite('A', 'A-1'), aSite('A', 'A-2'), aSite('B', 'B-1')],
    budgets: [aLine('A', 'CHARGES', 'I', 100_000, { function: 'ACHATS' }), aLine('B', 'CHARGES', 'I', 50_000, { function: 'ACHATS' })],
    staff: [],
  };
}

const lever = (code: FunctionLever['code'], pooled: number, bottomUp: number, fteRemoved = 0, oneOffEur = 0): FunctionLever =>
  ({ code, pooled, bottomUp, fteRemoved, oneOffEur });

const definition: ScenarioDefinition = {
  code: 'S1', name: '', form: 'GCSMS', partnerFlags: [1, 0],
  functions: [lever('ACHATS', 1, 0), lever('PAIE_RH', 1, 1, 1.5, 20_000), lever('JURIDIQUE', 0, 0)],
  harmonisation: 0, itMigration: 1, changeManagement: 0, siteFlags: [0, 1, 0],
  movingCostPerSiteEur: 15_000, newHeadOfficeEurPerYear: 0, legalFeesEur: 8_000, shareKept: 0.8, delayYears: 1,
  grantsEur: 10_000, loansEur: 0, loanYears: 0,
};

const zeros = [0, 0, 0];
const partner = (code: string, included: number, netBenefitByYearEur: number[]): PartnerOutcome => ({
  partner: code, included, costKey: included, savingsByYearEur: zeros, siteSavingsByYearEur: zeros, oneOffByYearEur: zeros,
  headOfficeByYearEur: zeros, harmonisationByYearEur: zeros, netBenefitByYearEur,
  netBenefitTotalEur: netBenefitByYearEur.reduce((a, b) => a + b, 0),
  npvEur: computed(netBenefitByYearEur[0]), paybackYears: included ? computed(1.5) : notComputed('NOT_WITHIN_HORIZON'),
});

const outcome: ScenarioOutcome = {
  code: 'S1', name: '', form: 'GCSMS', yearIndexes: [0, 1, 2], calendarYears: [2025, 2026, 2027],
  partnersIncluded: 1,
  functions: [{
    code: 'ACHATS', pooled: 1, bottomUp: 0, baselineEur: 100_000, averageCostPerFteEur: 0, savingsRate: 0.05,
    runRateEur: 5_000, byYearEur: [0, 2_500, 5_000], oneOffEur: 0, ftePooled: 0,
  }],
  functionsPooled: 1, ftePooled: 0, savingsByYearEur: [0, 2_500, 5_000], sitesClosed: 1, siteSavingsByYearEur: zeros,
  oneOff: {
    functionsEur: 0, itMigrationEur: 1_000, changeManagementEur: 0, legalFeesEur: 8_000, registrationDutyEur: 0,
    movingEur: 15_000, totalEur: 24_000, byYearEur: [24_000, 0, 0],
  },
  headOfficeByYearEur: zeros, harmonisationByYearEur: zeros, shareKept: 0.8,
  netBenefitByYearEur: [-24_000, 2_000, 4_000], cumulativeByYearEur: [-24_000, -22_000, -18_000],
  netBenefitTotalEur: -18_000, oneOffTotalEur: 24_000,
  npvEur: computed(-18_500), paybackYears: notComputed('NOT_WITHIN_HORIZON'),
  partners: [partner('A', 1, [-24_000, 2_000, 4_000]), partner('B', 0, zeros)],
  financing: {
    grantsByYearEur: [10_000, 0, 0], loansByYearEur: zeros, repaymentsByYearEur: zeros, reservesUsedEur: 14_000,
    frngBeforeEur: 0, frngByYearEur: [-14_000, -12_000, -8_000], workingCapitalNeedEur: 0, cashByYearEur: [-14_000, -12_000, -8_000],
  },
  merger: { applies: 0, assetsTransferredEur: 0, auditorRequired: false },
};

const scoringInputs: ScoringInputs = {
  weights: { npv: 30, payback: 20, oneOffCosts: 10, risk: 0, governanceBalance: 20, preservedIdentity: 10, reversibility: 10 },
  judgement: { governanceBalance: { S1: 60 }, preservedIdentity: { S1: 70 }, reversibility: { S1: 40 } },
};
const scoring: ScoringResult = {
  codes: ['S1'],
  scores: { npv: [100], payback: [100], oneOffCosts: [100], risk: [100], governanceBalance: [60], preservedIdentity: [70], reversibility: [40] },
  total: [83], rank: [1], first: 'S1', weightSum: 100, sensitivity: [],
};

function summarise() {
  const data = twoPartners();
  const result: SummarisedResult = {
    dataYear: 2024, firstYear: 2025, horizonYears: 2, assumptions: [],
    comparison: comparePartners(data), indicators: computeIndicators(data),
    definitions: [definition], scenarios: [outcome], scoringInputs, scoring, checks: [], masterCheck: true,
  };
  return modelSummary(data, result);
}

describe('modelSummary', () => {
  const summary = summarise();

  it('gives a scenario’s levers in the scenarios-file format: partners and closed sites by code, methods by name', () => {
    expect(summary.scenarios.S1.levers).toEqual({
      code: 'S1', name: '', form: 'GCSMS', partners: ['A'],
      functions: {
        ACHATS: { pooled: true, method: 'top-down', fteRemoved: 0, oneOffEur: 0 },
        PAIE_RH: { pooled: true, method: 'bottom-up', fteRemoved: 1.5, oneOffEur: 20_000 },
        JURIDIQUE: { pooled: false, method: 'top-down', fteRemoved: 0, oneOffEur: 0 },
      },
      harmonisation: false, itMigration: true, changeManagement: false, sitesClosed: ['A-2'],
      movingCostPerSiteEur: 15_000, newHeadOfficeEurPerYear: 0, legalFeesEur: 8_000, shareKept: 0.8, delayYears: 1,
      grantsEur: 10_000, loansEur: 0, loanYears: 0,
    });
  });

  it('keys every partner’s share by its code, a partner left out included', () => {
    expect(Object.keys(summary.scenarios.S1.partners)).toEqual(['A', 'B']);
    expect(summary.scenarios.S1.partners.B).toMatchObject({ included: false, netBenefitTotalEur: 0, paybackYears: null, paybackReason: 'NOT_WITHIN_HORIZON' });
    expect(summary.scenarios.S1.partners.A).toMatchObject({ included: true, costKey: 1, paybackYears: 1.5, paybackReason: null });
  });

  it('gives null with a reason for a figure the engine could not compute', () => {
    expect(summary.scenarios.S1).toMatchObject({ npvEur: -18_500, npvReason: null, paybackYears: null, paybackReason: 'NOT_WITHIN_HORIZON' });
  });

  it('totals each function’s savings over the years: 0 + 2 500 + 5 000', () => {
    expect(summary.scenarios.S1.savingsByFunction.ACHATS).toMatchObject({ pooled: true, method: 'top-down', totalEur: 7_500 });
  });

  it('lists the scenarios in the model’s order and the scoring by scenario code', () => {
    expect(summary.scenarioCodes).toEqual(['S1']);
    expect(summary.scenarios.S1.years).toEqual([
      { index: 0, calendarYear: 2025 }, { index: 1, calendarYear: 2026 }, { index: 2, calendarYear: 2027 },
    ]);
    expect(summary.scenarios.S1.scoring).toEqual({
      total: 83, rank: 1, scores: { npv: 100, payback: 100, oneOffCosts: 100, risk: 100, governanceBalance: 60, preservedIdentity: 70, reversibility: 40 },
    });
    expect(summary.scoring).toMatchObject({ first: 'S1', weightSum: 100, total: { S1: 83 }, rank: { S1: 1 }, scores: { reversibility: { S1: 40 } } });
    expect(summary.scoring.weights.npv).toBe(30);
  });

  it('survives a round trip through JSON unchanged (no undefined, NaN or functions)', () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});
