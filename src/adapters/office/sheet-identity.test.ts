import { identitySheets } from './sheet-identity';

describe('identitySheets', () => {
  it('maps each CoopSheet_<key> name to the existing sheet it points at, quoted or not, any case', () => {
    const names = [
      { name: 'CoopSheet_assumptions', formula: "='Hyp 2025'!$A$1" },
      { name: 'CoopSheet_cover', formula: '=Accueil!$A$1' },
      { name: 'DiscountRate', formula: "='Hyp 2025'!$D$8" },
    ];
    expect([...identitySheets(names, ['accueil', 'Hyp 2025'])]).toEqual([
      ['assumptions', 'Hyp 2025'],
      ['cover', 'accueil'],
    ]);
  });

  it('ignores a name whose sheet was deleted, and a second key on a sheet already claimed', () => {
    const names = [
      { name: 'CoopSheet_cover', formula: '=#REF!' },
      { name: 'CoopSheet_data', formula: '=Données!$A$1' },
      { name: 'CoopSheet_checks', formula: '=Données!$A$1' },
    ];
    expect([...identitySheets(names, ['Données'])]).toEqual([['data', 'Données']]);
  });
});
