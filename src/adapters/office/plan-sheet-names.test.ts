import type { WorkbookPlan } from '../../plan/types';
import { numbered, sheetTargets, temporaryNames } from './plan-sheet-names';

const plan = (...sheets: [string, string][]): WorkbookPlan =>
  ({ sheets: sheets.map(([key, name]) => ({ key, name })) }) as unknown as WorkbookPlan;

describe('sheetTargets', () => {
  it('creates every sheet under its own name in an empty workbook', () => {
    expect(sheetTargets(plan(['cover', 'Sommaire'], ['data', 'Données']), [], new Map())).toEqual([
      { key: 'cover', planned: 'Sommaire', current: null, final: 'Sommaire' },
      { key: 'data', planned: 'Données', current: null, final: 'Données' },
    ]);
  });

  it("moves a plan sheet off a user's sheet of the same name (any case)", () => {
    const [cover] = sheetTargets(plan(['cover', 'Sommaire']), ['SOMMAIRE', 'Sommaire (2)'], new Map());
    expect(cover).toEqual({ key: 'cover', planned: 'Sommaire', current: null, final: 'Sommaire (3)' });
  });

  it('finds a sheet by its identity name first, whatever the registry text says, and gives it the plan’s name back', () => {
    const targets = sheetTargets(
      plan(['cover', 'Sommaire'], ['assumptions', 'Hypothèses']),
      ['Sommaire', 'Hyp 2025', 'Hypothèses'],
      new Map([['cover', 'Sommaire'], ['assumptions', 'Hypothèses']]),
      new Map([['assumptions', 'Hyp 2025']]),
    );
    // "Hypothèses" is now a user's sheet (the registry text alone no longer proves it ours): ours takes "(2)".
    expect(targets).toEqual([
      { key: 'cover', planned: 'Sommaire', current: 'Sommaire', final: 'Sommaire' },
      { key: 'assumptions', planned: 'Hypothèses', current: 'Hyp 2025', final: 'Hypothèses (2)' },
    ]);
  });

  it('renames a sheet found by its identity name back to the planned name when that name is free', () => {
    const [cover] = sheetTargets(plan(['cover', 'Sommaire']), ['Accueil'], new Map(), new Map([['cover', 'Accueil']]));
    expect(cover).toEqual({ key: 'cover', planned: 'Sommaire', current: 'Accueil', final: 'Sommaire' });
  });

  it('keeps a registered sheet, renamed to the plan’s name when it changed', () => {
    const registry = new Map([['cover', 'Sommaire'], ['data', 'Données']]);
    const targets = sheetTargets(plan(['cover', 'Cover'], ['data', 'Données']), ['Sommaire', 'Données', 'Mes notes'], registry);
    expect(targets.map((t) => [t.current, t.final])).toEqual([['Sommaire', 'Cover'], ['Données', 'Données']]);
  });

  it('treats a registered name whose sheet is gone as new', () => {
    const [data] = sheetTargets(plan(['data', 'Données']), ['Mes notes'], new Map([['data', 'Données']]));
    expect(data).toEqual({ key: 'data', planned: 'Données', current: null, final: 'Données' });
  });
});

describe('numbered and temporaryNames', () => {
  it('keeps numbered names within 31 characters', () => {
    expect(numbered('A'.repeat(31), 2)).toBe(`${'A'.repeat(27)} (2)`);
    expect(numbered('A'.repeat(31), 2)).toHaveLength(31);
  });

  it('picks temporary names that no sheet has', () => {
    expect(temporaryNames(2, ['~coop 1'], ['~COOP 3'])).toEqual(['~coop 2', '~coop 4']);
  });
});
