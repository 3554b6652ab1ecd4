#!/usr/bin/env node
'use strict';
// `npm run bench` (issue 9): figures printed next to their targets, never asserted.
//   BENCH_RUNS=3      timed runs per CLI / floor figure (median)
//   BENCH_LO_RUNS=1   LibreOffice recalculations per model (median)
//   BENCH_SKIP=lo,bundle,memory,office,mc   leave sections out (quick runs)
// Runs the compiled code of dist/ (npm run bench compiles it first) on synthetic cooperations
// (src/sample/synthetic.ts): "tenth" and "large", and a 100 000-budget-line case for memory.
const { execFileSync } = require('node:child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { readFile, writeFile } = require('node:fs/promises');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const { readTables, writeSample, writePlan } = require('../dist/adapters/exceljs');
const { validateWorkbook } = require('../dist/data');
const { buildModel } = require('../dist/plan');
const { main: cliMain } = require('../dist/cli/main');
const { syntheticTables, SYNTHETIC_SIZES } = require('../dist/sample/synthetic');
const { planGrid, floorVariants } = require('./bench-floor');
const { transpileForBench } = require('./bench-transpile');
const { officeRoundTrips } = require('./bench-office');
const { libreOfficeTimes, median } = require('./bench-libreoffice');
const { taskPaneInitialJs } = require('./bench-bundle');
const { monteCarloTimes } = require('./bench-monte-carlo');
const { machine } = require('./bench-machine');
const { row, report, ms, mib, kb, ratio } = require('./bench-report');

const RUNS = Number(process.env.BENCH_RUNS || 3);
const LO_RUNS = Number(process.env.BENCH_LO_RUNS || 1);
const SKIP = new Set((process.env.BENCH_SKIP || '').split(',').filter(Boolean));
const GENERATED_AT = new Date('2026-01-15T09:00:00Z');
const DIST = join(__dirname, '..', 'dist');

const TARGET = { ratio: 1.5, requestBytes: 4_000_000, loGrowth: 12, bundleBytes: 350_000, mcRatio: 2, memoryBytes: 2 ** 30 };

function cpuMs(since) {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

async function timed(fn) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, cpu: cpuMs(cpu), value };
}

/** Output of the in-process command, thrown away: the bench prints its own table. */
const SILENT_IO = { stdout: () => undefined, stderr: () => undefined, env: {} };

/**
 * The CLI, RUNS times each way: `coop-model build <in> -o <out>` run in this process, file to file
 * (the figure compared with the floor), and its four steps timed one by one on the same bytes
 * (read → validate → build → write, the breakdown).
 */
async function cliTimes(input, inputPath, outputPath) {
  const wall = [];
  const cpu = [];
  const stepsWall = [];
  const steps = { read: [], validate: [], build: [], write: [] };
  let last;
  // One untimed command first: the first run of a process also loads and compiles the modules.
  for (let run = -1; run < RUNS; run += 1) {
    const command = await timed(() => cliMain(['node', 'coop-model', 'build', inputPath, '-o', outputPath], SILENT_IO));
    if (command.value !== 0) throw new Error(`coop-model build exited with ${command.value}`);
    if (run < 0) continue;
    wall.push(command.ms);
    cpu.push(command.cpu);
    const read = await timed(() => readTables(input));
    const validated = await timed(() => validateWorkbook(read.value));
    if (!validated.value.ok) throw new Error('the synthetic data does not validate');
    const built = await timed(() => buildModel(validated.value.value, { lang: 'fr', generatedAt: GENERATED_AT, productVersion: 'bench', warnings: validated.value.warnings }));
    const written = await timed(() => writePlan(built.value.plan));
    const parts = [read, validated, built, written];
    ['read', 'validate', 'build', 'write'].forEach((k, i) => steps[k].push(parts[i].ms));
    stepsWall.push(parts.reduce((n, p) => n + p.ms, 0));
    last = { data: validated.value.value, plan: built.value.plan, model: written.value };
  }
  return {
    wallMs: median(wall), cpuMs: median(cpu), stepsWallMs: median(stepsWall),
    steps: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, median(v)])), ...last,
  };
}

/**
 * Every reader and writer of the floor, RUNS times each, file to file like the command: each reader
 * reads the input file, each writer writes the output file. The fastest of each kind make the floor.
 */
async function floorTimes(inputPath, outputPath, plan) {
  const { readers, writers, sheetJsInstalled } = floorVariants();
  const grid = planGrid(plan);
  const measure = async (variants, run) => {
    const out = {};
    for (const [name, fn] of Object.entries(variants)) {
      const wall = [];
      const cpu = [];
      for (let i = 0; i < RUNS; i += 1) {
        const t = await timed(() => run(fn));
        wall.push(t.ms);
        cpu.push(t.cpu);
      }
      out[name] = { wallMs: median(wall), cpuMs: median(cpu) };
    }
    return out;
  };
  const read = await measure(readers, async (fn) => fn(await readFile(inputPath)));
  const write = await measure(writers, async (fn) => writeFile(outputPath, await fn(grid)));
  const best = (m) => Object.entries(m).sort((a, b) => a[1].wallMs - b[1].wallMs)[0];
  const [readName, readBest] = best(read);
  const [writeName, writeBest] = best(write);
  return {
    read, write, sheetJsInstalled, readName, writeName,
    wallMs: readBest.wallMs + writeBest.wallMs,
    cpuMs: Math.min(...Object.values(read).map((r) => r.cpuMs)) + Math.min(...Object.values(write).map((w) => w.cpuMs)),
  };
}

/** The version of the SheetJS package the floor found. */
function sheetJsVersion() {
  try {
    return require('xlsx').version;
  } catch {
    return 'unknown';
  }
}

/** Peak RSS of `coop-model build` in a fresh process. */
function cliPeakRss(inputPath, outputPath) {
  const text = execFileSync(process.execPath, [join(__dirname, 'bench-rss-child.js'), inputPath, outputPath], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(text.trim().split('\n').pop());
}

/** Runs one section; a failure (another feature half-done in the tree…) becomes a row, not the end of the bench. */
async function section(rows, name, body) {
  try {
    await body();
  } catch (error) {
    const cause = error && error.cause ? ` (cause: ${error.cause.message || error.cause})` : '';
    rows.push(row(name, '—', `failed: ${(error && error.message) || error}${cause}`.slice(0, 200), '', 'miss'));
    console.error(`${name} failed:`, error);
  }
}

async function main() {
  const started = new Date();
  const work = mkdtempSync(join(tmpdir(), 'coop-bench-'));
  const rows = [];
  const notes = [];
  const sizes = ['tenth', 'large'];
  const results = {};
  console.log(`Cooperation Modeler bench — Node ${process.version}, ${RUNS} runs per timed figure (median)`);
  try {
    for (const size of sizes) {
      const tables = syntheticTables(SYNTHETIC_SIZES[size]);
      const input = await writeSample('fr', tables);
      const inputPath = join(work, `${size}-input.xlsx`);
      writeFileSync(inputPath, input);
      console.log(`${size}: ${tables.Budgets.rows.length} budget lines — CLI path…`);
      const cli = await cliTimes(input, inputPath, join(work, `${size}-cli.xlsx`));
      console.log(`${size}: floor…`);
      const floor = await floorTimes(inputPath, join(work, `${size}-floor.xlsx`), cli.plan);
      results[size] = { input, cli, floor };
      const cells = cli.plan.sheets.reduce((n, s) => n + s.cells.length, 0);
      const r = cli.wallMs / floor.wallMs;
      rows.push(row('CLI `coop-model build in -o out`, in process, file to file', size, `${ms(cli.wallMs)} (cpu ${ms(cli.cpuMs)})`, '', 'info'));
      rows.push(row('  steps read / validate / build / write', size, `${Object.values(cli.steps).map((v) => Math.round(v)).join(' / ')} ms (sum ${ms(cli.stepsWallMs)})`, '', 'info'));
      rows.push(row(`Floor: ${floor.readName} read + ${floor.writeName} write, file to file`, size, `${ms(floor.wallMs)} (cpu ${ms(floor.cpuMs)})`, '', 'info'));
      for (const [kind, variants] of [['read', floor.read], ['write', floor.write]]) {
        rows.push(row(`  floor ${kind} variants`, size, Object.entries(variants).map(([n, v]) => `${n} ${Math.round(v.wallMs)}`).join(', ') + ' ms', '', 'info'));
      }
      rows.push(row('CLI / floor', size, `${ratio(r)} (cpu ${ratio(cli.cpuMs / floor.cpuMs)})`, `≤ ${TARGET.ratio}×`, r <= TARGET.ratio ? 'pass' : 'miss'));
      rows.push(row('  model written', size, `${cli.plan.sheets.length} sheets, ${cells.toLocaleString('en-US')} cells, ${kb(cli.model.length)}`, '', 'info'));
    }
    notes.push('The CLI reads the partner tables with its own reader (src/adapters/xlsx-read) and writes each row\'s XML itself (src/adapters/exceljs/stream-row-xml.ts), which is why its read and write steps can be faster than the floor\'s libraries; the floor is the issue\'s: plain Node xlsx libraries, no model.');
    if (results.large.floor.sheetJsInstalled) notes.push(`SheetJS (npm \`xlsx\`) ${sheetJsVersion()} was found (${require.resolve('xlsx')}) and tried for the floor; it is not a dependency of the project (its npm releases stop at 0.18.5, with open advisories).`);
    if (!results.large.floor.sheetJsInstalled) notes.push('SheetJS (npm `xlsx`) is not installed: the floor uses the fastest ExcelJS reader and writer; install it without saving it (`npm install --no-save xlsx`, or NODE_PATH pointing at a copy) and re-run to include it.');

    let compiled = null;
    const compile = () => {
      if (!compiled) {
        compiled = join(work, 'compiled');
        transpileForBench(compiled);
      }
      return compiled;
    };

    if (!SKIP.has('office')) await section(rows, 'Add-in path on the recording fake', async () => {
      for (const size of sizes) {
        console.log(`${size}: add-in path on the recording fake…`);
        const o = await officeRoundTrips(compile(), results[size].cli.plan);
        const limit = 2 + o.sheets;
        rows.push(row('Add-in: syncs of a regeneration', size, String(o.syncs), `≤ 2 + ${o.sheets} sheets = ${limit}`, o.syncs <= limit ? 'pass' : 'miss'));
        rows.push(row('Add-in: largest request', size, `${o.largestRequestBytes.toLocaleString('en-US')} bytes (all ${o.totalBytes.toLocaleString('en-US')})`, '< 4 MB (4,000,000 bytes)', o.largestRequestBytes < TARGET.requestBytes ? 'pass' : 'miss'));
      }
    });

    if (!SKIP.has('lo')) await section(rows, 'LibreOffice recalculation', async () => {
      console.log('LibreOffice recalculation…');
      const lo = await libreOfficeTimes(compile(), { tenth: results.tenth.cli.model, large: results.large.cli.model }, LO_RUNS);
      if (lo === null) {
        rows.push(row('LibreOffice recalculation', 'both', 'soffice not found', `large / tenth ≤ ${TARGET.loGrowth}`, 'pending'));
      } else {
        for (const size of sizes) rows.push(row('LibreOffice open + recalculate + save (start-up subtracted)', size, `${ms(lo[size].recalcMs)} (total ${ms(lo[size].totalMs)})`, '', 'info'));
        rows.push(row('LibreOffice start-up (one-cell workbook)', '—', ms(lo.startUpMs), '', 'info'));
        const growth = lo.large.recalcMs / lo.tenth.recalcMs;
        rows.push(row('LibreOffice growth large / tenth', '10× data', `${ratio(growth)} (with start-up ${ratio(lo.large.totalMs / lo.tenth.totalMs)})`, `≤ ${TARGET.loGrowth}×`, growth <= TARGET.loGrowth ? 'pass' : 'miss'));
      }
    });

    if (!SKIP.has('bundle')) await section(rows, 'Task pane initial JS', async () => {
      console.log('Task pane bundle (webpack production)…');
      const b = await taskPaneInitialJs(join(work, 'bundle'));
      rows.push(row('Task pane initial JS, gzipped', '—', `${kb(b.gzipBytes)} (raw ${kb(b.rawBytes)}; ${b.files.join(', ')})`, '≤ 350 KB', b.gzipBytes <= TARGET.bundleBytes ? 'pass' : 'miss'));
      notes.push(`Loaded on demand, not counted: ${b.lazyFiles.join(', ') || 'none'}.`);
    });

    if (!SKIP.has('mc')) await section(rows, 'Monte Carlo', async () => {
      const mc = monteCarloTimes(DIST, results.large.cli.data, RUNS);
      if (mc === null) {
        rows.push(row('Monte Carlo 10,000 draws / 10,000 closed-form evaluations', 'large', 'pending (issue 7)', '≤ 2×', 'pending'));
      } else {
        const r = mc.monteCarloMs / mc.closedFormMs;
        rows.push(row(`Monte Carlo ${mc.draws.toLocaleString('en-US')} draws vs closed form (${mc.scenario})`, 'large', `${mc.monteCarloMs.toFixed(2)} ms vs ${mc.closedFormMs.toFixed(2)} ms = ${ratio(r)}`, '≤ 2×', r <= TARGET.mcRatio ? 'pass' : 'miss'));
      }
    });

    if (!SKIP.has('memory')) await section(rows, 'CLI peak memory', async () => {
      for (const size of ['large', 'memory']) {
        console.log(`${size}: peak memory of coop-model build…`);
        const inputPath = join(work, `${size}.xlsx`);
        writeFileSync(inputPath, size === 'large' ? results.large.input : await writeSample('fr', syntheticTables(SYNTHETIC_SIZES.memory)));
        const m = cliPeakRss(inputPath, join(work, `${size}-model.xlsx`));
        const lines = SYNTHETIC_SIZES[size].budgetLines.toLocaleString('en-US');
        if (size === 'large') rows.push(row('CLI peak RSS (fresh process)', `large (${lines} lines)`, `${mib(m.maxRssBytes)} in ${ms(m.ms)}`, '', 'info'));
        else rows.push(row('CLI peak RSS (fresh process)', `${lines} budget lines`, m.code === 0 ? `${mib(m.maxRssBytes)} in ${ms(m.ms)}` : `failed: ${m.error}`, '< 1 GiB, completes', m.code === 0 && m.maxRssBytes < TARGET.memoryBytes ? 'pass' : 'miss'));
      }
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  notes.push('Wall-clock times are medians; cpu = user + system time of the process (all threads), steadier than wall time on a busy machine.');
  notes.push('Sizes: tenth = 2 partners, 20 sites, 2,000 budget lines, 200 staff lines; large = 20, 200, 20,000, 2,000 (3 default scenarios); memory = 20, 1,000, 100,000, 10,000.');
  report(rows, { machine: machine(), date: started.toISOString().slice(0, 16).replace('T', ' ') + ' UTC', runs: RUNS, notes });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
