// The tornado and histogram builders, written on a small plan: the tornado is stacked horizontal
// bars with the first label on top, the histogram columns; then the sample model's charts of
// both sensitivity sheets, one of each per scenario, checked against the engine's figures.
import { writePlan } from '../../src/adapters/exceljs';
import { translator } from '../../src/i18n';
import { parseSheetRange } from '../../src/adapters/exceljs/charts';
import { buildModel } from '../../src/plan/build-model';
import { histogramChart, tornadoChart, withCharts } from '../../src/plan/charts';
import type { PlanSheet, WorkbookPlan } from '../../src/plan/types';
import { GENERATED_AT, PRODUCT_VERSION, sampleData } from '../harness/sample-model';
import { smallPlan } from '../plan-fixtures';
import { schemaViolations } from './chart-schema';
import { chartsOfSheet, packageProblems, readParts, seriesRefs } from './package-inspect';
import { findAll } from './xml-tree';

const t = translator('en');

describe('the sensitivity charts', () => {
  it('draws the tornado as stacked bars over the change columns, widest first on top, and the histogram as columns', async () => {
    const base = smallPlan();
    const calc = base.sheets.find((s) => s.key === 'calc');
    if (!calc) throw new Error('no calc sheet');
    const tornado = tornadoChart(t, calc, {
      labels: "'L''analyse'!$A$3:$A$5", lowChange: "'L''analyse'!$B$3:$B$5", highChange: "'L''analyse'!$C$3:$C$5",
      lowName: { text: 'Low' }, highName: { text: 'High', ref: "'L''analyse'!$C$2" },
    }, { code: 'S1' });
    const histogram = histogramChart(t, calc, { classes: "'L''analyse'!$B$2:$D$2", counts: "'L''analyse'!$B$4:$D$4", countsName: { text: 'Draws' } }, { code: 'S1', at: 1 });
    const plan: WorkbookPlan = { ...base, sheets: base.sheets.map((s) => (s === calc ? withCharts(s, [tornado, histogram]) : s)) };
    const parts = await readParts(await writePlan(plan));
    expect(packageProblems(parts)).toEqual([]);
    const [tw, hw] = chartsOfSheet(parts, "L'analyse");
    expect(seriesRefs(tw.root).map((s) => [s.val, s.cat])).toEqual([
      ["'L''analyse'!$B$3:$B$5", "'L''analyse'!$A$3:$A$5"], ["'L''analyse'!$C$3:$C$5", "'L''analyse'!$A$3:$A$5"],
    ]);
    expect(findAll(tw.root, 'c:barDir')[0].attrs.val).toBe('bar');
    expect(findAll(tw.root, 'c:grouping')[0].attrs.val).toBe('stacked');
    expect(findAll(findAll(tw.root, 'c:catAx')[0], 'c:orientation')[0].attrs.val).toBe('maxMin');
    expect(findAll(findAll(tw.root, 'c:valAx')[0], 'c:crosses')[0].attrs.val).toBe('max');
    expect(findAll(hw.root, 'c:barDir')[0].attrs.val).toBe('col');
    expect(findAll(findAll(hw.root, 'c:catAx')[0], 'c:orientation')[0].attrs.val).toBe('minMax');
    expect([...schemaViolations(tw.root), ...schemaViolations(hw.root)]).toEqual([]);
    expect(tornado.title).toBe('S1 — sensitivity of the NPV to each assumption');
    expect([tornado.key, histogram.key]).toEqual(['tornado_S1', 'histogram_S1']);
    // The histogram stands below the tornado.
    expect(histogram.anchor.row).toBe(tornado.anchor.row + tornado.anchor.rows + 1);
  });
});

describe('modelCharts with the sensitivity sheets of the sample model', () => {
  const { plan, result } = buildModel(sampleData(), { lang: 'en', generatedAt: GENERATED_AT, productVersion: PRODUCT_VERSION, overrides: { 'sensitivity.draws': 400 } });
  const sheet = (key: string) => plan.sheets.find((s) => s.key === key) as PlanSheet;
  const cell = (s: PlanSheet, row: number, col: number) => s.cells.find((c) => c.row === row && c.col === col);
  const box = (ref: string) => parseSheetRange(ref) as NonNullable<ReturnType<typeof parseSheetRange>>;
  /** What a one-column range shows, top down: constants, or the formulas' expected values. */
  const shown = (s: PlanSheet, ref: string) => {
    const r = box(ref);
    expect([r.sheetName, r.left]).toEqual([s.name, r.right]);
    return Array.from({ length: r.bottom - r.top + 1 }, (_, k) => {
      const c = cell(s, r.top + k, r.left);
      return c?.formula !== undefined ? c.expected : c?.value;
    });
  };
  const codes = result.definitions.map((d) => d.code);

  it('draws one tornado per scenario on the tornado sheet, titled with its code, over the changes from the base NPV, widest first', () => {
    const s = sheet('tornado');
    const charts = s.charts ?? [];
    expect(charts.map((c) => c.key)).toEqual(codes.map((c) => `tornado_${c}`));
    charts.forEach((chart, i) => {
      const engine = result.sensitivity.scenarios[i].tornado;
      expect(chart.title).toBe(`${codes[i]} — sensitivity of the NPV to each assumption`);
      const [low, high] = chart.series;
      // The engine's bars, widest swing first: each end's NPV less the base NPV.
      const bars = engine.order.map((k) => engine.bars[k]);
      const close = (values: unknown[], expected: number[]) => values.forEach((v, k) => expect(v as number).toBeCloseTo(expected[k], 6));
      close(shown(s, low.values), bars.map((b) => b.npvAtLowEur - engine.baseNpvEur));
      close(shown(s, high.values), bars.map((b) => b.npvAtHighEur - engine.baseNpvEur));
      // The categories are the sorted table's driver labels; the legend reads the two columns' headers.
      expect(low.categories).toBe(high.categories);
      expect(shown(s, low.categories as string)).toHaveLength(bars.length);
      expect(cell(s, box(low.values).top - 1, box(low.values).left)?.value).toBe('Change in NPV at low');
      expect(cell(s, box(high.values).top - 1, box(high.values).left)?.value).toBe('Change in NPV at high');
      expect([low.name, high.name]).toEqual(['Change in NPV at low', 'Change in NPV at high']);
      // Each change reads its row's NPV at that end, less the block's base NPV: live, not a pasted number.
      expect(cell(s, box(low.values).top, box(low.values).left)?.formula).toMatch(/^E\d+-\$D\$\d+$/);
      expect(chart.reverseCategories).toBe(true);
      // It stands below its own table, before the next block's title.
      expect(chart.anchor.row).toBeGreaterThan(box(low.values).bottom);
      const next = charts[i + 1];
      if (next) expect(chart.anchor.row + chart.anchor.rows).toBeLessThan(box(next.series[0].values).top);
    });
  });

  it('draws one histogram per scenario on the Monte Carlo sheet over the engine\'s classes and counts', () => {
    const s = sheet('monteCarlo');
    const charts = s.charts ?? [];
    expect(charts.map((c) => c.key)).toEqual(codes.map((c) => `histogram_${c}`));
    charts.forEach((chart, i) => {
      const bins = result.sensitivity.scenarios[i].monteCarlo.histogram;
      expect(chart.type).toBe('column');
      expect(chart.title).toBe(`${codes[i]} — simulated distribution of the NPV (Monte Carlo)`);
      const [counts] = chart.series;
      expect(shown(s, counts.values)).toEqual(bins.map((b) => b.count));
      // Each class reads "from to to" in thousands of euros, rounded to the digits shown (whole k€ here: classes are wider).
      const labels = shown(s, counts.categories as string) as string[];
      expect(labels).toHaveLength(bins.length);
      labels.forEach((label, k) => {
        const [from, to] = label.split(' to ').map((x) => Number(x.replace(/,/g, '')) * 1000);
        expect(Math.abs(from - bins[k].fromEur)).toBeLessThanOrEqual(500);
        expect(Math.abs(to - bins[k].toEur)).toBeLessThanOrEqual(500);
      });
      expect(bins[0].toEur - bins[0].fromEur).toBeGreaterThan(1000);
      // 400 draws typed on the assumptions sheet: every draw falls in one class.
      expect(bins.reduce((n, b) => n + b.count, 0)).toBe(400);
      expect(counts.nameRef && cell(s, box(counts.nameRef).top, box(counts.nameRef).left)?.value).toBe('Draws');
      expect(chart.anchor.row).toBeGreaterThan(box(counts.values).bottom);
    });
  });

  it('covers no cell of either sheet with a chart', () => {
    for (const key of ['tornado', 'monteCarlo']) {
      const s = sheet(key);
      for (const { anchor: a } of s.charts ?? []) {
        const under = s.cells.filter((c) => c.row >= a.row && c.row < a.row + a.rows && c.col >= a.col && c.col < a.col + a.cols);
        expect(under).toEqual([]);
      }
    }
  });
});
