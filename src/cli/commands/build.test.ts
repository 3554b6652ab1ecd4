import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildWorkbook } from '../../../test/fixtures/build-workbook';
import { sampleBase } from '../../../test/fixtures/sample-base';
import { runCli, STACK_LINE } from '../../../test/cli/run-cli';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coop-build-'));
});

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

const EXAMPLE = join(__dirname, '..', '..', '..', 'examples', 'scenarios.json');

/** The sheets of a model with scenarios S1…Sn: what a board reads first, then the workings. */
const sheetsWith = (codes: readonly string[]) => [
  'Sommaire', 'Données', 'Hypothèses', 'Scénarios', 'Risques', 'Préparation', 'Choix pondéré', 'Scénarios comparés',
  'Carte des risques', 'Monte-Carlo', 'Comparatif', 'Indicateurs', 'SWOT', 'Formes juridiques', 'Bases',
  ...codes.map((c) => `Mutualisation ${c}`), 'Sensibilité', 'Contrôles',
];

/** The largest gap, over the years, between the partners' rows summed and the scenario's row. */
function largestGap(partners: Record<string, Record<string, number[]>>, row: string, total: readonly number[]): number {
  return Math.max(...total.map((v, t) => Math.abs(Object.values(partners).reduce((a, p) => a + p[row][t], 0) - v)));
}

interface JsonScenario {
  code: string; name: string; form: string; levers: Record<string, unknown>;
  netBenefitByYearEur: number[]; savingsByYearEur: number[]; siteSavingsByYearEur: number[];
  headOfficeByYearEur: number[]; harmonisationByYearEur: number[]; netBenefitTotalEur: number;
  oneOffCosts: { byYearEur: number[] };
  partners: Record<string, Record<string, number[]> & { netBenefitTotalEur: number; npvEur: number | null; costKey: number; included: boolean }>;
}

/** Every scenario's partner shares add up to its rows by year and its total (to the cent's millionth). */
function expectSharesAddUp(scenario: JsonScenario): void {
  const p = scenario.partners as unknown as Record<string, Record<string, number[]>>;
  expect(largestGap(p, 'netBenefitByYearEur', scenario.netBenefitByYearEur)).toBeLessThan(1e-6);
  expect(largestGap(p, 'savingsByYearEur', scenario.savingsByYearEur)).toBeLessThan(1e-6);
  expect(largestGap(p, 'siteSavingsByYearEur', scenario.siteSavingsByYearEur)).toBeLessThan(1e-6);
  expect(largestGap(p, 'oneOffByYearEur', scenario.oneOffCosts.byYearEur)).toBeLessThan(1e-6);
  expect(largestGap(p, 'headOfficeByYearEur', scenario.headOfficeByYearEur)).toBeLessThan(1e-6);
  expect(largestGap(p, 'harmonisationByYearEur', scenario.harmonisationByYearEur)).toBeLessThan(1e-6);
  const totals = Object.values(scenario.partners).reduce((a, x) => a + x.netBenefitTotalEur, 0);
  expect(Math.abs(totals - scenario.netBenefitTotalEur)).toBeLessThan(1e-6);
  const keys = Object.values(scenario.partners).reduce((a, x) => a + x.costKey, 0);
  expect(keys).toBeCloseTo(1, 12);
}

describe('coop-model demo', () => {
  it('writes the model of the sample with the three default scenarios, French sheet names by default', async () => {
    const file = join(dir, 'demo.xlsx');
    const run = await runCli(['demo', '-o', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Modèle écrit : ${file}`);
    expect(run.stderr).toContain('Calcul du modèle');
    expect(await sheetNames(file)).toEqual(sheetsWith(['S1', 'S2', 'S3']));
  });

  it('prints one line per scenario, with its form, NPV, payback and one-off costs, then the weighted first choice', async () => {
    const run = await runCli(['demo', '-o', join(dir, 'demo-table.xlsx'), '--lang', 'en']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const title = lines.findIndex((l) => l.startsWith('Scenarios, compared with the status quo S0'));
    expect(title).toBeGreaterThan(-1);
    expect(lines[title + 1]).toMatch(/^ {2}Code +Scenario +NPV +Payback +One-off costs +Score +Rank$/);
    // The defaults have no name: the legal form's is shown.
    expect(lines[title + 2]).toMatch(/^ {2}S1 +Partnership agreement +-?[\d,]+ € +(\d+\.\d years|not within the horizon) +[\d,]+ € +\d+\.\d +[1-3]$/);
    expect(lines[title + 3]).toMatch(/^ {2}S2 +Social and medico-social cooperation group \(GCSMS\) /);
    expect(lines[title + 4]).toMatch(/^ {2}S3 +Merger by absorption /);
    expect(lines[title + 5]).toMatch(/^Weighted first choice: S[1-3] – .+ \(score \d+\.\d out of 100\)\.$/);
  });

  it('prints the JSON summary on standard output with --json, messages on standard error', async () => {
    const file = join(dir, 'demo-en.xlsx');
    const run = await runCli(['demo', '-o', file, '--lang', 'en', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ schemaVersion: 2, command: 'demo', lang: 'en', ok: true, output: file, masterCheck: true, scenariosFile: null });
    expect(json.scenarioCodes).toEqual(['S1', 'S2', 'S3']);
    expect(json.scenarios.S2.form).toBe('GCSMS');
    expect(typeof json.scenarios.S1.npvEur).toBe('number');
    expect(json.scenarios.S1.years).toHaveLength(6);
    expect(Object.keys(json.scenarios.S3.savingsByFunction)).toContain('COMPTABILITE_FINANCE');
    expect(Object.keys(json.scenarios.S1.partners)).toEqual(['TILLEULS', 'HORIZONS', 'PASSERELLE']);
    expect(json.assumptions.discountRate).toEqual({ value: 0.045, low: 0.03, high: 0.06 });
    expect(json.scoring.codes).toEqual(['S1', 'S2', 'S3']);
    expect(['S1', 'S2', 'S3']).toContain(json.scoring.first);
    expect(run.stderr).toContain(`Model written: ${file}`);
    expect(run.stderr).toContain('Weighted first choice');
  });

  it('gives every partner’s share, and the shares add up to each scenario’s totals', async () => {
    const run = await runCli(['demo', '-o', join(dir, 'demo-shares.xlsx'), '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { scenarios: Record<string, JsonScenario> };
    for (const scenario of Object.values(json.scenarios)) expectSharesAddUp(scenario);
  });
});

describe('coop-model build', () => {
  it('builds the model from a partner workbook', async () => {
    const input = join(dir, 'sample.xlsx');
    const output = join(dir, 'model.xlsx');
    expect((await runCli(['sample', '-o', input])).code).toBe(0);
    const run = await runCli(['build', input, '-o', output, '--json', join(dir, 'summary.json')]);
    expect(run.code).toBe(0);
    const json = JSON.parse(await readFile(join(dir, 'summary.json'), 'utf8'));
    expect(json).toMatchObject({ command: 'build', input, output, ok: true });
    expect((await sheetNames(output))[0]).toBe('Sommaire');
  });

  it('with --scenarios builds the file’s scenarios instead of the defaults', async () => {
    const input = join(dir, 'sample-for-scenarios.xlsx');
    const output = join(dir, 'model-scenarios.xlsx');
    expect((await runCli(['sample', '-o', input])).code).toBe(0);
    const run = await runCli(['build', input, '-o', output, '--scenarios', EXAMPLE, '--json', join(dir, 'scenarios.json')]);
    expect(run.code).toBe(0);
    const json = JSON.parse(await readFile(join(dir, 'scenarios.json'), 'utf8'));
    const file = JSON.parse(await readFile(EXAMPLE, 'utf8')) as { scenarios: { code: string; name: string }[] };
    expect(json.scenariosFile).toBe(EXAMPLE);
    expect(json.scenarioCodes).toEqual(file.scenarios.map((s) => s.code));
    for (const s of file.scenarios) expect(json.scenarios[s.code].name).toBe(s.name);
    expect(json.scenarios.S2.levers.functions.PAIE_RH).toEqual({ pooled: true, method: 'bottom-up', fteRemoved: 1, oneOffEur: 10_000 });
    expect(json.scenarios.S3.levers.delayYears).toBe(1);
    expect(json.scenarios.S4.levers.partners).toEqual(['TILLEULS', 'HORIZONS']);
    expect(json.scenarios.S4.partners.PASSERELLE).toMatchObject({ included: false, netBenefitTotalEur: 0, costKey: 0 });
    for (const scenario of Object.values(json.scenarios) as JsonScenario[]) expectSharesAddUp(scenario);
    expect(await sheetNames(output)).toEqual(sheetsWith(['S1', 'S2', 'S3', 'S4']));
    // The console names each scenario as the file does.
    expect(run.stdout).toMatch(/^ {2}S2 +GCSMS de moyens, paie en ETP /m);
    expect(run.stdout).toMatch(/^ {2}S4 +Fusion-création Tilleuls et Horizons /m);
  });

  it('stops on a scenarios file with problems, naming the scenario and the field, and writes nothing (exit 1)', async () => {
    const input = join(dir, 'sample-bad-scenarios.xlsx');
    const output = join(dir, 'model-bad-scenarios.xlsx');
    const scenarios = join(dir, 'bad-scenarios.json');
    expect((await runCli(['sample', '-o', input])).code).toBe(0);
    await writeFile(scenarios, JSON.stringify({ scenarios: [{ code: 'S1' }, { code: 'S2', shareKept: 1.5 }] }));
    const run = await runCli(['build', input, '-o', output, '--scenarios', scenarios]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Scénario S2, champ « shareKept » .*1\.5/);
    expect(run.stdout).toContain(`1 problème(s) dans le fichier de scénarios ${scenarios} : aucun modèle écrit.`);
    expect(existsSync(output)).toBe(false);
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
  });

  it('lists the scenarios file’s problems in the JSON result', async () => {
    const scenarios = join(dir, 'bad-site.json');
    await writeFile(scenarios, JSON.stringify({ scenarios: [{ code: 'S3', sitesClosed: ['HOR-SIEGE', 'NOWHERE'] }] }));
    const run = await runCli(['demo', '-o', join(dir, 'never.xlsx'), '--scenarios', scenarios, '--json', '--lang', 'en']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ ok: false, command: 'demo', scenariosFile: scenarios });
    expect(json.scenarioProblems).toHaveLength(1);
    expect(json.scenarioProblems[0]).toMatch(/S3.*sitesClosed.*NOWHERE/);
    expect(existsSync(join(dir, 'never.xlsx'))).toBe(false);
  });

  it('refuses a missing scenarios file before reading the workbook (exit 2)', async () => {
    const missing = join(dir, 'no-such-scenarios.json');
    const output = join(dir, 'model-missing.xlsx');
    const run = await runCli(['build', join(dir, 'no-such-input.xlsx'), '-o', output, '--scenarios', missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Fichier de scénarios introuvable : ${missing}`);
    expect(existsSync(output)).toBe(false);
  });

  it('refuses a scenarios file that is not JSON, with the line and column (exit 2)', async () => {
    const scenarios = join(dir, 'not-json.json');
    await writeFile(scenarios, '{ "scenarios": [\n  { "code": "S1" \n] }');
    const run = await runCli(['demo', '-o', join(dir, 'model-not-json.xlsx'), '--scenarios', scenarios, '--lang', 'en']);
    expect(run.code).toBe(2);
    // Line 3, column 1: the "]" where a "," or "}" was expected.
    expect(run.stderr).toContain(`${scenarios} is not valid JSON: error at line 3, column 1.`);
  });

  it('stops on invalid data with the located messages and writes nothing (exit 1)', async () => {
    const tables = sampleBase();
    tables.Budgets.rows[0][7] = '12 000 EUR'; // Budgets!H2
    const input = join(dir, 'bad.xlsx');
    const output = join(dir, 'bad-model.xlsx');
    await writeFile(input, Buffer.from(await buildWorkbook(tables).xlsx.writeBuffer()));
    const run = await runCli(['build', input, '-o', output]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Budgets!H2');
    expect(run.stdout).toContain('aucun modèle écrit');
    expect(existsSync(output)).toBe(false);
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
  });

  it('refuses to write the model over its input (exit 2)', async () => {
    const input = join(dir, 'same.xlsx');
    expect((await runCli(['sample', '-o', input])).code).toBe(0);
    const before = await readFile(input);
    const run = await runCli(['build', input, '-o', input, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('never written');
    expect(await readFile(input)).toEqual(before);
  });
});

describe('coop-model build, indicators without their data', () => {
  it('counts each indicator shown as n/a among the warnings of the summary line', async () => {
    const tables = sampleBase();
    const absence = tables.Effectifs.headers.indexOf("Jours d'absence");
    for (const row of tables.Effectifs.rows) row[absence] = null;
    const input = join(dir, 'no-absence.xlsx');
    await writeFile(input, Buffer.from(await buildWorkbook(tables).xlsx.writeBuffer()));
    const run = await runCli(['build', input, '-o', join(dir, 'no-absence-model.xlsx')]);
    expect(run.code).toBe(0);
    // Absenteeism is n/a for each of the sample's partners and for the consolidated column.
    const partners = tables.Partenaires.rows.length;
    const line = /^(\d+) avertissement\(s\) : (\d+) sur les données, (\d+) indicateur\(s\) non disponible\(s\)/m.exec(run.stdout);
    expect(line).not.toBeNull();
    const [, total, onData, indicators] = line!.map(Number);
    expect(indicators).toBe(partners + 1);
    expect(total).toBe(onData + indicators);
  });
});
