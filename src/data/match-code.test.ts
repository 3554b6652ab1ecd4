import { AGREEMENTS, ESTABLISHMENT_TYPES, GROUPS, TENURES } from '../domain/codes';
import { t } from '../i18n';
import { catalogueLabels, matchCode, matchGroup, type LabelOf } from './match-code';

// Labels given here, so these tests do not depend on the wording of the catalogues.
const labels: Readonly<Record<string, readonly (string | null)[]>> = {
  FOYER_VIE: ['Foyer de vie', 'Residential home'],
  SIEGE: ['Siège', 'Head office'],
  AUTRE: ['Autre', 'Other'],
};
const labelOf: LabelOf = (code) => labels[code] ?? [];

describe('matchCode', () => {
  it.each([
    ['EHPAD', 'EHPAD'],
    ['ehpad', 'EHPAD'],
    [' Ehpad ', 'EHPAD'],
    ['foyer_vie', 'FOYER_VIE'],
    ['foyer vie', 'FOYER_VIE'],
    ['Foyer-Vie', 'FOYER_VIE'],
    ['foyer de vie', 'FOYER_VIE'],
    ['FOYER DE VIE', 'FOYER_VIE'],
    ['siege', 'SIEGE'],
    ['SIÈGE', 'SIEGE'],
    ['head office', 'SIEGE'],
  ])('reads %j as %s', (input, expected) => {
    expect(matchCode(input, ESTABLISHMENT_TYPES, labelOf)).toBe(expected);
  });

  it('matches codes with accents and spaces in place of underscores', () => {
    expect(matchCode('Mise à disposition', TENURES)).toBe('MISE_A_DISPOSITION');
    expect(matchCode('ccn 51', AGREEMENTS)).toBe('CCN51');
  });

  it('returns null for an unknown value, an empty cell or a boolean', () => {
    expect(matchCode('HOPITAL', ESTABLISHMENT_TYPES, labelOf)).toBeNull();
    expect(matchCode('  ', ESTABLISHMENT_TYPES, labelOf)).toBeNull();
    expect(matchCode(null, ESTABLISHMENT_TYPES, labelOf)).toBeNull();
    expect(matchCode(true, ESTABLISHMENT_TYPES, labelOf)).toBeNull();
  });

  it('prefers a code over another code whose label spells it', () => {
    const tricky: LabelOf = (code) => (code === 'IME' ? ['SAVS'] : []);
    expect(matchCode('savs', ESTABLISHMENT_TYPES, tricky)).toBe('SAVS');
  });

  it('prefers a French label over another code’s English label', () => {
    const tricky: LabelOf = (code) => (code === 'FAM' ? [null, 'Foyer'] : code === 'FOYER_VIE' ? ['Foyer'] : []);
    expect(matchCode('foyer', ESTABLISHMENT_TYPES, tricky)).toBe('FOYER_VIE');
  });

  it('reads French labels from the catalogues', () => {
    const label = t('fr', 'domain.establishment.FOYER_VIE');
    expect(matchCode(label.toLowerCase(), ESTABLISHMENT_TYPES, catalogueLabels('domain.establishment'))).toBe('FOYER_VIE');
  });

  it('skips labels a catalogue does not hold yet, and codes still match', () => {
    expect(catalogueLabels('domain.nothingHere')('EHPAD')).toEqual([null, null]);
    expect(matchCode('ehpad', ESTABLISHMENT_TYPES, catalogueLabels('domain.nothingHere'))).toBe('EHPAD');
  });
});

describe('matchGroup', () => {
  it.each([
    ['I', 'I'], ['ii', 'II'], ['III', 'III'], [1, 'I'], [2, 'II'], ['3', 'III'], ['Groupe 2', 'II'], ['groupe III', 'III'],
  ])('reads %j as %s', (input, expected) => {
    expect(matchGroup(input, GROUPS)).toBe(expected);
  });

  it.each([['IV'], [4], [0], ['1.5'], [true], [null]])('refuses %j', (input) => {
    expect(matchGroup(input, GROUPS)).toBeNull();
  });
});
