import { modelAssumptions, POOLED_FUNCTIONS } from '../model-assumptions';
import { scenarioGlobals } from './scenario-globals';

describe('scenarioGlobals', () => {
  it('reads the defaults of the assumptions sheet', () => {
    const g = scenarioGlobals(modelAssumptions(2024, {}));
    expect([g.discountRate, g.horizonYears, g.firstYear]).toEqual([0.045, 5, 2025]);
    expect(g.inHorizon).toEqual([1, 1, 1, 1, 1, 1]);
    expect(g.functions.map((x) => x.code)).toEqual(POOLED_FUNCTIONS);
    expect(g.functions.find((x) => x.code === 'ACHATS')).toEqual({ code: 'ACHATS', savingsRate: 0.065, rampUp: [0, 0.25, 0.6, 0.9, 1, 1] });
    expect([g.itMigrationRate, g.changeManagementRate, g.registrationDutyEur, g.severanceShare]).toEqual([0.02, 0.0075, 375, 0.25]);
    expect(g.oneOffPhasing).toEqual([0.4, 0.3, 0.3, 0, 0, 0]);
    expect([g.shareOfGapClosed, g.gvtRatePerYear, g.mergerAuditorThresholdEur]).toEqual([1, 0.006, 1_550_000]);
    expect(g.harmonisationPhasing).toEqual([0, 0.25, 1, 1, 1, 1]);
  });

  it('takes typed values, and flags out of the horizon the years beyond a fractional horizon value', () => {
    const g = scenarioGlobals(modelAssumptions(2024, { 'oneOff.severanceShare': 0.4, horizonYears: 2.6 }));
    expect(g.severanceShare).toBe(0.4);
    expect(g.horizonYears).toBe(3);
    expect(g.inHorizon).toEqual([1, 1, 1, 0]);
  });
});
