import { computed, notComputed } from '../engine/computed';
import type { ScenarioOutcome } from '../engine/scenarios/types';
import type { ScoringResult } from '../engine/scoring/types';
import { translator } from '../i18n';
import { scenarioTable } from './scenario-table';

// Only the fields the table reads; the rest of an outcome does not matter here.
const outcome = (fields: Pick<ScenarioOutcome, 'code' | 'name' | 'form' | 'npvEur' | 'paybackYears' | 'oneOffTotalEur'>) =>
  fields as ScenarioOutcome;

const scenarios = [
  outcome({ code: 'S1', name: '', form: 'CONVENTION', npvEur: computed(12_345.6), paybackYears: computed(2.345), oneOffTotalEur: 20_000 }),
  outcome({ code: 'S2', name: 'Fusion à deux', form: 'FUSION_CREATION', npvEur: computed(-9_999.4), paybackYears: notComputed('NOT_WITHIN_HORIZON'), oneOffTotalEur: 250_000.5 }),
];
const scoring = { codes: ['S1', 'S2'], total: [71.25, 40], rank: [1, 2], first: 'S1' } as unknown as ScoringResult;

describe('scenarioTable', () => {
  it('gives one aligned line per scenario, rounded to the euro and the tenth of a year, then the first choice', () => {
    expect(scenarioTable('en', translator('en'), scenarios, scoring)).toEqual([
      'Scenarios, compared with the status quo S0 (each partner alone: no savings, no costs):',
      '  Code  Scenario                    NPV                 Payback  One-off costs  Score  Rank',
      '  S1    Partnership agreement  12,346 €               2.3 years       20,000 €   71.3     1',
      '  S2    Fusion à deux          -9,999 €  not within the horizon      250,001 €   40.0     2',
      'Weighted first choice: S1 – Partnership agreement (score 71.3 out of 100).',
    ]);
  });

  it('writes French figures the French way', () => {
    const lines = scenarioTable('fr', translator('fr'), scenarios, scoring);
    // fr-FR groups thousands with a narrow no-break space (U+202F) and uses a decimal comma.
    expect(lines[2]).toContain('12\u202f346 €');
    expect(lines[2]).toContain('2,3 ans');
    expect(lines[4]).toBe('Premier choix pondéré : S1 – Convention de partenariat (score 71,3 sur 100).');
  });

  it('says so when there is no scenario', () => {
    expect(scenarioTable('en', translator('en'), [], { ...scoring, codes: [], total: [], rank: [], first: '' })).toEqual([
      'No scenario: the model compares the status quo only.',
    ]);
  });
});
