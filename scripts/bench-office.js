'use strict';
// The add-in path on the recording fake Excel of test/office: a regeneration (the plan written
// twice, the second run measured, as test/office/sync-budget.test.ts does), its syncs and its
// largest request in bytes (JSON length of what one sync carries).
const { join } = require('node:path');

/** Syncs and request bytes of writing `plan` into a workbook that already holds it. */
async function officeRoundTrips(compiledDir, plan) {
  const { FakeExcel } = require(join(compiledDir, 'test', 'office', 'fake-excel.js'));
  require(join(compiledDir, 'test', 'charts', 'fake-charts.js')).installFakeCharts();
  const { writePlan, DEFAULT_MAX_REQUEST_BYTES } = require(join(compiledDir, 'src', 'adapters', 'office', 'index.js'));
  const excel = new FakeExcel();
  excel.addSheet('Feuil1');
  const options = { run: excel.run, supports: () => true };
  await writePlan(plan, options);
  const start = excel.requests.length;
  const report = await writePlan(plan, options);
  const requests = excel.requests.slice(start);
  return {
    syncs: report.syncs,
    sheets: plan.sheets.length,
    largestRequestBytes: Math.max(...requests.map((r) => r.bytes)),
    totalBytes: requests.reduce((n, r) => n + r.bytes, 0),
    budgetBytes: DEFAULT_MAX_REQUEST_BYTES,
  };
}

module.exports = { officeRoundTrips };
