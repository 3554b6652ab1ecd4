import { validateWorkbook } from '../data';
import type { CooperationData } from '../data/types';
import type { ScenarioDefinition } from '../engine/scenarios';
import { aLine, aPartner, aStaffGroup } from '../engine/comparison/data-builders.test-support';
import { sampleRawWorkbook } from '../sample';
import { describeFindings, lintPlan } from '../../test/lint';
import { buildModel } from './build-model';
import { modelSummary } from './model-summary';
import type { PlanCell, PlanSheet, WorkbookPlan } from './types';

const GENERATED_AT = new Date('2026-01-15T09:00:00Z');

function sample(): CooperationData {
  const v = validateWorkbook(sampleRawWorkbook());
  if (!v.ok) throw new Error('the sample must validate');
  return v.value;
}

const build = (data: CooperationData, lang: 'fr' | 'en' = 'fr', overrides: Record<string, number> = {}, scenarios?: readonly ScenarioDefinition[]) =>
  buildModel(data, { lang, generatedAt: GENERATED_AT, productVersion: '9.9.9', overrides, ...(scenarios ? { scenarios } : {}) });

const sheet = (plan: WorkbookPlan, key: string): PlanSheet => plan.sheets.find((s) => s.key === key)!;
const cellAt = (s: PlanSheet, row: number, col: number): PlanCell | undefined => s.cells.find((c) => c.row === row && c.col === col);
const named = (plan: WorkbookPlan, name: string) => {
  const n = plan.names.find((x) => x.name === name)!;
  return cellAt(sheet(plan, n.sheetKey), n.row, n.col)!;
};

/** Two partners, no sites, a few lines: small enough to reason about. */
function tinyData(): CooperationData {
  return {
    partners: [aPartner('A'), aPartner('B')], sites: [],
    budgets: [
      aLine('A', 'CHARGES', 'II', 100_000, { function: 'COMPTABILITE_FINANCE' }),
      aLine('B', 'CHARGES', 'I', 200_000, { function: 'ACHATS' }),
      aLine('B', 'PRODUITS', 'I', 320_000),
    ],
    staff: [aStaffGroup('A', 'ADMINISTRATION_GESTION', 2, 80_000), aStaffGroup('B', 'ADMINISTRATION_GESTION', 1, 50_000)],
  };
}

describe('buildModel', () => {
  const { plan, result } = build(sample());

  it('names the sheets in French and in English, cover first', () => {
    expect(plan.sheets[0].key).toBe('cover');
    expect(plan.sheets.map((s) => s.name)).toEqual([
      'Sommaire', 'Données', 'Hypothèses', 'Scénarios', 'Risques', 'Préparation', 'Choix pondéré', 'Scénarios comparés',
      'Carte des risques', 'Monte-Carlo', 'Comparatif', 'Indicateurs', 'SWOT', 'Formes juridiques', 'Bases', 'Mutualisation S1', 'Mutualisation S2', 'Mutualisation S3', 'Sensibilité', 'Contrôles',
    ]);
    expect(build(tinyData(), 'en').plan.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([
      'Cover', 'Data', 'Assumptions', 'Scenarios', 'Weighted choice', 'Scenarios compared', 'Legal forms', 'Baselines', 'Pooling S1', 'Checks',
    ]));
  });

  it('gives every sheet one class and a unique key and name', () => {
    for (const s of plan.sheets) expect(['cover', 'input', 'calculation', 'output', 'control']).toContain(s.class);
    expect(new Set(plan.sheets.map((s) => s.key)).size).toBe(plan.sheets.length);
    expect(new Set(plan.sheets.map((s) => s.name)).size).toBe(plan.sheets.length);
  });

  it('gives every formula cell the engine’s value', () => {
    const missing = plan.sheets.flatMap((s) => s.cells.filter((c) => c.formula !== undefined && c.expected === undefined).map((c) => `${s.key}!R${c.row}C${c.col}`));
    expect(missing).toEqual([]);
  });

  it('defines each required name on an existing cell', () => {
    const perScenario = ['S1', 'S2', 'S3'].flatMap((c) => ['NPV', 'Payback', 'NetBenefitTotal', 'OneOffCosts'].map((n) => `${c}_${n}`));
    for (const name of ['DiscountRate', 'FirstYear', 'HorizonYears', ...perScenario]) {
      const cell = named(plan, name);
      expect(cell).toBeDefined();
    }
    expect(named(plan, 'DiscountRate').value).toBe(0.045);
    expect(named(plan, 'HorizonYears').value).toBe(5);
    expect(named(plan, 'FirstYear').value).toBe(result.dataYear + 1);
    result.scenarios.forEach((s) => expect(named(plan, `${s.code}_NPV`).expected).toBe(s.npvEur.ok ? s.npvEur.value : null));
  });

  it('names the header of the registry on the cover, followed by every generated sheet', () => {
    const cover = sheet(plan, 'cover');
    const header = plan.names.find((n) => n.name === 'ModelRegistry')!;
    expect(header).toMatchObject({ sheetKey: 'cover', col: 1 });
    const listed = plan.sheets.map((_, i) => [cellAt(cover, header.row + 1 + i, 1)?.value, cellAt(cover, header.row + 1 + i, 2)?.value]);
    expect(listed).toEqual(plan.sheets.map((s) => [s.key, s.name]));
  });

  it("names every sheet's A1 CoopSheet_<key>, without listing those names on the cover", () => {
    // The add-in finds a generated sheet the user renamed through these names (Excel keeps them through a rename).
    for (const s of plan.sheets) {
      expect(plan.names.filter((n) => n.name === `CoopSheet_${s.key}`)).toEqual([{ name: `CoopSheet_${s.key}`, sheetKey: s.key, row: 1, col: 1 }]);
    }
    const coverTexts = sheet(plan, 'cover').cells.map((c) => c.value);
    expect(coverTexts.some((v) => typeof v === 'string' && v.startsWith('CoopSheet_'))).toBe(false);
  });

  it('keeps the modelling rules: constants, one formula per row across the years, functions', () => {
    expect(describeFindings(lintPlan(plan))).toBe('');
  });

  it('makes S1_NetBenefitTotal equal S1_NPV at a zero rate', () => {
    const atZero = build(sample(), 'fr', { discountRate: 0 }).plan;
    expect(named(atZero, 'S1_NPV').expected as number).toBeCloseTo(named(atZero, 'S1_NetBenefitTotal').expected as number, 6);
  });

  it('passes every check on the sample and shows the master check on the cover', () => {
    expect(result.checks.filter((c) => !c.expected).map((c) => c.key)).toEqual([]);
    expect(result.masterCheck).toBe(true);
    const cover = sheet(plan, 'cover');
    expect(cover.cells.some((c) => c.formula === 'AND(MasterCheck)' && c.expected === true)).toBe(true);
  });

  it('lists every check on the checks sheet with its expected value', () => {
    const checks = sheet(plan, 'checks');
    for (const c of result.checks) {
      const label = checks.cells.find((x) => x.value === c.label)!;
      expect(cellAt(checks, label.row, 2)?.expected).toBe(c.expected);
    }
  });

  it('writes the typed values of the assumptions into their input cells', () => {
    const p = build(tinyData(), 'fr', { 'savingsRate.ACHATS': 0.07 }).plan;
    const hyp = sheet(p, 'assumptions');
    const key = hyp.cells.find((c) => c.value === 'savingsRate.ACHATS')!;
    expect(cellAt(hyp, key.row, 4)).toMatchObject({ value: 0.07, style: 'input' });
  });

  it('shows "not within the horizon" as the payback when savings never repay the costs', () => {
    const p = build(tinyData(), 'en', { 'savingsRate.ACHATS': 0, 'savingsRate.COMPTABILITE_FINANCE': 0 }).plan;
    expect(named(p, 'S1_Payback').expected).toBe('not within the horizon');
  });

  it('shapes the timeline on the horizon: years 0 … N on the assumptions, scenario and comparison sheets', () => {
    const p = build(tinyData(), 'fr', { horizonYears: 3 }).plan;
    for (const key of ['savings_S1', 'savings_S2', 'savings_S3', 'scenarioComparison']) expect(sheet(p, key).timeline).toMatchObject({ firstCol: 9, count: 4 });
    expect(sheet(p, 'assumptions').timeline).toEqual({ row: 5, firstCol: 9, count: 4 });
    expect(describeFindings(lintPlan(p))).toBe('');
  });

  it('builds the three default scenarios against the status quo and ranks them', () => {
    expect(result.definitions.map((d) => [d.code, d.form])).toEqual([['S1', 'CONVENTION'], ['S2', 'GCSMS'], ['S3', 'FUSION_ABSORPTION']]);
    expect(result.scoring.codes).toEqual(['S1', 'S2', 'S3']);
    expect(result.scoring.codes).toContain(result.scoring.first);
    const cover = sheet(plan, 'cover');
    expect(cover.cells.some((c) => c.formula === 'S3_NPV')).toBe(true);
    expect(cover.cells.find((c) => c.expected === result.scoring.first && c.formula?.includes('$D$')) ?? null).not.toBeNull();
  });

  it('takes the scenarios it is given, in their order', () => {
    const defs = build(sample()).result.definitions;
    const two = build(sample(), 'fr', {}, [defs[2], { ...defs[0], code: 'S4', name: 'Achats seuls' }]);
    expect(two.plan.sheets.filter((s) => s.key.startsWith('savings_')).map((s) => s.key)).toEqual(['savings_S3', 'savings_S4']);
    expect(two.result.scenarios.map((s) => s.code)).toEqual(['S3', 'S4']);
    expect(describeFindings(lintPlan(two.plan))).toBe('');
  });

  it('protects the calculation, output and control sheets and leaves the input sheets open', () => {
    for (const s of plan.sheets) expect(s.protect).toBe(s.class !== 'input');
    expect(sheet(plan, 'scenarios').class).toBe('input');
    expect(sheet(plan, 'scoring').class).toBe('input');
    const inputs = sheet(plan, 'assumptions').cells.filter((c) => c.style === 'input');
    expect(inputs.length).toBeGreaterThan(50);
    expect(plan.styles.input.locked).toBe(false);
  });
});

describe('modelSummary', () => {
  it('keys partners and functions by code and gives null with a reason for what is not computed', () => {
    const data = tinyData();
    const { result } = build(data, 'fr', { 'savingsRate.ACHATS': 0, 'savingsRate.COMPTABILITE_FINANCE': 0 });
    const summary = modelSummary(data, result);
    expect(Object.keys(summary.partners)).toEqual(['A', 'B']);
    expect(summary.scenarios.S1.savingsByFunction.ACHATS.baselineEur).toBe(200_000);
    expect(summary.scenarios.S1.paybackYears).toBeNull();
    expect(summary.scenarios.S1.paybackReason).toBe('NOT_WITHIN_HORIZON');
    expect(summary.scenarios.S1.years[0]).toEqual({ index: 0, calendarYear: 2025 });
  });
});
