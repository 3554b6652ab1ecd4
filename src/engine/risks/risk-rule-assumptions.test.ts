import { modelAssumptions } from '../model-assumptions';
import { riskRuleAssumptions } from './risk-rule-assumptions';
import { riskRulesOf } from './risk-rules';

describe('riskRuleAssumptions', () => {
  it('lists the band thresholds and the data rules in the riskRules section, with their defaults', () => {
    const entries = riskRuleAssumptions({});
    expect(entries.every((e) => e.section === 'riskRules' && e.low === null && e.high === null)).toBe(true);
    expect(riskRulesOf(entries)).toEqual({ bandModerate: 5, bandHigh: 10, bandCritical: 15, harmonisationShare: 0.01, manySites: 5, scaleRatio: 2 });
  });

  it('takes a user’s value by key, and the model lists them', () => {
    const entries = modelAssumptions(2024, { 'riskRules.bandHigh': 12, 'riskRules.harmonisationShare': 0.02 });
    expect(riskRulesOf(entries)).toMatchObject({ bandHigh: 12, harmonisationShare: 0.02, bandModerate: 5 });
  });
});
