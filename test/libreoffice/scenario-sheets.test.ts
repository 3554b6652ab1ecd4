// The Bases sheet and the scenario sheets, recalculated by LibreOffice: every formula equal to
// the engine's ScenarioOutcome (the proof that the sheets' arithmetic is the engine's), no
// error cell, the modelling rules kept. The three default scenarios, plus variants that use the
// levers the defaults leave at zero (bottom-up, delay, funding, a partner left out, no partner).
import { writePlan } from '../../src/adapters/exceljs';
import { cellAddress } from '../../src/adapters/exceljs/plan-address';
import type { CooperationData } from '../../src/data/types';
import { defaultScenarios } from '../../src/engine/scenarios/default-scenarios';
import type { ScenarioDefinition } from '../../src/engine/scenarios/types';
import type { Lang } from '../../src/i18n';
import { scenarioSheetsPlan } from '../../src/plan/sheets/scenario-sheet-plan.test-support';
import { parseCellRef } from '../harness/grid';
import { compareWithPlan, describeMismatches, errorCells } from '../harness/compare-with-plan';
import { describeWithLibreOffice } from '../harness/libreoffice';
import { onePartnerOnly, partnerWithoutSitesOrStaff } from '../harness/model-variants';
import { sampleData } from '../harness/sample-model';
import { describeFindings, lintPlan } from '../lint';

/** A merger by creation without the first partner, two functions bottom-up, a year's delay, grants and a loan. */
function variantScenario(data: CooperationData): ScenarioDefinition {
  const s3 = defaultScenarios(data)[2];
  return {
    ...s3,
    code: 'S4', name: 'Variante « création »', form: 'FUSION_CREATION',
    partnerFlags: data.partners.map((_, p) => (p === 0 ? 0 : 1)),
    functions: s3.functions.map((f, i) => (i < 2 ? { ...f, pooled: 1, bottomUp: 1, fteRemoved: 1.5, oneOffEur: 12_000 } : f)),
    siteFlags: data.sites.map((_, s) => (s < 2 ? 1 : 0)),
    movingCostPerSiteEur: 15_000, newHeadOfficeEurPerYear: 40_000, shareKept: 0.8, delayYears: 1,
    grantsEur: 50_000, loansEur: 120_000, loanYears: 3,
  };
}

/** No partner takes part: NPV and payback show why they have no value. */
function emptyScenario(data: CooperationData): ScenarioDefinition {
  return { ...defaultScenarios(data)[0], code: 'S5', name: '', partnerFlags: data.partners.map(() => 0) };
}

const withVariants = (data: CooperationData) => [...defaultScenarios(data), variantScenario(data), emptyScenario(data)];

type Case = readonly [string, () => CooperationData, Lang, (d: CooperationData) => ScenarioDefinition[], Readonly<Record<string, number>>];
const cases: readonly Case[] = [
  ['the sample, the three default scenarios and two variants, in French', sampleData, 'fr', withVariants, {}],
  ['a partner without sites or staff, in English', () => partnerWithoutSitesOrStaff(sampleData()), 'en', withVariants, {}],
  ['one partner only, a 3-year horizon', () => onePartnerOnly(sampleData()), 'fr', (d) => defaultScenarios(d), { horizonYears: 3 }],
];

describe.each(cases)('scenario sheets: %s', (_name, data, lang, definitions, overrides) => {
  it('keep the formula rules of MODELLING.md', () => {
    const d = data();
    expect(describeFindings(lintPlan(scenarioSheetsPlan(d, lang, { definitions: definitions(d), overrides }).plan))).toBe('');
  });
});

describeWithLibreOffice('LibreOffice recalculation of the scenario sheets', (session) => {
  const counts: string[] = [];
  afterAll(() => console.log(`LibreOffice, scenario sheets: ${counts.join('; ')}`));

  it.each(cases)('agrees with the engine on every formula cell: %s', async (name, data, lang, definitions, overrides) => {
    const d = data();
    const built = scenarioSheetsPlan(d, lang, { definitions: definitions(d), overrides });
    const grid = await session().recalculateGrid(await writePlan(built.plan));
    const { compared, mismatches } = compareWithPlan(built.plan, grid);
    const onScenarioSheets = built.plan.sheets.filter((s) => s.key === 'bases' || s.key.startsWith('savings_'))
      .reduce((n, s) => n + s.cells.filter((c) => c.formula !== undefined).length, 0);
    counts.push(`${name}: ${compared} formula cells, ${onScenarioSheets} on Bases and the scenario sheets, ${mismatches.length} mismatches`);
    expect(errorCells(grid).slice(0, 20)).toEqual([]);
    expect(describeMismatches(mismatches)).toBe('');
    expect(onScenarioSheets).toBeGreaterThan(500);
    // The refs point at the cells the engine's headlines stand in.
    built.refs.forEach((refs, i) => {
      const o = built.outcomes[i];
      const at = (ref: string) => {
        const c = parseCellRef(ref)!;
        return grid.sheets[c.sheet][c.address]?.value;
      };
      expect(at(refs.netBenefitTotal)).toBeCloseTo(o.netBenefitTotalEur, 6);
      expect(at(refs.oneOffTotal)).toBeCloseTo(o.oneOffTotalEur, 6);
      expect(at(refs.cash(o.yearIndexes.length - 1))).toBeCloseTo(o.financing.cashByYearEur[o.yearIndexes.length - 1], 6);
      o.partners.forEach((p, k) => expect(at(refs.partnerNetBenefitTotal(k))).toBeCloseTo(p.netBenefitTotalEur, 6));
    });
  });

  it('reports a wrong expected value on a scenario sheet at its address', async () => {
    const built = scenarioSheetsPlan(sampleData(), 'en');
    const grid = await session().recalculateGrid(await writePlan(built.plan));
    const target = parseCellRef(built.refs[1].partnerNpv(0))!;
    const wrong = {
      ...built.plan,
      sheets: built.plan.sheets.map((sheet) => (sheet.name !== target.sheet ? sheet : {
        ...sheet, cells: sheet.cells.map((c) => (c.formula && cellAddress(c.row, c.col) === target.address ? { ...c, expected: Number(c.expected) + 1 } : c)),
      })),
    };
    expect(compareWithPlan(wrong, grid).mismatches.map((m) => [m.sheet, m.address, m.reason])).toEqual([[target.sheet, target.address, 'value']]);
  });
});
