import { handWorkedData } from '../engine/comparison/data-builders.test-support';
import type { ScenarioDefinition } from '../engine/scenarios/types';
import { aDefinition } from './read-scenario-definitions.test-support';
import { parseScenariosFile } from './scenarios-file';

const data = handWorkedData(); // partners A, B, A*; sites S1, S2, S3
/** Defaults S1–S3, each with its own form and fees; no default beyond S3. */
const base = (code: string): ScenarioDefinition => {
  const forms = { S1: 'CONVENTION', S2: 'GCSMS', S3: 'FUSION_ABSORPTION' } as const;
  if (!(code in forms)) throw new Error(`no default ${code}`);
  return aDefinition(code, data, { form: forms[code as keyof typeof forms], name: `Défaut ${code}`, legalFeesEur: 1_000 * Number(code.slice(1)) });
};
const baseOrS1 = (code: string) => (['S1', 'S2', 'S3'].includes(code) ? base(code) : { ...base('S1'), code });
const parse = (json: unknown, lang: 'fr' | 'en' = 'fr') => parseScenariosFile(json, data, lang, baseOrS1);

describe('parseScenariosFile', () => {
  it('takes every omitted field from the default of the same code', () => {
    const { definitions, problems } = parse({ scenarios: [{ code: 'S2' }] });
    expect(problems).toEqual([]);
    expect(definitions).toEqual([base('S2')]);
  });

  it('reads the documented example: form, partners, functions, switches, sites and amounts', () => {
    const { definitions, problems } = parse({
      scenarios: [{
        code: 'S1', name: 'Achats et paie', basedOn: 'S2', form: 'GCSMS', partners: ['A', 'B'],
        functions: { ACHATS: { pooled: true, method: 'top-down' }, PAIE_RH: { pooled: 1, method: 'bottom-up', fteRemoved: 1.5, oneOffEur: 10_000 } },
        harmonisation: false, itMigration: true, changeManagement: 1, sitesClosed: ['S2'], movingCostPerSiteEur: 20_000,
        newHeadOfficeEurPerYear: 0, legalFeesEur: 40_000, shareKept: 0.9, delayYears: 1, grantsEur: 5_000, loansEur: 50_000, loanYears: 5,
      }],
    });
    expect(problems).toEqual([]);
    const [s1] = definitions;
    expect(s1).toMatchObject({
      code: 'S1', name: 'Achats et paie', form: 'GCSMS', partnerFlags: [1, 1, 0], harmonisation: 0, itMigration: 1, changeManagement: 1,
      siteFlags: [0, 1, 0], movingCostPerSiteEur: 20_000, legalFeesEur: 40_000, shareKept: 0.9, delayYears: 1,
      grantsEur: 5_000, loansEur: 50_000, loanYears: 5,
    });
    expect(s1.functions.find((f) => f.code === 'PAIE_RH')).toEqual({ code: 'PAIE_RH', pooled: 1, bottomUp: 1, fteRemoved: 1.5, oneOffEur: 10_000 });
    expect(s1.functions.find((f) => f.code === 'ACHATS')).toEqual({ code: 'ACHATS', pooled: 1, bottomUp: 0, fteRemoved: 0, oneOffEur: 0 });
    expect(s1.functions.find((f) => f.code === 'JURIDIQUE')?.pooled).toBe(0);
  });

  it('starts from basedOn’s default, keeping the scenario’s own code', () => {
    const [s4] = parse({ scenarios: [{ code: 'S4', basedOn: 'S3' }] }).definitions;
    expect(s4).toEqual({ ...base('S3'), code: 'S4' });
  });

  it('matches codes whatever their case and accents, and a form by its name', () => {
    const { definitions, problems } = parse({ scenarios: [{ code: 's1', form: 'fusion-création', partners: ['a', 'a*'], functions: { achats: { pooled: false } } }] });
    expect(problems).toEqual([]);
    expect(definitions[0]).toMatchObject({ code: 'S1', form: 'FUSION_CREATION', partnerFlags: [1, 0, 1] });
    expect(definitions[0].functions.find((f) => f.code === 'ACHATS')?.pooled).toBe(0);
  });

  it('names the scenario and the field of each unknown code and keeps the default there', () => {
    const { definitions, problems } = parse({
      scenarios: [{ code: 'S1', form: 'SCOP', partners: ['A', 'Z9'], sitesClosed: ['NOPE'], functions: { LOCAUX: { pooled: true } } }],
    });
    expect(problems).toEqual([
      'Scénario S1, champ « form » : forme juridique inconnue "SCOP" (codes possibles : CONVENTION, MISE_A_DISPOSITION, GROUPEMENT_EMPLOYEURS, GIE, GIP, UNION_ASSOCIATIONS, GCSMS, MANDAT_GESTION, CPOM_COMMUN, APPORT_PARTIEL_ACTIF, FUSION_ABSORPTION, FUSION_CREATION, TRANSFERT_AUTORISATION).',
      'Scénario S1, champ « partners » : partenaire inconnu "Z9" (partenaires : A, B, A*).',
      'Scénario S1, champ « sitesClosed » : site inconnu "NOPE" (sites : S1, S2, S3).',
      expect.stringMatching(/^Scénario S1, champ « functions » : fonction inconnue ou non mutualisable "LOCAUX"/),
    ]);
    expect(definitions[0].form).toBe('CONVENTION');
    expect(definitions[0].partnerFlags).toEqual([1, 0, 0]);
  });

  it('reports a wrong type or an out-of-range value with what was expected, in English too', () => {
    const { definitions, problems } = parse({
      scenarios: [{ code: 'S2', shareKept: 1.5, delayYears: 2.5, legalFeesEur: '40 000', harmonisation: 'yes', functions: { ACHATS: { method: 'sideways', fteRemoved: -1 } } }],
    }, 'en');
    expect(problems).toEqual([
      'Scenario S2, field “functions.ACHATS.method”: expected "top-down" or "bottom-up", found "sideways"; the default value is kept.',
      'Scenario S2, field “functions.ACHATS.fteRemoved”: expected a number of FTE ≥ 0, found -1; the default value is kept.',
      'Scenario S2, field “harmonisation”: expected true, false, 1 or 0, found "yes"; the default value is kept.',
      'Scenario S2, field “legalFeesEur”: expected an amount in euros, a number ≥ 0, found "40 000"; the default value is kept.',
      'Scenario S2, field “shareKept”: expected a fraction between 0 and 1 (1 = 100 %), found 1.5; the default value is kept.',
      'Scenario S2, field “delayYears”: expected a whole number of years between 0 and 30, found 2.5; the default value is kept.',
    ]);
    expect(definitions[0]).toEqual(base('S2'));
  });

  it('refuses codes other than S1, S2…, repeated codes and entries that are not objects', () => {
    const { definitions, problems } = parse({ scenarios: [{ code: 'S0' }, { name: 'x' }, 'S3', { code: 'S1' }, { code: 'S1', shareKept: 0.5 }, { code: 'A1' }] });
    expect(definitions.map((d) => d.code)).toEqual(['S1']);
    expect(definitions[0].shareKept).toBe(1);
    expect(problems).toEqual([
      'Scénario n° 1 : code "S0" invalide ; les codes sont S1, S2, S3…',
      'Scénario n° 2 : le champ « code » manque (S1, S2…).',
      'Scénario n° 3 : attendu un objet { "code": "S1", … }, trouvé "S3".',
      'Scénario S1 : ce code est déjà pris par un scénario précédent ; celui-ci est ignoré.',
      'Scénario n° 6 : code "A1" invalide ; les codes sont S1, S2, S3…',
    ]);
  });

  it('reports an unknown field (a typo) and an unknown basedOn', () => {
    const { problems } = parseScenariosFile({ scenarios: [{ code: 'S1', sharekept: 0.5, basedOn: 'S9', comment: 'ok' }] }, data, 'fr', base);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^Scénario S1 : champ « sharekept » inconnu \(champs possibles : code, name, basedOn/);
    expect(problems[1]).toBe('Scénario S1, champ « basedOn » : scénario par défaut inconnu "S9".');
  });

  it('says what the file must hold when it is not an object with a list of scenarios', () => {
    for (const json of [null, [], { scenarios: {} }, 'S1']) {
      expect(parse(json)).toEqual({ definitions: [], problems: [expect.stringContaining('« scenarios »')] });
    }
  });
});
