'use strict';
// Monte Carlo against its own floor: 10 000 draws of the drivers, each evaluating a scenario's
// closed form, summarised (engine/sensitivity, issue 7) — next to 10 000 evaluations of the same
// closed form at the reference values (no drawing, no summary).
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');

const DRAWS = 10_000;

/** The entry points the measure needs, or null while issue 7 has not delivered them. */
function sensitivityApi(distDir) {
  try {
    const s = require(join(distDir, 'engine', 'sensitivity'));
    const needed = ['sensitivityDrivers', 'referenceValues', 'scenarioClosedForm', 'drawDrivers', 'seededUniform', 'monteCarloSummary'];
    return needed.every((name) => typeof s[name] === 'function') ? s : null;
  } catch {
    return null;
  }
}

/** Median ms of the full Monte Carlo and of the bare evaluations, first default scenario; null when pending. */
function monteCarloTimes(distDir, data, runs) {
  const s = sensitivityApi(distDir);
  if (!s) return null;
  const { modelAssumptions } = require(join(distDir, 'engine', 'model-assumptions'));
  const { defaultScenarios, scenarioBases, scenarioGlobals } = require(join(distDir, 'engine', 'scenarios'));
  const year = data.partners.find((p) => p.year !== null)?.year ?? 2025;
  const entries = modelAssumptions(year, {});
  const globals = scenarioGlobals(entries);
  const bases = scenarioBases(data);
  const definition = defaultScenarios(data)[0];
  const drivers = s.sensitivityDrivers(entries);
  const form = s.scenarioClosedForm(bases, definition, globals, drivers);
  const reference = s.referenceValues(drivers);
  const monteCarlo = [];
  const closedForm = [];
  let sink = 0;
  // One untimed round first, so that both sides are measured on optimised code; the runs are cheap
  // (a few ms each) and a busy machine moves single runs by 2×, so at least 31 of them, median taken.
  for (let run = -1; run < Math.max(runs, 31); run += 1) {
    let start = performance.now();
    const draws = s.drawDrivers(drivers, DRAWS, false, s.seededUniform(run + 1));
    sink += s.monteCarloSummary(form, draws).meanEur;
    if (run >= 0) monteCarlo.push(performance.now() - start);
    start = performance.now();
    for (let i = 0; i < DRAWS; i += 1) sink += form.evaluate(reference).npvEur;
    if (run >= 0) closedForm.push(performance.now() - start);
  }
  if (!Number.isFinite(sink)) throw new Error('Monte Carlo gave a non-finite figure');
  const median = (v) => v.slice().sort((a, b) => a - b)[Math.floor(v.length / 2)];
  return { draws: DRAWS, monteCarloMs: median(monteCarlo), closedFormMs: median(closedForm), scenario: definition.code };
}

module.exports = { monteCarloTimes, DRAWS };
