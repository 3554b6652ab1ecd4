import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, STACK_LINE } from '../../../test/cli/run-cli';
import { sampleData } from '../../../test/harness/sample-model';
import { modelAssumptions } from '../../engine/model-assumptions';
import { defaultScenarios } from '../../engine/scenarios/default-scenarios';
import { scenarioGlobals } from '../../engine/scenarios/scenario-globals';
import { sensitivityResults } from '../../engine/sensitivity/sensitivity-results';
import { modelDataYear } from '../../plan/data-year';

let dir: string;
let input: string;
let model: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coop-simulate-'));
  input = join(dir, 'sample.xlsx');
  model = join(dir, 'model.xlsx');
  expect((await runCli(['sample', '-o', input])).code).toBe(0);
  expect((await runCli(['build', input, '-o', model])).code).toBe(0);
}, 60_000);

interface SimJson {
  ok: boolean; command: string; source: string; seed: number; draws: number;
  scenarios: { code: string; meanEur: number; p10Eur: number; p50Eur: number; p90Eur: number; probabilityPositive: number; tornado: unknown[] }[];
}
const json = (text: string) => JSON.parse(text) as SimJson;

/** The engine's Monte Carlo of the sample with `overrides`, computed without the CLI. */
function expected(overrides: Record<string, number>, draws: number, seed: number) {
  const data = sampleData();
  const entries = modelAssumptions(modelDataYear(data, new Date()), overrides);
  return sensitivityResults(data, defaultScenarios(data), scenarioGlobals(entries), entries, { draws, seed });
}

describe('coop-model simulate', () => {
  it('on an input workbook uses the default assumptions and prints one line per scenario', async () => {
    const run = await runCli(['simulate', input, '--draws', '400', '--seed', '9']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toContain('Classeur de saisie');
    expect(lines[1]).toBe('Graine 9, 400 tirages, coûts ponctuels : loi triangulaire (basse, base, haute).');
    expect(lines.slice(3).map((l) => l.split(' ')[0])).toEqual(['S1', 'S2', 'S3']);
  });

  it('with --json gives the engine’s figures for the same seed and draws', async () => {
    const run = await runCli(['simulate', input, '--draws', '400', '--seed', '9', '--json']);
    const out = json(run.stdout);
    const engine = expected({}, 400, 9);
    expect(out).toMatchObject({ ok: true, command: 'simulate', source: 'input', seed: 9, draws: 400 });
    out.scenarios.forEach((s, i) => {
      expect(s.p50Eur).toBe(engine.scenarios[i].monteCarlo.p50Eur);
      expect(s.probabilityPositive).toBe(engine.scenarios[i].monteCarlo.probabilityPositive);
      expect(s.tornado).toHaveLength(19);
    });
  });

  it('on a generated model reads the assumptions typed on Hypothèses back', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(model);
    const ws = wb.getWorksheet('Hypothèses')!;
    let typed = 0;
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'sensitivity.oneOffFactor') { row.getCell(6).value = 3; typed += 1; }
    });
    expect(typed).toBe(1);
    const edited = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const out = json((await runCli(['simulate', edited, '--draws', '300', '--json'])).stdout);
    const engine = expected({ 'sensitivity.oneOffFactor.high': 3 }, 300, 20_240_601);
    const defaults = expected({}, 300, 20_240_601);
    expect(out.source).toBe('model');
    expect(out.scenarios.map((s) => s.meanEur)).toEqual(engine.scenarios.map((s) => s.monteCarlo.meanEur));
    expect(out.scenarios[0].meanEur).toBeLessThan(defaults.scenarios[0].monteCarlo.meanEur);
  }, 30_000);

  it('refuses a draws count that is not a positive whole number, without a stack trace', async () => {
    const run = await runCli(['simulate', input, '--draws', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--draws');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
