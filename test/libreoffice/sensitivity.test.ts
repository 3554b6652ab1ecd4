// The tornado sheet recalculated by LibreOffice: every formula (NPVs at each driver's ends, swings, live
// ranks and the sorted table) equal to the engine's re-runs of the scenarios, no error cell, the rules kept.
// The Monte Carlo sheet holds values; its frame's master check is compared like any formula.
import { writePlan } from '../../src/adapters/exceljs';
import type { CooperationData } from '../../src/data/types';
import { defaultScenarios } from '../../src/engine/scenarios/default-scenarios';
import type { ScenarioDefinition } from '../../src/engine/scenarios/types';
import { variantScenario } from '../../src/engine/sensitivity/sensitivity.test-support';
import type { Lang } from '../../src/i18n';
import { sensitivityPlan } from '../../src/plan/sheets/tornado-sheet.test-support';
import { compareWithPlan, describeMismatches, errorCells } from '../harness/compare-with-plan';
import { describeWithLibreOffice } from '../harness/libreoffice';
import { sampleData } from '../harness/sample-model';
import { describeFindings, lintPlan } from '../lint';

type Case = readonly [string, Lang, (d: CooperationData) => ScenarioDefinition[], Readonly<Record<string, number>>];
const cases: readonly Case[] = [
  // A slip of 1.5 years at the high end (whole years and a fraction), a lower harmonisation and a wider discount range.
  ['the sample, three default scenarios, a variant (bottom-up, delay, sites, harmonisation) and one without partners, in French', 'fr',
    (d) => [...defaultScenarios(d), variantScenario(d), { ...defaultScenarios(d)[0], code: 'S5', name: '', partnerFlags: d.partners.map(() => 0) }],
    { 'sensitivity.rampUpSlipYears.high': 1.5, 'sensitivity.harmonisationFactor.low': 0.7, 'discountRate.low': 0.01 }],
  ['the sample, a 3-year horizon, in English', 'en', (d) => defaultScenarios(d), { horizonYears: 3 }],
];

describe.each(cases)('sensitivity sheets: %s', (_name, lang, definitions, overrides) => {
  it('keep the formula rules of MODELLING.md', () => {
    const d = sampleData();
    expect(describeFindings(lintPlan(sensitivityPlan(d, lang, { definitions: definitions(d), overrides, draws: 200 }).plan))).toBe('');
  });
});

describeWithLibreOffice('LibreOffice recalculation of the tornado sheet', (session) => {
  const counts: string[] = [];
  afterAll(() => console.log(`LibreOffice, sensitivity sheets: ${counts.join('; ')}`));

  it.each(cases)('agrees with the engine on every formula cell: %s', async (name, lang, definitions, overrides) => {
    const d = sampleData();
    const { plan } = sensitivityPlan(d, lang, { definitions: definitions(d), overrides, draws: 200 });
    const grid = await session().recalculateGrid(await writePlan(plan));
    const { compared, mismatches } = compareWithPlan(plan, grid);
    counts.push(`${name.slice(0, 20)}… ${compared} cells, ${mismatches.length} mismatches`);
    expect(errorCells(grid)).toEqual([]);
    expect(describeMismatches(mismatches)).toBe('');
    const tornadoCells = plan.sheets.find((s) => s.key === 'tornado')!.cells.filter((c) => c.formula !== undefined).length;
    expect(tornadoCells).toBeGreaterThan(100);
  });
});
