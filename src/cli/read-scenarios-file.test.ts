import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateWorkbook } from '../data';
import type { CooperationData } from '../data/types';
import { POOLED_FUNCTIONS } from '../engine/model-assumptions';
import { sampleRawWorkbook } from '../sample';
import { CliError } from './errors';
import { readJsonFile, resolveScenarios } from './read-scenarios-file';

const ROOT = join(__dirname, '..', '..');

function sample(): CooperationData {
  const v = validateWorkbook(sampleRawWorkbook());
  if (!v.ok) throw new Error('the sample must validate');
  return v.value;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coop-scenarios-'));
});

async function faultOf(promise: Promise<unknown>): Promise<CliError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('examples/scenarios.json', () => {
  const data = sample();

  it('resolves against the bundled sample without a problem, four scenarios in the file’s order', async () => {
    const read = resolveScenarios(await readJsonFile(join(ROOT, 'examples', 'scenarios.json')), data, 'fr');
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.definitions.map((d) => d.code)).toEqual(['S1', 'S2', 'S3', 'S4']);
    const [s1, s2, s3, s4] = read.definitions;
    // S1: the default pooling agreement under another name (docs/scenarios.md: purchasing, insurance, training).
    expect(s1.form).toBe('CONVENTION');
    expect(s1.functions.filter((f) => f.pooled === 1).map((f) => f.code)).toEqual(['ACHATS', 'ASSURANCES', 'FORMATION']);
    // S2: the GCSMS with payroll bottom-up, one FTE removed, and a grant.
    expect(s2.form).toBe('GCSMS');
    expect(s2.functions[POOLED_FUNCTIONS.indexOf('PAIE_RH')]).toEqual({ code: 'PAIE_RH', pooled: 1, bottomUp: 1, fteRemoved: 1, oneOffEur: 10_000 });
    expect(s2.functions[POOLED_FUNCTIONS.indexOf('ACHATS')]).toMatchObject({ pooled: 1, bottomUp: 0 });
    expect(s2.grantsEur).toBe(40_000);
    // S3: the default merger a year later, with a loan.
    expect(s3).toMatchObject({ form: 'FUSION_ABSORPTION', delayYears: 1, loansEur: 150_000, loanYears: 5, harmonisation: 1 });
    // S4: Tilleuls and Horizons only (sample order TILLEULS, HORIZONS, PASSERELLE); HOR-SIEGE is the 7th site.
    expect(s4).toMatchObject({ form: 'FUSION_CREATION', partnerFlags: [1, 1, 0], siteFlags: [0, 0, 0, 0, 0, 0, 1, 0, 0], shareKept: 0.8 });
  });

  it('is the example that docs/scenarios.md shows', async () => {
    const docs = await readFile(join(ROOT, 'docs', 'scenarios.md'), 'utf8');
    const example = await readFile(join(ROOT, 'examples', 'scenarios.json'), 'utf8');
    const blocks = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1].trim());
    expect(blocks).toContain(example.trim());
  });

  it('gives the short example of the docs’ format section without a problem', async () => {
    const docs = await readFile(join(ROOT, 'docs', 'scenarios.md'), 'utf8');
    for (const block of [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1])) {
      const read = resolveScenarios(JSON.parse(block), data, 'en');
      expect(read.ok ? [] : read.problems).toEqual([]);
    }
  });
});

describe('resolveScenarios', () => {
  const data = sample();

  it('takes every field left out from the template named by basedOn', () => {
    const read = resolveScenarios({ scenarios: [{ code: 'S1', basedOn: 'S3', shareKept: 0.5 }] }, data, 'fr');
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const merger = resolveScenarios({ scenarios: [{ code: 'S3' }] }, data, 'fr');
    if (!merger.ok) throw new Error(merger.problems.join('\n'));
    expect(read.definitions[0]).toEqual({ ...merger.definitions[0], code: 'S1', shareKept: 0.5 });
  });

  it('names the scenario and the field of an unknown partner', () => {
    const read = resolveScenarios({ scenarios: [{ code: 'S2', partners: ['TILLEULS', 'NOWHERE'] }] }, data, 'en');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(/S2/);
    expect(read.problems[0]).toMatch(/partners/);
    expect(read.problems[0]).toMatch(/NOWHERE/);
  });

  it('asks for basedOn when a code has no default scenario, and still lists the file’s other problems', () => {
    const read = resolveScenarios({ scenarios: [{ code: 'S4', shareKept: 0.5 }, { code: 'S5' }, { code: 'S1', delayYears: -1 }] }, data, 'en');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(3);
    expect(read.problems[0]).toBe('Scenario S4, field “basedOn”: no default scenario has this code; say which default scenario it is based on (S1, S2, S3).');
    expect(read.problems[1]).toMatch(/^Scenario S5, field “basedOn”/);
    expect(read.problems[2]).toMatch(/^Scenario S1, field “delayYears”.*-1/);
  });
});

describe('readJsonFile', () => {
  it('reports a missing file as a fault naming it', async () => {
    const file = join(dir, 'none.json');
    const fault = await faultOf(readJsonFile(file));
    expect(fault).toMatchObject({ key: 'cli.scenarios.notFound', params: { file }, exitCode: 2 });
  });

  it('reports malformed JSON with its line and column', async () => {
    // The stray comma's closing brace is on line 3, column 21 (counted by hand from 1).
    const file = join(dir, 'bad.json');
    await writeFile(file, '{\n  "scenarios": [\n    { "code": "S1", }\n  ]\n}');
    const fault = await faultOf(readJsonFile(file));
    expect(fault).toMatchObject({ key: 'cli.scenarios.badJsonAt', params: { file, line: 3, column: 21 }, exitCode: 2 });
  });

  it('reads a file that starts with a byte-order mark', async () => {
    const file = join(dir, 'bom.json');
    await writeFile(file, '\uFEFF{ "scenarios": [] }');
    expect(await readJsonFile(file)).toEqual({ scenarios: [] });
  });
});
