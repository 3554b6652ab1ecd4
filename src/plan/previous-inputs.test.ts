import type { CellValue, CooperationData } from '../data/types';
import { validateWorkbook } from '../data';
import { defaultScoringInputs } from '../domain/scoring-defaults';
import { defaultScenarios } from '../engine/scenarios';
import type { ScenarioDefinition } from '../engine/scenarios/types';
import { sampleRawWorkbook } from '../sample';
import { buildModel, type BuildModelOptions } from './build-model';
import { PREVIOUS_INPUT_SHEETS, previousInputs, type PreviousInputs, type PreviousSheets } from './previous-inputs';
import { assumptionInputCells } from './read-assumption-overrides';
import { READINESS_FACTORS } from '../domain/readiness-factors';
import { RISK_CATALOGUE } from '../domain/risk-catalogue';
import { defaultReadinessInputs } from '../engine/risks/readiness-defaults';
import { READINESS_COLS } from './sheets/readiness-sheet-layout';
import { RISK_COLS } from './sheets/risks-sheet-layout';
import { SCORING_COLS } from './sheets/scoring-sheet-layout';
import { SWOT_SHEET_KEY, swotUserKey } from './sheets/swot-sheet-layout';
import type { WorkbookPlan } from './types';
import { planSheetRows } from './plan-sheet-rows.test-support';

function sampleData(): CooperationData {
  const v = validateWorkbook(sampleRawWorkbook());
  if (!v.ok) throw new Error('the sample must validate');
  return v.value;
}
const data = sampleData();
const base: BuildModelOptions = { lang: 'fr', generatedAt: new Date('2026-11-26T12:00:00Z'), productVersion: 'test' };

/** Every sheet of a plan as rows of values from A1, as an adapter reads a workbook back (a formula gives its result). */
function workbookRows(plan: WorkbookPlan): Map<string, CellValue[][]> {
  return new Map(plan.sheets.map((sheet) => [sheet.key, planSheetRows(sheet)]));
}
const sheetsOf = (rows: ReadonlyMap<string, CellValue[][]>): PreviousSheets => (key) => rows.get(key) ?? null;

/** Types `value` where a user would: the row keyed `key` in column A, the column headed `code` (or column `col`). */
function typeAt(rows: CellValue[][], key: string, at: { code: string } | { col: number }, value: CellValue): void {
  const row = rows.findIndex((r) => r[0] === key);
  const col = 'col' in at ? at.col - 1 : rows.find((r) => r.indexOf(at.code) >= 3)!.indexOf(at.code);
  if (row < 0 || col < 0) throw new Error(`no cell for ${key}`);
  rows[row][col] = value;
}
function typeAssumption(rows: CellValue[][], key: string, value: number): void {
  const at = assumptionInputCells(rows).find((c) => c.key === key);
  if (!at) throw new Error(`no input ${key}`);
  rows[at.row - 1][at.col - 1] = value;
}

const first = buildModel(data, base);

describe('previousInputs', () => {
  it('reads back every input sheet of a generated model', () => {
    const keys = first.plan.sheets.map((s) => s.key);
    for (const key of PREVIOUS_INPUT_SHEETS) expect(keys).toContain(key);
  });

  it('names every field it reads back as a buildModel option (a spread would drop any other silently)', () => {
    // Compile-time: a field that is no option of buildModel makes this type its name, and 'ok' no longer fits.
    type NotAnOption = Exclude<keyof PreviousInputs, keyof BuildModelOptions>;
    const check: [NotAnOption] extends [never] ? 'ok' : NotAnOption = 'ok';
    expect(check).toBe('ok');
  });

  it('gives the defaults when there is no previous model: no override, the default scenarios, no scoring', () => {
    const inputs = previousInputs(() => null, data);
    expect(inputs).toEqual({ overrides: {}, scenarios: defaultScenarios(data) });
  });

  it('changes nothing when the user typed nothing: the model rebuilt is the same', () => {
    const inputs = previousInputs(sheetsOf(workbookRows(first.plan)), data);
    expect(inputs.overrides).toEqual({});
    expect(inputs.scenarios).toEqual(first.result.definitions);
    expect(inputs.scoring).toEqual(first.result.scoringInputs);
    const again = buildModel(data, { ...base, ...inputs });
    expect(again.plan).toEqual(first.plan);
  });

  it('keeps an assumption, a scenario lever and a weight the user typed, and the figures follow them', () => {
    const rows = workbookRows(first.plan);
    typeAssumption(rows.get('assumptions')!, 'discountRate', 0.09);
    typeAt(rows.get('scenarios')!, 'legalFeesEur', { code: 'S2' }, 123_456);
    typeAt(rows.get('scoring')!, 'npv', { col: SCORING_COLS.weight }, 0.7);

    const inputs = previousInputs(sheetsOf(rows), data);
    expect(inputs.overrides).toEqual({ discountRate: 0.09 });
    expect(inputs.scenarios.find((s) => s.code === 'S2')?.legalFeesEur).toBe(123_456);
    expect(inputs.scoring?.weights.npv).toBe(0.7);

    const rebuilt = buildModel(data, { ...base, ...inputs });
    // What the user would have got by giving the three values to buildModel directly.
    const defaults = defaultScenarios(data);
    const typed = buildModel(data, {
      ...base,
      overrides: { discountRate: 0.09 },
      scenarios: defaults.map((s) => (s.code === 'S2' ? { ...s, legalFeesEur: 123_456 } : s)),
      scoring: { ...defaultScoringInputs(defaults), weights: { ...defaultScoringInputs(defaults).weights, npv: 0.7 } },
    });
    expect(rebuilt.result).toEqual(typed.result);
    expect(rebuilt.result.scenarios.map((s) => s.npvEur)).not.toEqual(first.result.scenarios.map((s) => s.npvEur));

    // The rebuilt sheets hold the values again: a second regeneration keeps them too.
    expect(previousInputs(sheetsOf(workbookRows(rebuilt.plan)), data)).toEqual(inputs);
  });

  it('keeps the SWOT lines a user typed in the sheet’s own area, and writes them again', () => {
    const rows = workbookRows(first.plan);
    const swot = rows.get(SWOT_SHEET_KEY)!;
    // The user fills the second row of the weaknesses' own area (its key in one cell, the text right of it).
    const r = swot.findIndex((x) => x.includes(swotUserKey('W', 2)));
    expect(r).toBeGreaterThan(-1);
    swot[r][swot[r].indexOf(swotUserKey('W', 2)) + 1] = 'Locaux vétustes à Saumur';
    const inputs = previousInputs(sheetsOf(rows), data);
    expect(inputs.swotUserItems).toEqual({ S: [], W: ['Locaux vétustes à Saumur'], O: [], T: [] });
    const rebuilt = buildModel(data, { ...base, ...inputs });
    expect(rebuilt.plan.sheets.find((s) => s.key === SWOT_SHEET_KEY)!.cells.some((c) => c.value === 'Locaux vétustes à Saumur')).toBe(true);
    expect(previousInputs(sheetsOf(workbookRows(rebuilt.plan)), data).swotUserItems).toEqual(inputs.swotUserItems);
  });

  it('keeps a risk rating, owner and mitigation and a readiness score the board typed, and writes them again', () => {
    const rows = workbookRows(first.plan);
    const risks = rows.get('risks')!;
    const risk = RISK_CATALOGUE[0].id;
    const at = risks.findIndex((r) => r[RISK_COLS.scenario - 1] === 'S3' && r[RISK_COLS.id - 1] === risk);
    expect(at).toBeGreaterThan(-1);
    // A rating away from the row's proposal (1…5), so that it counts as typed.
    const typedLikelihood = risks[at][RISK_COLS.proposedLikelihood - 1] === 5 ? 1 : 5;
    risks[at][RISK_COLS.likelihood - 1] = typedLikelihood;
    risks[at][RISK_COLS.owner - 1] = 'Mme Martin, DRH';
    risks[at][RISK_COLS.mitigation - 1] = 'Accord de substitution négocié avant la fusion';
    const readiness = rows.get('readiness')!;
    const factor = READINESS_FACTORS[0].id;
    const f = readiness.findIndex((r) => r[READINESS_COLS.id - 1] === factor);
    readiness[f][READINESS_COLS.score - 1] = 3;

    const inputs = previousInputs(sheetsOf(rows), data);
    expect(inputs.riskOverrides?.S3?.[risk]).toEqual({
      likelihood: typedLikelihood, owner: 'Mme Martin, DRH', mitigation: 'Accord de substitution négocié avant la fusion',
    });
    expect(inputs.readiness?.scores[factor]).toBe(3);
    const rebuilt = buildModel(data, { ...base, ...inputs });
    const again = previousInputs(sheetsOf(workbookRows(rebuilt.plan)), data);
    expect(again.riskOverrides?.S3?.[risk]).toEqual(inputs.riskOverrides?.S3?.[risk]);
    expect(again.readiness).toEqual(inputs.readiness);
    // The register computes with the typed rating: score = likelihood × impact.
    const entry = rebuilt.result.riskRegister.scenarios.find((r) => r.code === 'S3')!.entries.find((e) => e.id === risk)!;
    expect(entry).toMatchObject({ likelihood: typedLikelihood, score: typedLikelihood * entry.impact, owner: 'Mme Martin, DRH' });
    // The readiness index follows the score. Every factor starts at 0, so the index is this factor's
    // weight × 3 / (3 × Σ weights) = its weight over the sum of the weights (index = Σ w·s / (max · Σ w)).
    expect(first.result.readiness.index).toBe(0);
    const weights = READINESS_FACTORS.map((x) => x.weight);
    expect(rebuilt.result.readiness.index).toBeCloseTo(READINESS_FACTORS[0].weight / weights.reduce((a, b) => a + b, 0), 12);
  });

  it('lets given scenarios win over the sheet’s, and reads the weighted choice for their codes', () => {
    const rows = workbookRows(first.plan);
    typeAt(rows.get('scenarios')!, 'legalFeesEur', { code: 'S1' }, 1);
    typeAt(rows.get('scoring')!, 'reversibility', { code: 'S1' }, 42);
    const defaults = defaultScenarios(data);
    const s4: ScenarioDefinition = { ...defaults[2], code: 'S4' };
    const inputs = previousInputs(sheetsOf(rows), data, { scenarios: [defaults[0], s4] });
    expect(inputs.scenarios).toEqual([defaults[0], s4]);
    // S1's score typed on the sheet is kept; S4, new, takes its form's default (that of S3's form).
    expect(inputs.scoring?.judgement.reversibility.S1).toBe(42);
    expect(inputs.scoring?.judgement.reversibility.S4).toBe(defaultScoringInputs(defaults).judgement.reversibility.S3);
  });

  it('applies a change to the sheet’s scenarios (the pane’s edits) before reading the other inputs', () => {
    const rows = workbookRows(first.plan);
    typeAt(rows.get('scenarios')!, 'shareKept', { code: 'S3' }, 0.8);
    const inputs = previousInputs(sheetsOf(rows), data, {
      scenarios: (fromSheet, templates) => [...fromSheet.filter((s) => s.code !== 'S1'), { ...templates[0], code: 'S5' }],
    });
    expect(inputs.scenarios.map((s) => [s.code, s.shareKept])).toEqual([['S2', 1], ['S3', 0.8], ['S5', 1]]);
    expect(Object.keys(inputs.scoring?.judgement.governanceBalance ?? {})).toEqual(expect.arrayContaining(['S2', 'S3', 'S5']));
  });

  it('reads a model that lacks an input sheet (an older model): that sheet’s inputs take their defaults', () => {
    const rows = workbookRows(first.plan);
    typeAssumption(rows.get('assumptions')!, 'horizonYears', 7);
    // A model from before the scenarios and the later input sheets: only its assumptions are read.
    for (const key of PREVIOUS_INPUT_SHEETS) if (key !== 'assumptions') rows.delete(key);
    const inputs = previousInputs(sheetsOf(rows), data);
    expect(inputs).toEqual({ overrides: { horizonYears: 7 }, scenarios: defaultScenarios(data) });
  });

  it('reads the risk register, the readiness checklist and the SWOT lines a user typed, when the model has them', () => {
    // Rows laid out as the sheets' layouts say (RISK_COLS, READINESS_COLS, SWOT user keys), holding typed values.
    const row = (cells: Record<number, CellValue>): CellValue[] => {
      const r: CellValue[] = [];
      for (const [col, v] of Object.entries(cells)) { while (r.length < Number(col)) r.push(null); r[Number(col) - 1] = v; }
      return r;
    };
    const risk = RISK_CATALOGUE[0].id;
    const factor = READINESS_FACTORS[0].id;
    const rows = workbookRows(first.plan);
    rows.set('risks', [row({
      [RISK_COLS.scenario]: 'S2', [RISK_COLS.id]: risk, [RISK_COLS.likelihood]: 5, [RISK_COLS.proposedLikelihood]: 2,
      [RISK_COLS.owner]: 'Mme Martin', [RISK_COLS.mitigation]: 'Comité social commun',
    })]);
    rows.set('readiness', [row({ [READINESS_COLS.id]: factor, [READINESS_COLS.score]: 3 })]);
    rows.set(SWOT_SHEET_KEY, [row({ 1: swotUserKey('S', 1), 2: 'Équipe de direction soudée' })]);
    const inputs = previousInputs(sheetsOf(rows), data);
    expect(inputs.riskOverrides?.S2?.[risk]).toMatchObject({ likelihood: 5, owner: 'Mme Martin', mitigation: 'Comité social commun' });
    expect(inputs.readiness?.scores[factor]).toBe(3);
    expect(inputs.readiness?.weights).toEqual(defaultReadinessInputs().weights);
    expect(inputs.swotUserItems?.S).toEqual(['Équipe de direction soudée']);
  });
});
