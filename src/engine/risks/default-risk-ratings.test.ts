import { RISK_CATALOGUE, riskDefinition } from '../../domain/risk-catalogue';
import { defaultRiskRating, defaultRiskRatings } from './default-risk-ratings';
import type { RiskRules, RiskScenarioFacts } from './types';

const rules: RiskRules = { bandModerate: 5, bandHigh: 10, bandCritical: 15, harmonisationShare: 0.01, manySites: 5, scaleRatio: 2 };
const facts = (over: Partial<RiskScenarioFacts> = {}): RiskScenarioFacts => ({
  code: 'S1', form: 'CONVENTION', integrationLevel: 1, harmonisationShare: 0, harmonisationOn: false,
  agreements: 1, sites: 2, scaleRatio: 1.5, newHeadOfficeEurPerYear: 0, functionsPooled: 3, ...over,
});
const merger = (over: Partial<RiskScenarioFacts> = {}) => facts({ form: 'FUSION_ABSORPTION', integrationLevel: 5, ...over });

describe('defaultRiskRating', () => {
  it('rates identity loss higher in a merger than in a pooling agreement', () => {
    const identity = riskDefinition('HUM-02');
    // Catalogue: likelihood 1 at level 1, 5 at level 5; impact 4.
    expect(defaultRiskRating(identity, facts(), rules)).toMatchObject({ likelihood: 1, impact: 4 });
    expect(defaultRiskRating(identity, merger(), rules)).toMatchObject({ likelihood: 5, impact: 4 });
  });

  it('raises the social risk one step when the harmonisation cost reaches the threshold share of payroll', () => {
    const customs = riskDefinition('HUM-03'); // level 5: 4
    expect(defaultRiskRating(customs, merger({ harmonisationOn: true, harmonisationShare: 0.0099 }), rules).likelihood).toBe(4);
    const at = defaultRiskRating(customs, merger({ harmonisationOn: true, harmonisationShare: 0.01 }), rules);
    expect(at.likelihood).toBe(5);
    expect(at.reasons).toEqual([
      { kind: 'level', level: 5, likelihood: 4 },
      { kind: 'raise', trigger: 'harmonisation', value: 0.01, threshold: 0.01 },
    ]);
    // Without harmonisation the share does not count, whatever it is.
    expect(defaultRiskRating(customs, merger({ harmonisationOn: false, harmonisationShare: 0.05 }), rules).likelihood).toBe(4);
  });

  it('rates a risk whose required condition does not hold as rare (1)', () => {
    const severalAgreements = riskDefinition('LEG-01');
    expect(defaultRiskRating(severalAgreements, merger({ agreements: 1 }), rules)).toMatchObject({
      likelihood: 1, reasons: [{ kind: 'level', level: 5, likelihood: 4 }, { kind: 'notApplicable', trigger: 'severalAgreements' }],
    });
    expect(defaultRiskRating(severalAgreements, merger({ agreements: 2 }), rules).likelihood).toBe(4);
  });

  it('caps a raised likelihood at 5 and does not raise a risk its form makes rare', () => {
    const scale = riskDefinition('HUM-04'); // levels 1 … 5: 1, 2, 2, 3, 3; raised by sites and by scale
    const big = { sites: 12, scaleRatio: 3 };
    expect(defaultRiskRating(scale, merger(big), rules).likelihood).toBe(5); // 3 + 1 + 1
    expect(defaultRiskRating(scale, facts({ integrationLevel: 4, ...big }), rules).likelihood).toBe(5);
    expect(defaultRiskRating(scale, facts({ integrationLevel: 2, ...big }), rules).likelihood).toBe(4);
    expect(defaultRiskRating(scale, facts(big), rules).likelihood).toBe(1);
  });

  it('takes the mitigation’s expected effect off the residual ratings, never below 1', () => {
    // FIN-04 (VAT): level 1 likelihood 3, impact 3, mitigation −1 / −1.
    expect(defaultRiskRating(riskDefinition('FIN-04'), facts(), rules)).toMatchObject({ likelihood: 3, impact: 3, residualLikelihood: 2, residualImpact: 2 });
    // HUM-02 at level 1: likelihood 1 − 1 stays 1.
    expect(defaultRiskRating(riskDefinition('HUM-02'), facts(), rules).residualLikelihood).toBe(1);
  });

  it('proposes whole ratings 1–5 for every risk at every level, the residual never above', () => {
    for (const level of [1, 2, 3, 4, 5] as const) {
      for (const r of defaultRiskRatings(facts({ integrationLevel: level, harmonisationOn: true, harmonisationShare: 0.2, agreements: 3, sites: 20, scaleRatio: 4, newHeadOfficeEurPerYear: 1 }), rules)) {
        for (const v of [r.likelihood, r.impact, r.residualLikelihood, r.residualImpact]) expect(Number.isInteger(v) && v >= 1 && v <= 5).toBe(true);
        expect(r.residualLikelihood).toBeLessThanOrEqual(r.likelihood);
        expect(r.residualImpact).toBeLessThanOrEqual(r.impact);
      }
    }
    expect(defaultRiskRatings(facts(), rules).map((r) => r.id)).toEqual(RISK_CATALOGUE.map((d) => d.id));
  });
});
