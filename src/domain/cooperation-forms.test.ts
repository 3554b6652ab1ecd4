import { COOPERATION_FORMS } from './codes';
import { allPartnersDissolved, mergerRules } from './cooperation-forms';

describe('mergerRules', () => {
  it('applies to the partial transfer of assets and both mergers only (DOMAIN §1.2, S13)', () => {
    const applying = COOPERATION_FORMS.filter((c) => mergerRules(c) === 1);
    expect(applying).toEqual(['APPORT_PARTIEL_ACTIF', 'FUSION_ABSORPTION', 'FUSION_CREATION']);
    expect(COOPERATION_FORMS.every((c) => mergerRules(c) === 0 || mergerRules(c) === 1)).toBe(true);
  });
});

describe('allPartnersDissolved', () => {
  it('is 1 for a fusion-création only, where every association is dissolved (S12)', () => {
    expect(COOPERATION_FORMS.filter((c) => allPartnersDissolved(c) === 1)).toEqual(['FUSION_CREATION']);
  });
});
