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

describe('coop-model demo', () => {
  it('writes the model of the sample, French sheet names by default', async () => {
    const file = join(dir, 'demo.xlsx');
    const run = await runCli(['demo', '-o', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Modèle écrit : ${file}`);
    expect(run.stderr).toContain('Calcul du modèle');
    expect(await sheetNames(file)).toEqual(['Sommaire', 'Données', 'Hypothèses', 'Comparatif', 'Indicateurs', 'Mutualisation', 'Contrôles']);
  });

  it('prints the JSON summary on standard output with --json, messages on standard error', async () => {
    const file = join(dir, 'demo-en.xlsx');
    const run = await runCli(['demo', '-o', file, '--lang', 'en', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ schemaVersion: 1, command: 'demo', lang: 'en', ok: true, output: file, masterCheck: true });
    expect(typeof json.scenarios.S1.npvEur).toBe('number');
    expect(json.scenarios.S1.years).toHaveLength(6);
    expect(Object.keys(json.scenarios.S1.savingsByFunction)).toContain('COMPTABILITE_FINANCE');
    expect(Object.keys(json.partners).length).toBeGreaterThanOrEqual(3);
    expect(json.scenarios.S1.assumptions.discountRate).toEqual({ value: 0.045, low: 0.03, high: 0.06 });
    expect(run.stderr).toContain(`Model written: ${file}`);
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
