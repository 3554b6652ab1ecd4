// A failure at each possible round trip of a generation (a whole request refused,
// or a request failing after any number of its operations) leaves the user's
// sheets unchanged; before the commit request it leaves the whole workbook as it
// was; in the commit request, Excel applies the operations before the failing one
// (a request is not a transaction), so only the user's sheets are guaranteed.
import { PlanWriteError, REGISTRY_NAME, writePlan } from '../../src/adapters/office';
import type { WorkbookPlan } from '../../src/plan/types';
import { smallPlan } from '../plan-fixtures';
import { FakeExcel } from './fake-excel';
import { snapshot } from './fake-state';

const modern = (): boolean => true;

/** smallPlan with a cover holding a registry and naming its header, as the model's cover does. */
function planWithCover(savings: number): WorkbookPlan {
  const base = smallPlan();
  const keys = ['cover', ...base.sheets.map((s) => s.key)];
  const names = ['Sommaire', ...base.sheets.map((s) => s.name)];
  const cover = {
    ...base.sheets[3],
    key: 'cover',
    name: 'Sommaire',
    class: 'cover' as const,
    protect: true,
    cells: [
      { row: 1, col: 1, value: 'Sommaire' },
      { row: 3, col: 1, value: 'Clé' },
      { row: 3, col: 2, value: 'Feuille' },
      ...keys.flatMap((key, i) => [
        { row: 4 + i, col: 1, value: key },
        { row: 4 + i, col: 2, value: names[i] },
      ]),
    ],
    conditionalFormats: [],
    print: null,
  };
  const sheets = base.sheets.map((s) =>
    s.key === 'assumptions' ? { ...s, cells: s.cells.map((c) => (c.row === 4 && c.col === 2 ? { ...c, value: savings } : c)) } : s,
  );
  return { ...base, sheets: [cover, ...sheets], names: [...base.names, { name: REGISTRY_NAME, sheetKey: 'cover', row: 3, col: 1 }] };
}

/** A workbook with the user's sheets around a model written from `planWithCover(0.1)`. */
async function workbookWithModel(): Promise<FakeExcel> {
  const excel = new FakeExcel();
  const notes = excel.addSheet('Mes notes');
  notes.cells.set('1:1', { value: null, formula: "'Hypothèses'!B4*100", format: {} });
  await writePlan(planWithCover(0.1), { run: excel.run, supports: modern });
  const after = excel.addSheet('Analyse perso');
  after.cells.set('1:1', { value: 'ma feuille', format: { fill: { color: '#FFFF00' } } });
  return excel;
}

function userSheets(excel: FakeExcel): unknown {
  const all = snapshot(excel.state) as { sheets: { name: string }[] };
  return all.sheets.filter((s) => s.name === 'Mes notes' || s.name === 'Analyse perso');
}

describe.each([
  ['one content request', undefined],
  ['content cut into several requests', 2_500],
])('a failing round trip during a regeneration (%s)', (_label, maxRequestBytes) => {
  const options = { supports: modern, maxRequestBytes };
  let syncs: number;
  let opsBySync: number[];
  beforeAll(async () => {
    const excel = await workbookWithModel();
    const start = excel.requests.length;
    const report = await writePlan(planWithCover(0.2), { ...options, run: excel.run });
    syncs = report.syncs;
    opsBySync = excel.requests.slice(start).map((r) => r.ops);
  });

  it('takes two reads and at least one write', () => {
    expect(syncs).toBeGreaterThanOrEqual(maxRequestBytes === undefined ? 3 : 5);
  });

  it('leaves the workbook as it was when any request fails before the commit, and the user sheets always', async () => {
    let commitCases = 0;
    let buildCases = 0;
    let failures = 0;
    for (let k = 1; k <= syncs; k += 1) {
      for (let afterOps = 0; afterOps <= opsBySync[k - 1]; afterOps += 1) {
        const excel = await workbookWithModel();
        const before = snapshot(excel.state);
        const users = userSheets(excel);
        excel.failAt(k, afterOps);
        const error = await writePlan(planWithCover(0.2), { ...options, run: excel.run }).then(
          () => null,
          (e: unknown) => e,
        );
        excel.clearFault();
        expect(error).toBeInstanceOf(PlanWriteError);
        failures += 1;
        const phase = (error as PlanWriteError).phase;
        expect(userSheets(excel)).toEqual(users);
        expect(excel.state.sheets.some((s) => s.name.startsWith('~coop'))).toBe(false);
        if (phase === 'build') buildCases += 1;
        if (phase === 'commit') {
          commitCases += 1;
          // Refused whole, the commit request changed nothing either.
          if (afterOps === 0) expect(snapshot(excel.state)).toEqual(before);
        } else {
          expect(snapshot(excel.state)).toEqual(before);
        }
      }
    }
    expect(failures).toBe(opsBySync.reduce((a, b) => a + b + 1, 0));
    expect(commitCases).toBeGreaterThan(0);
    if (maxRequestBytes !== undefined) expect(buildCases).toBeGreaterThan(0);
  });

  it('leaves only the user sheets when any request of the first generation is refused', async () => {
    const fresh = async (): Promise<FakeExcel> => {
      const excel = new FakeExcel();
      excel.addSheet('Mes notes').cells.set('1:1', { value: 'x', format: {} });
      return excel;
    };
    const probe = await fresh();
    const report = await writePlan(planWithCover(0.2), { ...options, run: probe.run });
    for (let k = 1; k <= report.syncs; k += 1) {
      const excel = await fresh();
      const before = snapshot(excel.state);
      excel.failAt(k);
      await expect(writePlan(planWithCover(0.2), { ...options, run: excel.run })).rejects.toBeInstanceOf(PlanWriteError);
      excel.clearFault();
      expect(snapshot(excel.state)).toEqual(before);
    }
  });

  it('regenerates cleanly after a failed attempt', async () => {
    const excel = await workbookWithModel();
    excel.failAt(3, 5);
    await expect(writePlan(planWithCover(0.2), { ...options, run: excel.run })).rejects.toBeInstanceOf(PlanWriteError);
    excel.clearFault();
    await writePlan(planWithCover(0.3), { ...options, run: excel.run });
    expect(excel.sheet('Hypothèses').cells.get('4:2')?.value).toBe(0.3);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Mes notes', 'Sommaire', 'Hypothèses', 'Données', "L'analyse", 'Synthèse', 'Analyse perso']);
  });
});

describe('a failing round trip without ExcelApi 1.9 (content written in place)', () => {
  const legacy = (v: string): boolean => Number(v) <= 1.7;

  it("never touches the user's sheets, whichever request fails after however many operations", async () => {
    const probe = await workbookWithModel();
    const start = probe.requests.length;
    const report = await writePlan(planWithCover(0.2), { run: probe.run, supports: legacy });
    const opsBySync = probe.requests.slice(start).map((r) => r.ops);
    for (let k = 1; k <= report.syncs; k += 1) {
      for (let afterOps = 0; afterOps <= opsBySync[k - 1]; afterOps += 3) {
        const excel = await workbookWithModel();
        const users = userSheets(excel);
        excel.failAt(k, afterOps);
        await expect(writePlan(planWithCover(0.2), { run: excel.run, supports: legacy })).rejects.toBeInstanceOf(PlanWriteError);
        excel.clearFault();
        expect(userSheets(excel)).toEqual(users);
      }
    }
  });
});
