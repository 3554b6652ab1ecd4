import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTables } from '../../src/adapters/exceljs';
import { ISSUE_CODES } from '../../src/data';
import { ALL_FIXTURES, folderOf } from '../fixtures/invalid-workbooks';
import { buildWorkbook } from '../fixtures/build-workbook';
import { sampleBase } from '../fixtures/sample-base';
import { runCli, STACK_LINE } from './run-cli';

let dir: string;
let badAmount: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coop-cli-'));
  // The sample with one amount written as "12 000 EUR" in Budgets!H2 and a negative
  // amount on an ordinary account (E3, H3), a warning.
  const tables = sampleBase();
  tables.Budgets.rows[0][7] = '12 000 EUR';
  tables.Budgets.rows[1][4] = '6061';
  tables.Budgets.rows[1][7] = -250;
  badAmount = join(dir, 'bad-amount.xlsx');
  await writeFile(badAmount, Buffer.from(await buildWorkbook(tables).xlsx.writeBuffer()));
});

function expectNoStack(run: { stdout: string; stderr: string }): void {
  expect(run.stdout).not.toMatch(STACK_LINE);
  expect(run.stderr).not.toMatch(STACK_LINE);
}

describe('coop-model template', () => {
  it('writes the template and says where, in French by default', async () => {
    const file = join(dir, 'modele.xlsx');
    const run = await runCli(['template', '-o', file]);
    expect(run).toEqual({ code: 0, stdout: `Écrit : ${file}\n`, stderr: '' });
    const raw = await readTables(file);
    expect(Object.keys(raw)).toEqual(['Partenaires', 'Sites', 'Budgets', 'Effectifs']);
    expect(raw.Budgets?.headers[7]).toBe('Montant');
  });

  it('writes English headers with --lang en', async () => {
    const file = join(dir, 'template-en.xlsx');
    const run = await runCli(['template', '--lang', 'en', '-o', file]);
    expect(run.stdout).toBe(`Written: ${file}\n`);
    expect((await readTables(file)).Budgets?.headers[7]).toBe('Amount');
  });

  it('fails with exit code 2 and a usage message when -o is missing', async () => {
    const run = await runCli(['template']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Option obligatoire absente : -o, --output <file>');
    expect(run.stderr).toContain('Aide : coop-model template --help');
  });

  it('fails with exit code 2 when the output cannot be written', async () => {
    const run = await runCli(['template', '-o', join(dir, 'no-such-folder', 'x.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Impossible d’écrire .*x\.xlsx \(ENOENT\)\.\n$/);
  });
});

describe('coop-model sample then validate', () => {
  it('writes the sample, which validates without errors (exit 0)', async () => {
    const file = join(dir, 's.xlsx');
    expect((await runCli(['sample', '-o', file])).code).toBe(0);
    const run = await runCli(['validate', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^0 erreur\(s\), \d+ avertissement\(s\)$/m);
    expect(run.stdout).toContain('Aucune erreur : ces données peuvent servir à construire le modèle.');
    expect(run.stderr).toBe('');
  });

  it('writes the sample with English headers, which validates the same way', async () => {
    const file = join(dir, 's-en.xlsx');
    expect((await runCli(['sample', '-o', file, '--lang', 'en', '--json'])).stdout).toContain('"command": "sample"');
    expect((await readTables(file)).Budgets?.headers[7]).toBe('Amount');
    expect((await runCli(['validate', file, '--lang', 'en'])).code).toBe(0);
  });
});

describe('coop-model validate', () => {
  it('prints each issue located like Excel, then the counts, and exits 1 on errors', async () => {
    const run = await runCli(['validate', badAmount]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Budgets!H2 — Montant, ligne 2 : nombre attendu, trouvé « 12 000 EUR »');
    expect(lines[1]).toMatch(/^Budgets!H3 — Montant, ligne 3 : /);
    expect(lines.slice(2)).toEqual([
      '1 erreur(s), 1 avertissement(s)',
      'Des erreurs empêchent de construire le modèle : corrigez les cellules indiquées.',
    ]);
    expect(run.stderr).toBe('');
  });

  it('speaks English with --lang en', async () => {
    const run = await runCli(['validate', '--lang', 'en', badAmount]);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('Budgets!H2 — Montant, row 2: expected a number, found "12 000 EUR"');
    expect(run.stdout).toContain('1 error(s), 1 warning(s)');
  });

  it('exits 0 with warnings only', async () => {
    const tables = sampleBase();
    tables.Budgets.rows[0][4] = '6061';
    tables.Budgets.rows[0][7] = -1500;
    const file = join(dir, 'negative.xlsx');
    await writeFile(file, Buffer.from(await buildWorkbook(tables).xlsx.writeBuffer()));
    const run = await runCli(['validate', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 erreur(s), 1 avertissement(s)');
  });

  it('with --json writes JSON alone on standard output and the messages on standard error', async () => {
    const run = await runCli(['validate', badAmount, '--json']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({
      schemaVersion: 2, tool: 'coop-model', command: 'validate', lang: 'fr', ok: false,
      file: badAmount, counts: { errors: 1, warnings: 1 },
    });
    expect(json.issues[0]).toMatchObject({
      code: 'NOT_A_NUMBER', severity: 'error', table: 'Budgets', sheet: 'Budgets', row: 2, column: 'Montant', cell: 'H2',
      found: '12 000 EUR', expected: { kind: 'number' },
      message: 'Budgets!H2 — Montant, ligne 2 : nombre attendu, trouvé « 12 000 EUR »',
    });
    expect(run.stderr).toContain('Budgets!H2 — Montant, ligne 2');
  });

  it('with --json file writes the JSON there and keeps the messages on standard output', async () => {
    const out = join(dir, 'result.json');
    const run = await runCli(['validate', badAmount, '--json', out, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Budgets!H2 — Montant, row 2');
    expect(run.stderr).toBe(`JSON result written: ${out}\n`);
    const json = JSON.parse(await readFile(out, 'utf8'));
    expect(json.lang).toBe('en');
    expect(json.issues.map((i: { code: string }) => i.code)).toEqual(['NOT_A_NUMBER', 'NEGATIVE_AMOUNT']);
  });

  it('exits 2 with one clear line for a missing file', async () => {
    const file = join(dir, 'absent.xlsx');
    const run = await runCli(['validate', file]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `Fichier introuvable : ${file}\n` });
  });

  it('exits 2 with one clear line for a file that is not an .xlsx', async () => {
    const file = join(dir, 'notes.xlsx');
    await writeFile(file, 'Code;Nom\nP1;Une\n');
    const run = await runCli(['validate', '--lang', 'en', file]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${file} is not a readable Excel .xlsx workbook.\n` });
  });
});

describe('usage', () => {
  it.each([
    [['validate'], 'Argument manquant : file'],
    [['validate', 'a.xlsx', '--frobnicate'], 'Option inconnue : --frobnicate'],
    [['frobnicate'], 'Commande inconnue : frobnicate'],
    [[], 'Indiquez une commande.'],
    [['validate', 'a.xlsx', '--lang', 'de'], 'Langue inconnue « de » : fr ou en attendu.'],
    [['validate', 'a.xlsx', 'b.xlsx'], 'Trop d’arguments.'],
  ])('exits 2 with a translated message for %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toContain(message);
    expectNoStack(run);
  });

  it.each(['template', 'sample', 'validate'])('documents --lang, --json and --help for %s, in French and English', async (command) => {
    const fr = await runCli([command, '--help']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toMatch(/^Utilisation : coop-model /);
    expect(fr.stdout).toContain('Options :');
    for (const option of ['--lang <lang>', '--json [file]', '-h, --help']) expect(fr.stdout).toContain(option);
    expect(fr.stdout).toContain('langue des messages');
    const en = await runCli([command, '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: coop-model /);
    expect(en.stdout).toContain('language of messages');
  });

  it('lists the commands in the main help and shows the version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Commandes :');
    for (const command of ['template', 'sample', 'validate']) expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    const version = await runCli(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });
});

describe('internal faults', () => {
  async function runWithBrokenWriter(env: Record<string, string>) {
    let result: Awaited<ReturnType<typeof runCli>> | undefined;
    await jest.isolateModulesAsync(async () => {
      jest.doMock('../../src/adapters/exceljs/write-template', () => ({
        ...jest.requireActual('../../src/adapters/exceljs/write-template'),
        writeTemplate: async () => { throw new TypeError('cannot read properties of undefined\nsecond line'); },
      }));
      const { runCli: isolatedRun } = await import('./run-cli');
      result = await isolatedRun(['template', '-o', join(dir, 'never.xlsx')], env);
    });
    return result!;
  }

  it('exits 2 with one line and no stack trace', async () => {
    const run = await runWithBrokenWriter({});
    expect(run).toEqual({
      code: 2, stdout: '',
      stderr: 'Erreur interne : cannot read properties of undefined (relancez avec COOP_DEBUG=1 pour le détail)\n',
    });
  });

  it('shows the stack with COOP_DEBUG=1', async () => {
    const run = await runWithBrokenWriter({ COOP_DEBUG: '1' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(STACK_LINE);
  });
});

describe('every fixture workbook through the CLI', () => {
  const fixturesDir = join(__dirname, '..', 'fixtures');
  it.each(ALL_FIXTURES.map((f) => [f.name, f] as const))('%s: exit 1 exactly when it has errors, each issue located, no stack trace', async (_name, f) => {
    const { expected } = f.make(sampleBase());
    const file = join(fixturesDir, folderOf(f), `${f.name}.xlsx`);
    const run = await runCli(['validate', file, '--lang', 'en']);
    const errors = expected.filter((e) => ISSUE_CODES[e.code] === 'error').length;
    expect(run.code).toBe(errors > 0 ? 1 : 0);
    const lines = run.stdout.split('\n');
    for (const e of expected) {
      if (e.cell) expect(lines.some((l) => l.includes(`!${e.cell}`) && l.includes(`— ${e.column}, row ${e.row}:`))).toBe(true);
    }
    expectNoStack(run);
  });
});
