// One run of the real executable, as a user starts it: bin/coop-model.js over
// the compiled CLI. The rest of the CLI tests run main() in-process, faster.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { STACK_LINE } from './run-cli';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
// A private build, so that the test never depends on (or disturbs) the dist/ of `npm ci`.
const OUT = join(ROOT, 'test-output', 'cli-bin');
const BIN = join(OUT, 'bin', 'coop-model.js');

interface Result { code: number; stdout: string; stderr: string }

async function coopModel(args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, COOP_DEBUG: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  // The build settings of `npm ci`, limited to the CLI and what it imports.
  const config = join(OUT, 'tsconfig.json');
  await writeFile(config, JSON.stringify({
    extends: join(ROOT, 'tsconfig.build.json'),
    compilerOptions: { outDir: join(OUT, 'dist') },
    files: [join(ROOT, 'src', 'cli', 'main.ts')],
    include: [],
  }));
  await run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', config]);
  await mkdir(join(OUT, 'bin'), { recursive: true });
  await copyFile(join(ROOT, 'bin', 'coop-model.js'), BIN);
}, 300_000);

it('writes the sample, validates it (exit 0), and exits 1 and 2 where it should, without a stack trace', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'coop-bin-'));
  const sample = join(dir, 's.xlsx');
  const written = await coopModel(['sample', '-o', sample]);
  expect(written).toEqual({ code: 0, stdout: `Écrit : ${sample}\n`, stderr: '' });
  expect((await coopModel(['validate', sample])).code).toBe(0);

  const bad = join(__dirname, '..', 'fixtures', 'invalid', 'invalid-text-in-number.xlsx');
  const invalid = await coopModel(['validate', bad, '--lang', 'en']);
  expect(invalid.code).toBe(1);
  expect(invalid.stdout).toContain('Budgets!H2 — Montant, row 2: expected a number, found "12 000 EUR"');

  const notXlsx = join(dir, 'notes.xlsx');
  await writeFile(notXlsx, 'not a workbook');
  const fault = await coopModel(['validate', notXlsx]);
  expect(fault).toEqual({ code: 2, stdout: '', stderr: `${notXlsx} n’est pas un classeur Excel .xlsx lisible.\n` });

  const usage = await coopModel(['validate', '--what']);
  expect(usage.code).toBe(2);
  for (const r of [written, invalid, fault, usage]) expect(r.stdout + r.stderr).not.toMatch(STACK_LINE);
});
