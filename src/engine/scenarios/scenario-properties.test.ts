import fc from 'fast-check';
import { FUNCTION_CODES, STAFF_CATEGORIES } from '../../domain';
import type { CooperationData } from '../../data/types';
import { aLine, aPartner, aSite, aStaffGroup } from '../comparison/data-builders.test-support';
import { modelAssumptions, POOLED_FUNCTIONS } from '../model-assumptions';
import { aDefinition } from './scenario-builders.test-support';
import { scenarioGlobals } from './scenario-globals';
import { scenarioOutcome } from './scenario-outcome';
import type { ScenarioDefinition } from './types';

// Defaults, with a rate for the functions that have none, so that every pooled function saves something.
const globals = scenarioGlobals(modelAssumptions(2024, {
  'savingsRate.QUALITE_GESTION_RISQUES': 0.05, 'savingsRate.JURIDIQUE': 0.04, 'savingsRate.FORMATION': 0.03,
  'savingsRate.TRANSPORT': 0.06, 'savingsRate.COMMUNICATION': 0.02, 'savingsRate.MAINTENANCE_TECHNIQUE': 0.05,
}));

const money = fc.integer({ min: 0, max: 2_000_000 });
const flag = fc.constantFrom(0, 1);

/** 1–4 partners with non-negative charges (at least one line each), staff and sites of their own. */
const arbitraryData: fc.Arbitrary<CooperationData> = fc.integer({ min: 1, max: 4 }).chain((n) => {
  const codes = Array.from({ length: n }, (_, i) => `P${i}`);
  const partner = fc.constantFrom(...codes);
  return fc.record({
    partners: fc.tuple(...codes.map((code) => fc.record({
      bst: fc.option(money), perm: fc.option(money), nfa: fc.option(money), bfr: fc.option(money),
    }).map((r) => aPartner(code, { balanceSheetTotalEur: r.bst, permanentCapitalEur: r.perm, netFixedAssetsEur: r.nfa, workingCapitalNeedEur: r.bfr })))),
    budgets: fc.tuple(...codes.map((code) => fc.array(
      fc.record({ fn: fc.option(fc.constantFrom(...FUNCTION_CODES)), amount: money })
        .map((l) => aLine(code, 'CHARGES', 'I', l.amount, { function: l.fn })), { minLength: 1, maxLength: 8 }))).map((x) => x.flat()),
    staff: fc.array(fc.record({
      partner, category: fc.constantFrom(...STAFF_CATEGORIES), fn: fc.option(fc.constantFrom(...FUNCTION_CODES)),
      fte: fc.integer({ min: 0, max: 40 }), pay: money,
    }).map((s) => aStaffGroup(s.partner, s.category, s.fte, s.pay, { function: s.fn })), { maxLength: 10 }),
    sites: fc.array(fc.record({ partner, rent: fc.option(fc.integer({ min: 0, max: 80_000 })) }), { maxLength: 5 })
      .map((xs) => xs.map((s, i) => aSite(s.partner, `S${i}`, { rentAndChargesEur: s.rent }))),
  });
});

/** Any levers, non-negative, for the data's partners and sites. */
const arbitraryDefinition = (data: CooperationData): fc.Arbitrary<ScenarioDefinition> => fc.record({
  partnerFlags: fc.array(flag, { minLength: data.partners.length, maxLength: data.partners.length }),
  siteFlags: fc.array(flag, { minLength: data.sites.length, maxLength: data.sites.length }),
  functions: fc.tuple(...POOLED_FUNCTIONS.map((code) => fc.record({
    code: fc.constant(code), pooled: flag, bottomUp: flag, fteRemoved: fc.integer({ min: 0, max: 5 }), oneOffEur: fc.integer({ min: 0, max: 50_000 }),
  }))),
  form: fc.constantFrom('CONVENTION', 'GCSMS', 'FUSION_ABSORPTION', 'FUSION_CREATION'),
  harmonisation: flag, itMigration: flag, changeManagement: flag,
  movingCostPerSiteEur: fc.integer({ min: 0, max: 50_000 }), newHeadOfficeEurPerYear: fc.integer({ min: 0, max: 100_000 }),
  legalFeesEur: fc.integer({ min: 0, max: 100_000 }), shareKept: fc.double({ min: 0, max: 1, noNaN: true }),
  delayYears: fc.integer({ min: 0, max: 3 }), grantsEur: money, loansEur: money, loanYears: fc.integer({ min: 0, max: 5 }),
}).map((r) => ({ ...aDefinition(data.partners.length, data.sites.length), ...r }));

const dataAndDefinition = arbitraryData.chain((data) => arbitraryDefinition(data).map((definition) => ({ data, definition })));
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6;

describe('scenario outcomes (properties)', () => {
  it('saves nothing without a pooled function nor a site change: the net benefit is minus the costs', () => {
    fc.assert(fc.property(dataAndDefinition, ({ data, definition }) => {
      const d = { ...definition, functions: definition.functions.map((f) => ({ ...f, pooled: 0 })), siteFlags: definition.siteFlags.map(() => 0) };
      const o = scenarioOutcome(data, d, globals);
      expect(o.savingsByYearEur.every((v) => v === 0)).toBe(true);
      expect(o.siteSavingsByYearEur.every((v) => v === 0)).toBe(true);
      o.netBenefitByYearEur.forEach((nb, t) =>
        expect(near(nb, -(o.oneOff.byYearEur[t] + o.headOfficeByYearEur[t] + o.harmonisationByYearEur[t]))).toBe(true));
    }), { seed: 20261126, numRuns: 150 });
  });

  it('never lowers gross savings in any year by pooling one more function', () => {
    fc.assert(fc.property(dataAndDefinition, fc.nat(), ({ data, definition }, pick) => {
      const notPooled = definition.functions.filter((f) => f.pooled === 0);
      if (notPooled.length === 0) return;
      const added = notPooled[pick % notPooled.length].code;
      const more = { ...definition, functions: definition.functions.map((f) => (f.code === added ? { ...f, pooled: 1 } : f)) };
      const before = scenarioOutcome(data, definition, globals).savingsByYearEur;
      const after = scenarioOutcome(data, more, globals).savingsByYearEur;
      after.forEach((v, t) => expect(v).toBeGreaterThanOrEqual(before[t] - 1e-9));
    }), { seed: 5, numRuns: 150 });
  });

  it('adds the partners’ net benefits, savings, site savings, one-off and harmonisation up to the scenario’s', () => {
    fc.assert(fc.property(dataAndDefinition, ({ data, definition }) => {
      const o = scenarioOutcome(data, definition, globals);
      const chargesIn = o.partners.reduce((s, p) => s + p.included, 0) > 0
        && data.budgets.some((l) => l.amountEur > 0 && definition.partnerFlags[data.partners.findIndex((p) => p.code === l.partner)] === 1);
      if (!chargesIn) return;
      const sum = (pick: (p: (typeof o.partners)[number]) => readonly number[], t: number) => o.partners.reduce((s, p) => s + pick(p)[t], 0);
      o.yearIndexes.forEach((t) => {
        expect([t, near(sum((p) => p.netBenefitByYearEur, t), o.netBenefitByYearEur[t])]).toEqual([t, true]);
        expect([t, near(sum((p) => p.savingsByYearEur, t), o.savingsByYearEur[t])]).toEqual([t, true]);
        expect([t, near(sum((p) => p.siteSavingsByYearEur, t), o.siteSavingsByYearEur[t])]).toEqual([t, true]);
        expect([t, near(sum((p) => p.oneOffByYearEur, t), o.oneOff.byYearEur[t])]).toEqual([t, true]);
        expect([t, near(sum((p) => p.harmonisationByYearEur, t), o.harmonisationByYearEur[t])]).toEqual([t, true]);
      });
    }), { seed: 42, numRuns: 200 });
  });

  it('gives a partner not included zero everything (its sites left open)', () => {
    fc.assert(fc.property(dataAndDefinition, fc.nat(), ({ data, definition }, pick) => {
      const out = pick % data.partners.length;
      const code = data.partners[out].code;
      const d = {
        ...definition,
        partnerFlags: definition.partnerFlags.map((f, p) => (p === out ? 0 : f)),
        siteFlags: definition.siteFlags.map((f, s) => (data.sites[s].partner === code ? 0 : f)),
      };
      const p = scenarioOutcome(data, d, globals).partners[out];
      expect([p.included, p.costKey, p.netBenefitTotalEur]).toEqual([0, 0, 0]);
      for (const row of [p.savingsByYearEur, p.siteSavingsByYearEur, p.oneOffByYearEur, p.headOfficeByYearEur, p.harmonisationByYearEur, p.netBenefitByYearEur]) {
        expect(row.every((v) => v === 0)).toBe(true);
      }
    }), { seed: 7, numRuns: 150 });
  });
});
