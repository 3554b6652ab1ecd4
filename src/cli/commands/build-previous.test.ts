// `coop-model build … --previous old-model.xlsx`: a regeneration keeps what the user typed into
// the previous model's input sheets, and the figures follow (issue 6, ARCHITECTURE.md's last rule).
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readTables } from '../../adapters/exceljs';
import { validateWorkbook } from '../../data';
import { READINESS_FACTORS } from '../../domain/readiness-factors';
import { RISK_CATALOGUE } from '../../domain/risk-catalogue';
import { defaultScoringInputs } from '../../domain/scoring-defaults';
import { defaultScenarios } from '../../engine/scenarios';
import { buildModel } from '../../plan';
import { READINESS_COLS } from '../../plan/sheets/readiness-sheet-layout';
import { RISK_COLS } from '../../plan/sheets/risks-sheet-layout';
import { runCli, STACK_LINE } from '../../../test/cli/run-cli';

let dir: string;
let input: string;
let first: string;
let firstJson: Summary;
/** The likelihood typed for the risk: set once the first model shows its proposal. */
let likelihood: number;

interface Summary {
  assumptions: Record<string, { value: number }>;
  scenarios: Record<string, { npvEur: number | null; levers: Record<string, unknown> }>;
  scoring: { weights: Record<string, number>; codes: string[] };
  previousFile?: string | null;
}

const EXAMPLE = join(__dirname, '..', '..', '..', 'examples', 'scenarios.json');
const TYPED = {
  discountRate: 0.09, legalFeesS2: 123_456, npvWeight: 0.7, swotWeakness: 'Locaux vétustes à Saumur',
  owner: 'Mme Martin, DRH', mitigation: 'Accord de substitution négocié avant la fusion', readiness: 3,
};
const RISK = RISK_CATALOGUE[0].id;
const FACTOR = READINESS_FACTORS[0].id;

/** The register row of S3's first catalogue risk (scenario code in column A, risk id in B). */
function riskRow(ws: ExcelJS.Worksheet): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((r) => { if (!found && r.getCell(RISK_COLS.scenario).value === 'S3' && r.getCell(RISK_COLS.id).value === RISK) found = r; });
  if (!found) throw new Error(`no S3 ${RISK} on ${ws.name}`);
  return found;
}
/** A likelihood away from the row's proposal, so that it reads as typed. */
const typedLikelihood = (row: ExcelJS.Row): number => {
  const v = row.getCell(RISK_COLS.proposedLikelihood).value;
  const proposed = typeof v === 'object' && v !== null && 'result' in v ? v.result : v;
  return proposed === 5 ? 1 : 5;
};

async function summaryOf(args: readonly string[], name: string): Promise<{ code: number; stdout: string; stderr: string; json: Summary }> {
  const file = join(dir, `${name}.json`);
  const run = await runCli([...args, '--json', file]);
  if (run.code !== 0) throw new Error(`exit ${run.code}: ${run.stdout}${run.stderr}`);
  return { ...run, json: JSON.parse(await readFile(file, 'utf8')) as Summary };
}

/** The cell of the row keyed `key` in column A and of column `col`, or of the column headed `code`. */
function cellAt(ws: ExcelJS.Worksheet, key: string, at: { col: number } | { code: string }): ExcelJS.Cell {
  let row = 0;
  let col = 'col' in at ? at.col : 0;
  ws.eachRow((r, n) => {
    if (row === 0 && r.getCell(1).value === key) row = n;
    if (!('col' in at) && col === 0) r.eachCell((c, m) => { if (m >= 4 && c.value === at.code) col = m; });
  });
  if (row === 0 || col === 0) throw new Error(`no cell ${key} on ${ws.name}`);
  return ws.getCell(row, col);
}

/** The cell right of a SWOT own-area key (`swot.user.W.1`): where the user types a line. */
function swotLine(ws: ExcelJS.Worksheet, key: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((r) => r.eachCell((c, m) => { if (!found && c.value === key) found = r.getCell(m + 1); }));
  if (!found) throw new Error(`no ${key} on ${ws.name}`);
  return found;
}

/** What a user does in Excel: 9 % discount rate, 123 456 € of legal fees for S2, 70 % weight on the NPV, a weakness of their own. */
async function typeInputs(from: string, to: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  cellAt(wb.getWorksheet('Hypothèses')!, 'discountRate', { col: 4 }).value = TYPED.discountRate;
  cellAt(wb.getWorksheet('Scénarios')!, 'legalFeesEur', { code: 'S2' }).value = TYPED.legalFeesS2;
  cellAt(wb.getWorksheet('Choix pondéré')!, 'npv', { col: 4 }).value = TYPED.npvWeight;
  swotLine(wb.getWorksheet('SWOT')!, 'swot.user.W.1').value = TYPED.swotWeakness;
  const risk = riskRow(wb.getWorksheet('Risques')!);
  risk.getCell(RISK_COLS.likelihood).value = typedLikelihood(risk);
  risk.getCell(RISK_COLS.owner).value = TYPED.owner;
  risk.getCell(RISK_COLS.mitigation).value = TYPED.mitigation;
  cellAt(wb.getWorksheet('Préparation')!, FACTOR, { col: READINESS_COLS.score }).value = TYPED.readiness;
  await wb.xlsx.writeFile(to);
}

async function valuesIn(file: string): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return {
    rate: cellAt(wb.getWorksheet('Hypothèses')!, 'discountRate', { col: 4 }).value,
    fees: cellAt(wb.getWorksheet('Scénarios')!, 'legalFeesEur', { code: 'S2' }).value,
    weight: cellAt(wb.getWorksheet('Choix pondéré')!, 'npv', { col: 4 }).value,
    weakness: swotLine(wb.getWorksheet('SWOT')!, 'swot.user.W.1').value,
    risk: [RISK_COLS.likelihood, RISK_COLS.owner, RISK_COLS.mitigation].map((c) => riskRow(wb.getWorksheet('Risques')!).getCell(c).value),
    readiness: cellAt(wb.getWorksheet('Préparation')!, FACTOR, { col: READINESS_COLS.score }).value,
  };
}

/** The NPVs the engine gives for the sample with the three typed values, straight through buildModel. */
async function npvsWithTypedValues(): Promise<Record<string, number | null>> {
  const v = validateWorkbook(await readTables(input));
  if (!v.ok) throw new Error('the sample must validate');
  const defaults = defaultScenarios(v.value);
  const scoring = defaultScoringInputs(defaults);
  const { result } = buildModel(v.value, {
    lang: 'fr', generatedAt: new Date(), productVersion: 'test',
    overrides: { discountRate: TYPED.discountRate },
    scenarios: defaults.map((s) => (s.code === 'S2' ? { ...s, legalFeesEur: TYPED.legalFeesS2 } : s)),
    scoring: { ...scoring, weights: { ...scoring.weights, npv: TYPED.npvWeight } },
  });
  return Object.fromEntries(result.scenarios.map((s) => [s.code, s.npvEur.ok ? s.npvEur.value : null]));
}
/** What the user typed, as the regenerated file must hold it. */
const typed = () => ({
  rate: TYPED.discountRate, fees: TYPED.legalFeesS2, weight: TYPED.npvWeight, weakness: TYPED.swotWeakness,
  risk: [likelihood, TYPED.owner, TYPED.mitigation], readiness: TYPED.readiness,
});
const npvs = (json: Summary) => Object.fromEntries(Object.entries(json.scenarios).map(([c, s]) => [c, s.npvEur]));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coop-previous-'));
  input = join(dir, 'sample.xlsx');
  first = join(dir, 'model.xlsx');
  expect((await runCli(['sample', '-o', input])).code).toBe(0);
  firstJson = (await summaryOf(['build', input, '-o', first], 'first')).json;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first);
  likelihood = typedLikelihood(riskRow(wb.getWorksheet('Risques')!));
});

describe('coop-model build --previous', () => {
  it('keeps an assumption, a scenario lever, a weight, a SWOT line, a risk’s rating, owner and mitigation and a readiness score, and the figures follow', async () => {
    const edited = join(dir, 'edited.xlsx');
    await typeInputs(first, edited);
    const output = join(dir, 'regenerated.xlsx');
    const run = await summaryOf(['build', input, '-o', output, '--previous', edited], 'regenerated');

    expect(await valuesIn(output)).toEqual(typed());
    expect(run.json.previousFile).toBe(edited);
    expect(run.json.assumptions.discountRate.value).toBe(TYPED.discountRate);
    expect(run.json.scenarios.S2.levers.legalFeesEur).toBe(TYPED.legalFeesS2);
    expect(run.json.scoring.weights.npv).toBe(TYPED.npvWeight);
    // The NPVs are those of the typed values, no longer those of the defaults.
    expect(npvs(run.json)).toEqual(await npvsWithTypedValues());
    expect(npvs(run.json)).not.toEqual(npvs(firstJson));
    expect(run.stdout).toContain(`Saisies reprises de ${edited} : Hypothèses, Scénarios, Choix pondéré, Risques, Préparation, SWOT.`);
    expect(run.stderr).toContain(`Lecture des saisies du modèle précédent ${edited}`);
  });

  it('regenerates in place when --previous is the output file: read first, then written', async () => {
    const model = join(dir, 'in-place.xlsx');
    await typeInputs(first, model);
    const once = await summaryOf(['build', input, '-o', model, '--previous', model], 'in-place-1');
    const twice = await summaryOf(['build', input, '-o', model, '--previous', model], 'in-place-2');
    expect(await valuesIn(model)).toEqual(typed());
    expect(npvs(twice.json)).toEqual(npvs(once.json));
    expect(npvs(once.json)).toEqual(await npvsWithTypedValues());
  });

  it('lets --scenarios win for the scenarios and keeps the other inputs', async () => {
    const edited = join(dir, 'edited-for-file.xlsx');
    await typeInputs(first, edited);
    const run = await summaryOf(['build', input, '-o', join(dir, 'with-file.xlsx'), '--previous', edited, '--scenarios', EXAMPLE, '--lang', 'en'], 'with-file');
    const file = JSON.parse(await readFile(EXAMPLE, 'utf8')) as { scenarios: { code: string }[] };
    expect(run.json.scoring.codes).toEqual(file.scenarios.map((s) => s.code));
    // S2 of the file, not the 123 456 € typed on the sheet's S2.
    expect(run.json.scenarios.S2.levers.legalFeesEur).not.toBe(TYPED.legalFeesS2);
    expect(run.json.assumptions.discountRate.value).toBe(TYPED.discountRate);
    expect(run.json.scoring.weights.npv).toBe(TYPED.npvWeight);
    expect(run.stdout).toContain(`Inputs kept from ${edited}: Assumptions, Scenarios, Weighted choice, Risks, Readiness, SWOT.`);
  });

  it('finds the input sheets through the cover’s registry in a model without identity names', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    for (const n of wb.definedNames.model) if (n.name.startsWith('CoopSheet_')) wb.definedNames.remove(n.ranges[0], n.name);
    cellAt(wb.getWorksheet('Hypothèses')!, 'discountRate', { col: 4 }).value = TYPED.discountRate;
    const old = join(dir, 'old-model.xlsx');
    await wb.xlsx.writeFile(old);
    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(old);
    expect(check.definedNames.model.map((n) => n.name).filter((n) => n.startsWith('CoopSheet_'))).toEqual([]);
    const run = await summaryOf(['build', input, '-o', join(dir, 'from-old.xlsx'), '--previous', old], 'from-old');
    expect(run.json.assumptions.discountRate.value).toBe(TYPED.discountRate);
  });

  it('stops before writing anything when the previous model is missing or is not a model (exit 2)', async () => {
    const output = join(dir, 'never.xlsx');
    const missing = await runCli(['build', input, '-o', output, '--previous', join(dir, 'no-such-model.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-model.xlsx');
    const notModel = join(dir, 'not-a-model.xlsx');
    await copyFile(input, notModel);
    const run = await runCli(['build', input, '-o', output, '--previous', notModel, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${notModel} holds no input sheet of a generated model`);
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(output)).toBe(false);
  });

  it('says in --help that --previous may be the output file and that --scenarios wins', async () => {
    const help = await runCli(['build', '--help', '--lang', 'en']);
    // The help wraps its lines: read it as one.
    const text = help.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('--previous <file> a model generated before (.xlsx) whose inputs are kept');
    expect(text).toContain('may be the output file itself');
    expect(text).toContain('--scenarios, when given, wins for the scenarios');
  });
});
