// Every fixture workbook through the real reader and validator: exactly the
// issue codes and locations its spec lists. The .xlsx files under
// test/fixtures/{valid,invalid}/ are the ones checked; they must match what the
// spec builds today. After changing the spec or the sample, regenerate them with
//   COOP_WRITE_FIXTURES=1 npx jest test/cli/fixtures.test.ts
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readTables } from '../../src/adapters/exceljs';
import { ISSUE_CODE_LIST, validateWorkbook, type Issue } from '../../src/data';
import { buildWorkbook } from '../fixtures/build-workbook';
import { ALL_FIXTURES, INVALID_FIXTURES, folderOf, type ExpectedIssue, type WorkbookFixture } from '../fixtures/invalid-workbooks';
import { sampleBase } from '../fixtures/sample-base';

const FIXTURES_DIR = join(__dirname, '..', 'fixtures');
const fileOf = (f: WorkbookFixture): string => join(FIXTURES_DIR, folderOf(f), `${f.name}.xlsx`);

async function build(f: WorkbookFixture): Promise<{ bytes: Buffer; expected: ExpectedIssue[] }> {
  const { tables, expected } = f.make(sampleBase());
  return { bytes: Buffer.from(await buildWorkbook(tables).xlsx.writeBuffer()), expected };
}

function located(issue: Issue, withFound: boolean): ExpectedIssue {
  const { code, table, sheet, row, column, cell, found } = issue;
  return { code: code as ExpectedIssue['code'], table, sheet, row, column, cell, ...(withFound ? { found } : {}) };
}


beforeAll(async () => {
  if (process.env.COOP_WRITE_FIXTURES !== '1') return;
  for (const f of ALL_FIXTURES) {
    await mkdir(join(FIXTURES_DIR, folderOf(f)), { recursive: true });
    await writeFile(fileOf(f), (await build(f)).bytes);
  }
});

describe('fixture workbooks', () => {
  it('has at least 20 invalid workbooks and one fixture for every issue code', () => {
    expect(INVALID_FIXTURES.length).toBeGreaterThanOrEqual(20);
    const covered = new Set<string>();
    for (const f of INVALID_FIXTURES) for (const e of f.make(sampleBase()).expected) covered.add(e.code);
    expect(ISSUE_CODE_LIST.filter((code) => !covered.has(code))).toEqual([]);
  });

  it.each(ALL_FIXTURES.map((f) => [f.name, f] as const))('%s gives exactly the issues listed', async (_name, f) => {
    const file = fileOf(f);
    if (!existsSync(file)) throw new Error(`${file} is missing: run COOP_WRITE_FIXTURES=1 npx jest test/cli/fixtures.test.ts`);
    const { bytes, expected } = await build(f);
    // The committed file is what the spec builds today.
    expect(await readTables(file)).toEqual(await readTables(bytes));
    const result = validateWorkbook(await readTables(file));
    // A valid-* fixture validates to usable data; the others may or may not (warnings only).
    if (folderOf(f) === 'valid') expect(result.ok).toBe(true);
    const all = result.ok ? result.warnings : result.issues;
    const issues = all.filter((i) => !(f.tolerated ?? []).includes(i.code as ExpectedIssue['code']));
    // `found` is compared where the spec gives it.
    expect(issues.map((issue, k) => located(issue, expected[k]?.found !== undefined))).toEqual(expected);
  });
});
