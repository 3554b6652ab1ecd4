import { normaliseHeader } from './normalise-header';

describe('normaliseHeader', () => {
  it.each([
    ['Montant (€)', 'montant'],
    ['Surface [m²]', 'surface'],
    ['  Journées   réalisées ', 'journees realisees'],
    ['Places\u00A0autorisées', 'places autorisees'],
    ['Places\u202Fautorisées', 'places autorisees'],
    ['JOURS D’OUVERTURE', "jours d'ouverture"],
    ['Masse salariale chargée (€ / an)', 'masse salariale chargee'],
    ['Catégorie', 'categorie'],
    ['Amount (EUR) [2024]', 'amount'],
  ])('reduces %j to %j', (header, expected) => {
    expect(normaliseHeader(header)).toBe(expected);
  });
});
