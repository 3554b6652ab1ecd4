// The round trips and request sizes of a full generation, printed for the sample
// and for a ten-times larger dataset: at most 2 + sheets syncs while each sheet
// fits one request, beyond that one more sync per extra request of bytes — never
// one per row or cell.
import { DEFAULT_MAX_REQUEST_BYTES, writePlan, type WritePlanReport } from '../../src/adapters/office';
import type { WorkbookPlan } from '../../src/plan/types';
import { FakeExcel } from './fake-excel';
import { modelPlan, scaledSample } from './model-fixtures';

const modern = (): boolean => true;

interface Run {
  readonly report: WritePlanReport;
  readonly excel: FakeExcel;
  readonly cells: number;
}

async function generate(plan: WorkbookPlan, maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES): Promise<Run> {
  const excel = new FakeExcel();
  excel.addSheet('Feuil1');
  await writePlan(plan, { run: excel.run, supports: modern, maxRequestBytes });
  // A regeneration reads the previous registry too: the full count.
  const start = excel.requests.length;
  const report = await writePlan(plan, { run: excel.run, supports: modern, maxRequestBytes });
  expect(excel.requests.length - start).toBe(report.syncs);
  return { report, excel: withRequests(excel, start), cells: plan.sheets.reduce((n, s) => n + s.cells.length, 0) };
}

function withRequests(excel: FakeExcel, start: number): FakeExcel {
  excel.requests.splice(0, start);
  return excel;
}

function describeRun(label: string, run: Run, sheets: number): string {
  const largest = Math.max(...run.excel.requests.map((r) => r.bytes));
  const total = run.excel.requests.reduce((n, r) => n + r.bytes, 0);
  return `${label}: ${run.cells} cells, ${sheets} sheets, ${run.report.syncs} syncs, largest request ${largest} bytes, all requests ${total} bytes`;
}

describe('round trips of a full generation', () => {
  let sample: Run;
  let large: Run;
  let sheets: number;
  beforeAll(async () => {
    const plan = modelPlan('fr');
    sheets = plan.sheets.length;
    sample = await generate(plan);
    large = await generate(modelPlan('fr', scaledSample(10)));
    process.stdout.write(`${describeRun('sample', sample, sheets)}\n${describeRun('sample x10', large, sheets)}\n`);
  });

  it('stays within 2 + sheets syncs for the sample and for ten times its rows', () => {
    expect(sample.report.syncs).toBeLessThanOrEqual(2 + sheets);
    expect(large.report.syncs).toBeLessThanOrEqual(2 + sheets);
    // The data sheet grows tenfold; the scenario, risk and reference sheets keep their size.
    expect(large.cells).toBeGreaterThan(2 * sample.cells);
  });

  it('needs one more write request only per budget of bytes, whatever the rows', () => {
    for (const run of [sample, large]) {
      const total = run.excel.requests.reduce((n, r) => n + r.bytes, 0);
      const writes = run.report.syncs - 2;
      // ⌈bytes / budget⌉ requests, plus at most one when a block or the commit does not fit the last.
      expect(writes).toBeLessThanOrEqual(Math.ceil(total / DEFAULT_MAX_REQUEST_BYTES) + 1);
    }
  });

  it('keeps every request under the 4 MB budget (as the fake measures it) and under Excel on the web’s 5 MB', () => {
    for (const run of [sample, large]) {
      for (const r of run.excel.requests) expect(r.bytes).toBeLessThanOrEqual(DEFAULT_MAX_REQUEST_BYTES);
    }
  });

  it('adds syncs only with the bytes: a budget a tenth of the content costs about ten write requests', async () => {
    const plan = modelPlan('fr', scaledSample(10));
    const total = large.excel.requests.reduce((n, r) => n + r.bytes, 0);
    const budget = Math.ceil(total / 10);
    const cut = await generate(plan, budget);
    const writes = cut.report.syncs - 2;
    process.stdout.write(`${describeRun(`sample x10, budget ${budget} bytes`, cut, sheets)}\n`);
    // ⌈total / budget⌉ = 10 requests of content, plus at most one per block cut short at a request's end
    // and one for the commit when it does not fit the last request.
    expect(writes).toBeGreaterThanOrEqual(10);
    expect(writes).toBeLessThanOrEqual(2 + sheets + 10);
    for (const r of cut.excel.requests) expect(r.bytes).toBeLessThanOrEqual(budget * 1.05);
  });
});
