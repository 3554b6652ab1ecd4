// Regenerate in the add-in, on the fake Excel: what the user typed into the model's input sheets
// is read back in one batch (plan/previous-inputs.ts: PREVIOUS_INPUT_SHEETS) and written again,
// and the figures follow (issue 6, ARCHITECTURE.md's last rule).
import { readGeneratedSheets, writePlan } from '../../src/adapters/office';
import type { CellValue } from '../../src/data/types';
import { READINESS_FACTORS } from '../../src/domain/readiness-factors';
import { RISK_CATALOGUE } from '../../src/domain/risk-catalogue';
import { PREVIOUS_INPUT_SHEETS } from '../../src/plan/previous-inputs';
import { READINESS_COLS } from '../../src/plan/sheets/readiness-sheet-layout';
import { RISK_COLS } from '../../src/plan/sheets/risks-sheet-layout';
import type { WorkbookPlan } from '../../src/plan/types';
import { OfficeHost } from '../../src/taskpane/host/office-host';
import { runGeneration, type GenerationOutcome, type GenerationStep } from '../../src/taskpane/model/run-generation';
import { FakeExcel } from './fake-excel';
import { modelPlan } from './model-fixtures';

const modern = (): boolean => true;
const options = { lang: 'fr' as const, generatedAt: new Date('2026-11-26T12:00:00Z'), productVersion: 'test', pending: {} };

function ok(outcome: GenerationOutcome): Extract<GenerationOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`generation failed: ${outcome.issues.map((i) => i.code).join(', ')}`);
  return outcome;
}

/** The 1-based row keyed `key` in column A of a sheet, and the column headed `code` (from D) or `col`. */
function cellOf(rows: readonly (readonly CellValue[])[], key: string, at: { code: string } | { col: number }): { row: number; col: number } {
  const row = rows.findIndex((r) => r[0] === key) + 1;
  const col = 'col' in at ? at.col : (rows.find((r) => r.indexOf(at.code) >= 3)?.indexOf(at.code) ?? -1) + 1;
  if (row < 1 || col < 1) throw new Error(`no cell ${key}`);
  return { row, col };
}

/** Types a value into a sheet of the fake Excel, found by its key, as a user would in Excel. */
async function typeInto(excel: FakeExcel, sheetKey: string, key: string, at: { code: string } | { col: number }, value: CellValue): Promise<void> {
  const rows = (await readGeneratedSheets([sheetKey], { run: excel.run })).get(sheetKey);
  if (!rows) throw new Error(`no sheet ${sheetKey}`);
  const { row, col } = cellOf(rows, key, at);
  const sheet = excel.state.names.find((n) => n.name === `CoopSheet_${sheetKey}`)?.sheet;
  if (!sheet) throw new Error(`no identity name for ${sheetKey}`);
  sheet.cells.set(`${row}:${col}`, { value, format: {} });
}

/** Types a line of the user's own on the SWOT sheet: right of its key (`swot.user.T.1`). */
async function typeSwotLine(excel: FakeExcel, key: string, text: string): Promise<void> {
  const rows = (await readGeneratedSheets(['swot'], { run: excel.run })).get('swot');
  const row = rows?.findIndex((r) => r.includes(key)) ?? -1;
  if (!rows || row < 0) throw new Error(`no ${key} on the SWOT sheet`);
  const sheet = excel.state.names.find((n) => n.name === 'CoopSheet_swot')!.sheet!;
  sheet.cells.set(`${row + 1}:${rows[row].indexOf(key) + 2}`, { value: text, format: {} });
}

async function sampleWorkbook(): Promise<{ excel: FakeExcel; host: OfficeHost }> {
  const excel = new FakeExcel();
  const host = new OfficeHost({ run: excel.run, supports: modern, displayLanguage: () => 'fr-FR' });
  await host.insertTables('sample', 'fr');
  return { excel, host };
}

describe('readGeneratedSheets (fake Excel)', () => {
  it('reads every input sheet of a model in two syncs, whatever their number', async () => {
    const excel = new FakeExcel();
    await writePlan(modelPlan('fr'), { run: excel.run, supports: modern });
    excel.syncs = 0;
    const sheets = await readGeneratedSheets(PREVIOUS_INPUT_SHEETS, { run: excel.run });
    expect(excel.syncs).toBe(2);
    expect([...sheets.keys()]).toEqual([...PREVIOUS_INPUT_SHEETS]);
    expect(sheets.get('assumptions')?.[0]?.[0]).toBe(modelPlan('fr').sheets.find((s) => s.key === 'assumptions')?.cells.find((c) => c.row === 1 && c.col === 1)?.value);
  });

  it('gives nothing, in one sync, when no model was generated', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Feuil1');
    expect((await readGeneratedSheets(PREVIOUS_INPUT_SHEETS, { run: excel.run })).size).toBe(0);
    expect(excel.syncs).toBe(1);
  });

  it('finds the sheets of a model written before identity names through the cover’s registry (one sync more)', async () => {
    const excel = new FakeExcel();
    const plan: WorkbookPlan = modelPlan('fr');
    await writePlan({ ...plan, names: plan.names.filter((n) => !n.name.startsWith('CoopSheet_')) }, { run: excel.run, supports: modern });
    excel.syncs = 0;
    const sheets = await readGeneratedSheets(['assumptions', 'scenarios', 'scoring'], { run: excel.run });
    expect(excel.syncs).toBe(3);
    expect([...sheets.keys()]).toEqual(['assumptions', 'scenarios', 'scoring']);
  });
});

/** Sets a cell of a generated sheet (by its key) at a 1-based row and column, as a user typing in Excel. */
function setCell(excel: FakeExcel, sheetKey: string, row: number, col: number, value: CellValue): void {
  const sheet = excel.state.names.find((n) => n.name === `CoopSheet_${sheetKey}`)?.sheet;
  if (!sheet) throw new Error(`no sheet ${sheetKey}`);
  sheet.cells.set(`${row}:${col}`, { value, format: {} });
}

describe('Regenerate in the add-in keeps what the user typed', () => {
  it('keeps an assumption, a scenario lever, a weight and a SWOT line, reading the input sheets in one batch of two syncs', async () => {
    const { excel, host } = await sampleWorkbook();
    const first = ok(await runGeneration(host, options));
    await typeInto(excel, 'assumptions', 'discountRate', { col: 4 }, 0.09);
    await typeInto(excel, 'scenarios', 'legalFeesEur', { code: 'S2' }, 123_456);
    await typeInto(excel, 'scoring', 'npv', { col: 4 }, 0.7);
    await typeSwotLine(excel, 'swot.user.T.1', 'Départ en retraite du directeur');

    // The syncs of the "inputs" step: from its start to the start of "build".
    const at: Partial<Record<GenerationStep, number>> = {};
    const second = ok(await runGeneration(host, { ...options, onStep: (s) => { at[s] = excel.syncs; } }));
    expect(at.build! - at.inputs!).toBe(2);

    expect(second.result.assumptions.find((e) => e.key === 'discountRate')?.value).toBe(0.09);
    expect(second.scenarios.find((s) => s.code === 'S2')?.legalFeesEur).toBe(123_456);
    expect(second.result.scoringInputs.weights.npv).toBe(0.7);
    expect(second.result.scenarios.map((s) => s.npvEur)).not.toEqual(first.result.scenarios.map((s) => s.npvEur));
    // Written again: a third generation reads the same values back.
    const sheets = await readGeneratedSheets(['assumptions', 'scenarios', 'scoring', 'swot'], { run: excel.run });
    const scenarios = sheets.get('scenarios')!;
    const fees = cellOf(scenarios, 'legalFeesEur', { code: 'S2' });
    expect(scenarios[fees.row - 1][fees.col - 1]).toBe(123_456);
    const weight = cellOf(sheets.get('scoring')!, 'npv', { col: 4 });
    expect(sheets.get('scoring')![weight.row - 1][weight.col - 1]).toBe(0.7);
    const swot = sheets.get('swot')!;
    const line = swot.find((r) => r.includes('swot.user.T.1'))!;
    expect(line[line.indexOf('swot.user.T.1') + 1]).toBe('Départ en retraite du directeur');
    const third = ok(await runGeneration(host, options));
    expect(third.result.scoringInputs).toEqual(second.result.scoringInputs);
    expect(third.result.scenarios.map((s) => s.npvEur)).toEqual(second.result.scenarios.map((s) => s.npvEur));
  });

  it('keeps a risk’s rating, owner and mitigation and a readiness score typed in Excel', async () => {
    const { excel, host } = await sampleWorkbook();
    ok(await runGeneration(host, options));
    const before = await readGeneratedSheets(['risks', 'readiness'], { run: excel.run });
    const risks = before.get('risks')!;
    const risk = RISK_CATALOGUE[1].id;
    const r = risks.findIndex((x) => x[RISK_COLS.scenario - 1] === 'S2' && x[RISK_COLS.id - 1] === risk);
    expect(r).toBeGreaterThan(-1);
    // A rating away from the row's proposal, so that it reads as typed.
    const likelihood = risks[r][RISK_COLS.proposedLikelihood - 1] === 5 ? 1 : 5;
    setCell(excel, 'risks', r + 1, RISK_COLS.likelihood, likelihood);
    setCell(excel, 'risks', r + 1, RISK_COLS.owner, 'Le bureau des deux conseils');
    setCell(excel, 'risks', r + 1, RISK_COLS.mitigation, 'Charte des valeurs commune');
    const factor = READINESS_FACTORS[2].id;
    const f = before.get('readiness')!.findIndex((x) => x[READINESS_COLS.id - 1] === factor);
    setCell(excel, 'readiness', f + 1, READINESS_COLS.score, 2);

    const second = ok(await runGeneration(host, options));
    const entry = second.result.riskRegister.scenarios.find((s) => s.code === 'S2')!.entries.find((e) => e.id === risk)!;
    expect(entry).toMatchObject({ likelihood, owner: 'Le bureau des deux conseils', mitigation: 'Charte des valeurs commune' });
    expect(second.result.readinessInputs.scores[factor]).toBe(2);
    // Written again in the new sheets.
    const after = await readGeneratedSheets(['risks', 'readiness'], { run: excel.run });
    const row = after.get('risks')!.find((x) => x[RISK_COLS.scenario - 1] === 'S2' && x[RISK_COLS.id - 1] === risk)!;
    expect([RISK_COLS.likelihood, RISK_COLS.owner, RISK_COLS.mitigation].map((c) => row[c - 1]))
      .toEqual([likelihood, 'Le bureau des deux conseils', 'Charte des valeurs commune']);
    expect(after.get('readiness')!.find((x) => x[READINESS_COLS.id - 1] === factor)?.[READINESS_COLS.score - 1]).toBe(2);
  });
});
