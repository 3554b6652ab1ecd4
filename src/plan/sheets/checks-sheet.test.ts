import type { CooperationData } from '../../data/types';
import { aLine, aPartner, aStaffGroup } from '../../engine/comparison/data-builders.test-support';
import { buildModel } from '../build-model';
import type { PlanSheet } from '../types';

/** Two partners without sites, capital or CAF: many indicators are "n/a". */
function dataWithoutSites(): CooperationData {
  return {
    partners: [aPartner('A', { name: 'Association Alpha' }), aPartner('B', { name: 'Association Beta' })], sites: [],
    budgets: [
      aLine('A', 'CHARGES', 'II', 100_000, { function: 'COMPTABILITE_FINANCE' }),
      aLine('B', 'CHARGES', 'I', 200_000, { function: 'ACHATS' }),
      aLine('B', 'PRODUITS', 'I', 320_000),
    ],
    staff: [aStaffGroup('A', 'ADMINISTRATION_GESTION', 2, 80_000), aStaffGroup('B', 'ADMINISTRATION_GESTION', 1, 50_000)],
  };
}

const build = (lang: 'fr' | 'en') =>
  buildModel(dataWithoutSites(), { lang, generatedAt: new Date('2026-01-15T09:00:00Z'), productVersion: '9.9.9' });
const texts = (s: PlanSheet) => s.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');
const checksSheet = (lang: 'fr' | 'en') => {
  const { plan, result } = build(lang);
  return { sheet: plan.sheets.find((s) => s.key === 'checks')!, result };
};

describe('the checks sheet', () => {
  it('lists every indicator shown as n/a as a warning, naming the indicator and the partner in French', () => {
    const { sheet, result } = checksSheet('fr');
    // Without sites, the occupancy rate has no data for A, for B and for the consolidated column.
    const occupancy = texts(sheet).filter((v) => v.startsWith('Indicateur « Taux d’occupation » non disponible'));
    expect(occupancy).toEqual([
      expect.stringContaining('pour A — Association Alpha : donnée absente (Sites : '),
      expect.stringContaining('pour B — Association Beta : donnée absente (Sites : '),
      expect.stringContaining('pour le consolidé : donnée absente'),
    ]);
    expect(occupancy[0]).toContain('Journées réalisées');
    const all = texts(sheet).filter((v) => v.startsWith('Indicateur « '));
    expect(all).toHaveLength(result.indicators.notes.length);
    expect(texts(sheet)).not.toContain('Aucun avertissement');
  });

  it('names the indicator, the partner and the missing column in English', () => {
    const { sheet } = checksSheet('en');
    expect(texts(sheet)).toContainEqual(expect.stringMatching(/^Indicator “Occupancy rate” not available \(n\/a\) for A — Association Alpha: data missing \(Sites: .*Days delivered/));
  });
});
