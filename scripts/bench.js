#!/usr/bin/env node
'use strict';
// `npm run bench`: speed and memory of the main job, printed, never asserted.
// Runs on the compiled CLI code (dist/), over the bundled sample and over a
// dataset ten times larger (budget and staff rows repeated, sites renamed).
const { performance } = require('node:perf_hooks');
const { readTables, writeSample, writePlan } = require('../dist/adapters/exceljs');
const { validateWorkbook } = require('../dist/data');
const { buildModel } = require('../dist/plan');
const { sampleTables } = require('../dist/sample');

const RUNS = Number(process.env.BENCH_RUNS || 5);
const GENERATED_AT = new Date('2026-01-15T09:00:00Z');

/** The sample with every Sites, Budgets and Effectifs row repeated `factor` times (copies get new site codes). */
function scaledTables(factor) {
  const tables = sampleTables();
  const copy = (table, siteColumn, codeColumn) => {
    const headers = tables[table].headers;
    const site = headers.indexOf(siteColumn);
    const code = codeColumn ? headers.indexOf(codeColumn) : -1;
    const rows = [];
    for (let k = 0; k < factor; k += 1) {
      for (const row of tables[table].rows) {
        const next = row.slice();
        const suffix = k === 0 ? '' : `-${k}`;
        if (site >= 0 && typeof next[site] === 'string' && next[site] !== '') next[site] = `${next[site]}${suffix}`;
        if (code >= 0 && typeof next[code] === 'string') next[code] = `${next[code]}${suffix}`;
        rows.push(next);
      }
    }
    return { headers, rows };
  };
  return {
    Partenaires: tables.Partenaires,
    Sites: copy('Sites', null, 'Code'),
    Budgets: copy('Budgets', 'Site', null),
    Effectifs: copy('Effectifs', 'Site', null),
  };
}

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed(fn) {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

async function benchDataset(label, tables) {
  const input = await writeSample('fr', tables);
  const steps = { read: [], validate: [], build: [], write: [], total: [] };
  let last;
  let peakRss = process.memoryUsage().rss;
  for (let run = 0; run < RUNS; run += 1) {
    const read = await timed(() => readTables(input));
    const validated = await timed(() => validateWorkbook(read.value));
    if (!validated.value.ok) throw new Error(`${label}: the dataset does not validate`);
    const built = await timed(() => buildModel(validated.value.value, { lang: 'fr', generatedAt: GENERATED_AT, productVersion: 'bench', warnings: validated.value.warnings }));
    const written = await timed(() => writePlan(built.value.plan));
    steps.read.push(read.ms);
    steps.validate.push(validated.ms);
    steps.build.push(built.ms);
    steps.write.push(written.ms);
    steps.total.push(read.ms + validated.ms + built.ms + written.ms);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    last = { data: validated.value.value, plan: built.value.plan, bytes: written.value.length };
  }
  const cells = last.plan.sheets.reduce((n, s) => n + s.cells.length, 0);
  const formulas = last.plan.sheets.reduce((n, s) => n + s.cells.filter((c) => c.formula !== undefined).length, 0);
  return {
    dataset: label,
    budgetLines: last.data.budgets.length,
    staffGroups: last.data.staff.length,
    sites: last.data.sites.length,
    planCells: cells,
    formulaCells: formulas,
    inputKiB: Math.round(input.length / 1024),
    modelKiB: Math.round(last.bytes / 1024),
    'read ms': median(steps.read).toFixed(0),
    'validate ms': median(steps.validate).toFixed(1),
    'build ms': median(steps.build).toFixed(0),
    'write ms': median(steps.write).toFixed(0),
    'total ms': median(steps.total).toFixed(0),
    'peak RSS MiB': (peakRss / 2 ** 20).toFixed(0),
  };
}

async function main() {
  console.log(`Cooperation Modeler bench — Node ${process.version}, median of ${RUNS} runs, read → validate → build plan → write .xlsx`);
  const rows = [];
  rows.push(await benchDataset('sample', sampleTables()));
  rows.push(await benchDataset('sample ×10', scaledTables(10)));
  console.table(rows);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
