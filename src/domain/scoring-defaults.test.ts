import { COOPERATION_FORMS, type CooperationFormCode } from './codes';
import { cooperationForm } from './cooperation-forms';
import { DEFAULT_SCORING_WEIGHTS, defaultJudgementScores, defaultScoringInputs, integrationLevelOf, SCORING_DEFAULTS_PROVENANCE } from './scoring-defaults';

describe('scoring defaults', () => {
  it('weighs NPV 25 %, payback and one-off costs 10 % each, risk, governance and identity 15 % each, reversibility 10 %: 100 % in all', () => {
    expect(DEFAULT_SCORING_WEIGHTS).toEqual({
      npv: 0.25, payback: 0.1, oneOffCosts: 0.1, risk: 0.15, governanceBalance: 0.15, preservedIdentity: 0.15, reversibility: 0.1,
    });
    expect(Object.values(DEFAULT_SCORING_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(SCORING_DEFAULTS_PROVENANCE.kind).toBe('assumption');
  });

  it('scores a convention (level 1), a GCSMS (3–4) and a merger (5) from loose to tight', () => {
    expect(defaultJudgementScores('CONVENTION')).toEqual({ governanceBalance: 80, preservedIdentity: 90, reversibility: 90 });
    expect(defaultJudgementScores('GCSMS')).toEqual({ governanceBalance: 70, preservedIdentity: 70, reversibility: 60 });
    expect(defaultJudgementScores('FUSION_ABSORPTION')).toEqual({ governanceBalance: 50, preservedIdentity: 30, reversibility: 10 });
    expect(defaultJudgementScores('TRANSFERT_AUTORISATION')).toEqual(defaultJudgementScores('GCSMS'));
  });

  it('never scores a tighter form above a looser one on identity or reversibility', () => {
    const level = (f: CooperationFormCode) => cooperationForm(f).integrationLevel?.max ?? 4;
    const byLevel = COOPERATION_FORMS.map((f) => ({ f, s: defaultJudgementScores(f) }));
    for (const a of byLevel) for (const b of byLevel) {
      for (const v of Object.values(a.s)) expect(v >= 0 && v <= 100).toBe(true);
      if (level(a.f) < level(b.f)) {
        expect(a.s.preservedIdentity).toBeGreaterThanOrEqual(b.s.preservedIdentity);
        expect(a.s.reversibility).toBeGreaterThanOrEqual(b.s.reversibility);
      }
    }
  });

  it('gives the integration level a form’s defaults follow: its highest, 4 without one', () => {
    expect(integrationLevelOf('CONVENTION')).toBe(1);
    expect(integrationLevelOf('GCSMS')).toBe(4);
    expect(integrationLevelOf('FUSION_CREATION')).toBe(5);
    expect(integrationLevelOf('TRANSFERT_AUTORISATION')).toBe(4);
  });

  it('keys each scenario’s scores by its code', () => {
    const d = defaultScoringInputs([{ code: 'S1', form: 'CONVENTION' }, { code: 'S3', form: 'FUSION_CREATION' }]);
    expect(d.weights).toBe(DEFAULT_SCORING_WEIGHTS);
    expect(d.judgement).toEqual({
      governanceBalance: { S1: 80, S3: 50 }, preservedIdentity: { S1: 90, S3: 30 }, reversibility: { S1: 90, S3: 10 },
    });
  });
});
