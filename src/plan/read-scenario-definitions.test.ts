import fc from 'fast-check';
import type { CellValue, CooperationData } from '../data/types';
import { COOPERATION_FORMS } from '../domain/codes';
import { aPartner, aSite, handWorkedData } from '../engine/comparison/data-builders.test-support';
import { POOLED_FUNCTIONS } from '../engine/model-assumptions';
import { defaultScenarios } from '../engine/scenarios/default-scenarios';
import type { ScenarioDefinition } from '../engine/scenarios/types';
import { readScenarioDefinitions } from './read-scenario-definitions';
import { aDefinition } from './read-scenario-definitions.test-support';
import { scenariosSheetLayout } from './scenarios-layout';
import { createSheetContext } from './sheet-context';
import { buildScenariosSheet } from './sheets/scenarios-sheet';
import { planSheetRows } from './plan-sheet-rows.test-support';

const data = handWorkedData(); // partners A, B, A*; sites S1, S2, S3

/** A sheet's cells as rows of values from A1, as an adapter reads them (a formula gives its value). */
function sheetRows(defs: readonly ScenarioDefinition[], d: CooperationData = data, lang: 'fr' | 'en' = 'fr'): CellValue[][] {
  const ctx = createSheetContext(d, lang, 2024);
  const layout = scenariosSheetLayout(d, defs.map((x) => x.code), 'Scénarios');
  return planSheetRows(buildScenariosSheet(ctx, layout, defs, 2024, true).sheet.cells);
}

/** The fallback: a distinct definition, so that a value taken from it is told apart. */
const fallbackOver = (d: CooperationData) => (code: string): ScenarioDefinition => aDefinition(code, d, {
  name: `fallback ${code}`, form: 'GIE', partnerFlags: d.partners.map(() => 0), siteFlags: d.sites.map(() => 1),
  shareKept: 0.25, legalFeesEur: 999, delayYears: 7,
});
const fallback = fallbackOver(data);

const flag = fc.constantFrom(0, 1);
const amount = fc.integer({ min: 0, max: 10_000_000 });
const arbitraryDefinition = (code: string): fc.Arbitrary<ScenarioDefinition> => fc.record({
  code: fc.constant(code),
  name: fc.oneof(fc.constant(''), fc.constantFrom('Mutualisation des achats', 'Fusion', 'GCSMS de moyens')),
  form: fc.constantFrom(...COOPERATION_FORMS),
  partnerFlags: fc.array(flag, { minLength: 3, maxLength: 3 }),
  functions: fc.tuple(...POOLED_FUNCTIONS.map((fn) => fc.record({
    code: fc.constant(fn), pooled: flag, bottomUp: flag, fteRemoved: fc.double({ min: 0, max: 20, noNaN: true }), oneOffEur: amount,
  }))),
  harmonisation: flag, itMigration: flag, changeManagement: flag,
  siteFlags: fc.array(flag, { minLength: 3, maxLength: 3 }),
  movingCostPerSiteEur: amount, newHeadOfficeEurPerYear: amount, legalFeesEur: amount,
  shareKept: fc.double({ min: 0, max: 1, noNaN: true }), delayYears: fc.integer({ min: 0, max: 30 }),
  grantsEur: amount, loansEur: amount, loanYears: fc.integer({ min: 0, max: 30 }),
});

describe('readScenarioDefinitions', () => {
  it('reads back the definitions a generated sheet was built with (round trip)', () => {
    fc.assert(fc.property(arbitraryDefinition('S1'), arbitraryDefinition('S2'), arbitraryDefinition('S3'), (a, b, c) => {
      expect(readScenarioDefinitions(sheetRows([a, b, c]), data, fallback)).toEqual([a, b, c]);
    }), { seed: 20261126, numRuns: 40 });
  });

  it('reads back the engine’s default scenarios', () => {
    const defaults = defaultScenarios(data);
    expect(defaults.length).toBeGreaterThan(0);
    expect(readScenarioDefinitions(sheetRows(defaults), data, fallback)).toEqual(defaults);
  });

  it('reads an English sheet the same way', () => {
    const def = aDefinition('S1', data, { form: 'FUSION_ABSORPTION', harmonisation: 1 });
    expect(readScenarioDefinitions(sheetRows([def], data, 'en'), data, fallback)).toEqual([def]);
  });

  it('takes the fallback’s value for a missing row, a text or an empty lever cell', () => {
    const def = aDefinition('S1', data, { legalFeesEur: 40_000, shareKept: 0.9 });
    const rows = sheetRows([def]);
    const rowOf = (key: string) => rows.findIndex((r) => r[0] === key);
    rows[rowOf('legalFeesEur')][3] = 'quarante mille';
    rows[rowOf('shareKept')][3] = null;
    rows.splice(rowOf('delayYears'), 1);
    const [read] = readScenarioDefinitions(rows, data, fallback);
    expect([read.legalFeesEur, read.shareKept, read.delayYears]).toEqual([999, 0.25, 7]);
    expect(read.partnerFlags).toEqual([1, 1, 1]);
  });

  it('reads TRUE and FALSE as 1 and 0', () => {
    const rows = sheetRows([aDefinition('S1', data)]);
    rows[rows.findIndex((r) => r[0] === 'harmonisation')][3] = true;
    expect(readScenarioDefinitions(rows, data, fallback)[0].harmonisation).toBe(1);
  });

  it('matches partner and site flags by code whatever the case and accents; a new partner or site gets the fallback’s flag', () => {
    const rows = sheetRows([aDefinition('S1', data, { partnerFlags: [1, 0, 1], siteFlags: [1, 0, 0] })]);
    rows[rows.findIndex((r) => r[0] === 'partner.B')][0] = 'partner.b';
    // The data changed: a new partner C comes first, site S2 is gone, site S9 is new.
    const changed: CooperationData = {
      ...data,
      partners: [aPartner('C'), ...data.partners],
      sites: [data.sites[0], data.sites[2], aSite('A', 'S9')],
    };
    const [read] = readScenarioDefinitions(rows, changed, fallbackOver(changed));
    expect(read.partnerFlags).toEqual([0, 1, 0, 1]); // C from the fallback (0), then A 1, B 0, A* 1
    expect(read.siteFlags).toEqual([1, 0, 1]); // S1 1, S3 0, S9 from the fallback (1)
  });

  it('matches a partner code with accents to a key typed without them', () => {
    const accented: CooperationData = { ...data, partners: [aPartner('ÉCO'), aPartner('B')] };
    const rows = sheetRows([aDefinition('S1', accented, { partnerFlags: [1, 0] })], accented);
    rows[rows.findIndex((r) => r[0] === 'partner.ÉCO')][0] = 'partner.eco';
    expect(readScenarioDefinitions(rows, accented, fallbackOver(accented))[0].partnerFlags).toEqual([1, 0]);
  });

  it('reads a form written as a French or English name, and takes the fallback’s form for an unknown text', () => {
    const rows = sheetRows([aDefinition('S1', data), aDefinition('S2', data)]);
    const formRow = rows.findIndex((r) => r[0] === 'form');
    rows[formRow][3] = 'Fusion-absorption';
    rows[formRow][4] = 'une association nouvelle';
    const [a, b] = readScenarioDefinitions(rows, data, fallback);
    expect(a.form).toBe('FUSION_ABSORPTION');
    expect(b.form).toBe('GIE');
  });

  it('finds a scenario column a user copied further right, and ignores S0 and non-codes on the header row', () => {
    const rows = sheetRows([aDefinition('S1', data, { legalFeesEur: 5_000 })]);
    // Copy column D into column H and call it s4; put "S0" in column G.
    for (const r of rows) {
      while (r.length < 8) r.push(null);
      r[7] = r[3];
    }
    const header = rows.findIndex((r) => r[3] === 'S1');
    rows[header][7] = ' s4 ';
    rows[header][6] = 'S0';
    const read = readScenarioDefinitions(rows, data, fallback);
    expect(read.map((d) => d.code)).toEqual(['S1', 'S4']);
    expect(read[1]).toEqual({ ...read[0], code: 'S4' });
  });

  it('reads nothing from an empty sheet', () => {
    expect(readScenarioDefinitions([], data, fallback)).toEqual([]);
  });
});
