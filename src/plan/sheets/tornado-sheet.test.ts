import { describeFindings, lintPlan } from '../../../test/lint';
import { sampleData } from '../../../test/harness/sample-model';
import { defaultScenarios } from '../../engine/scenarios/default-scenarios';
import { scenarioGlobals } from '../../engine/scenarios/scenario-globals';
import { sensitivityResults } from '../../engine/sensitivity/sensitivity-results';
import { createSheetContext } from '../sheet-context';
import { buildMonteCarloSheet } from './monte-carlo-sheet';
import { sensitivityPlan } from './tornado-sheet.test-support';

describe('the tornado and Monte Carlo sheets', () => {
  const built = sensitivityPlan(sampleData(), 'fr', { draws: 500 });
  const sheet = (key: string) => built.plan.sheets.find((s) => s.key === key)!;

  it('keep the formula rules of MODELLING.md (no constant, one formula per row of years, allowed functions)', () => {
    expect(describeFindings(lintPlan(built.plan))).toBe('');
  });

  it('list the drivers sorted largest swing first, with the engine’s swings as expected values', () => {
    const tornado = sheet('tornado');
    const s1 = built.sensitivity.scenarios[0].tornado;
    const swings = s1.order.map((i) => s1.bars[i].swingEur);
    const sortedSwingCells = tornado.cells.filter((c) => c.col === 7 && typeof c.expected === 'number' && c.formula?.startsWith('INDEX('));
    expect(sortedSwingCells.slice(0, swings.length).map((c) => c.expected)).toEqual(swings);
    expect(swings[0]).toBeGreaterThan(0);
  });

  it('stamp the Monte Carlo values with the seed and the number of draws', () => {
    const mc = sheet('monteCarlo');
    // Its only formulas are checks: the frame's master check and "still drawn from the assumptions sheet's values".
    expect(mc.cells.filter((c) => c.formula !== undefined && typeof c.expected !== 'boolean')).toEqual([]);
    const values = mc.cells.map((c) => c.value);
    expect(values).toContain(built.sensitivity.settings.seed);
    expect(values).toContain(500);
    expect(values).toContain(built.sensitivity.scenarios[0].monteCarlo.p50Eur);
  });
});

describe('the sensitivity inputs of the assumptions sheet', () => {
  it('each feed a formula of the tornado or Monte Carlo sheet (the value, low and high of every driver, seed, draws, distribution)', () => {
    const built = sensitivityPlan(sampleData(), 'fr', { draws: 50 });
    const formulas = built.plan.sheets.filter((s) => s.key === 'tornado' || s.key === 'monteCarlo')
      .flatMap((s) => s.cells.map((c) => c.formula ?? '')).join(' ');
    const hyp = built.plan.sheets.find((s) => s.key === 'assumptions')!;
    const keyRows = hyp.cells.filter((c) => c.col === 1 && typeof c.value === 'string' && String(c.value).startsWith('sensitivity.'));
    expect(keyRows).toHaveLength(7);
    for (const k of keyRows) {
      for (const c of hyp.cells.filter((x) => x.row === k.row && x.style === 'input')) {
        const letters = String.fromCharCode(64 + c.col);
        expect({ key: k.value, col: letters, read: formulas.includes(`'Hypothèses'!$${letters}$${c.row}`) }).toMatchObject({ read: true });
      }
    }
  });
});

describe('the Monte Carlo sheet’s up-to-date check', () => {
  it('expects TRUE when the results were drawn with the sheet’s seed and draws, FALSE otherwise', () => {
    const built = sensitivityPlan(sampleData(), 'en', { draws: 50 });
    const mc = built.plan.sheets.find((s) => s.key === 'monteCarlo')!;
    const upToDate = mc.cells.find((c) => c.row === 8 && c.col === 3)!;
    expect(upToDate.formula).toMatch(/^AND\(\$C\$5='Assumptions'!/);
    expect(upToDate.expected).toBe(true);
    // Drawn with another seed (as `--seed` would): the same cell expects FALSE, and the check is a warning.
    const data = sampleData();
    const ctx = createSheetContext(data, 'en', 2024, {}, ['S1', 'S2', 'S3']);
    const entries = ctx.entries;
    const results = sensitivityResults(data, defaultScenarios(data), scenarioGlobals(entries), entries, { seed: 1, draws: 20 });
    const stale = buildMonteCarloSheet(ctx, { results, dataYear: 2024, masterCheck: true });
    expect(stale.sheet.cells.find((c) => c.row === 8 && c.col === 3)?.expected).toBe(false);
    expect(stale.checks).toEqual([expect.objectContaining({ key: 'monteCarlo.upToDate', expected: false, severity: 'warning' })]);
  });
});
