// The chart descriptions of the plan: which rows each chart reads, where it stands, and what
// withCharts does to its sheet. Rows are checked against what the sheets show (labels from the
// catalogue, codes, the named headline cells), not against the builders' own lookups.
import { carefulSum } from '../../src/engine/careful-sum';
import { POOLED_FUNCTIONS } from '../../src/engine/model-assumptions';
import { translator } from '../../src/i18n';
import { chartAnchor, withCharts } from '../../src/plan/charts';
import { parseSheetRange } from '../../src/adapters/exceljs/charts';
import type { PlanChart, PlanSheet } from '../../src/plan/types';
import { sampleData } from '../harness/sample-model';
import { chartedPlan } from './charted-model';

const data = sampleData();
const plan = chartedPlan('fr');
const t = translator('fr');
const sheet = (key: string): PlanSheet => plan.sheets.find((s) => s.key === key) as PlanSheet;
const chart = (key: string, chartKey: string): PlanChart => (sheet(key).charts ?? []).find((c) => c.key === chartKey) as PlanChart;
const cell = (s: PlanSheet, row: number, col: number) => s.cells.find((c) => c.row === row && c.col === col);
const box = (ref: string) => {
  const r = parseSheetRange(ref);
  if (!r) throw new Error(`not a range: ${ref}`);
  return r;
};
const scenarioKeys = plan.sheets.filter((s) => s.key.startsWith('savings_')).map((s) => s.key);
/** The sample's horizon is the default of 5 years after year 0 (src/domain/default-assumptions.ts): columns I…N. */
const YEARS = { first: 9, last: 14 };

describe('the chart descriptions of the sample model', () => {
  it('puts thirteen charts on seven sheets: one per scenario sheet, two on the scenarios compared, two on the comparison, a tornado and a histogram per scenario', () => {
    const counts = Object.fromEntries(plan.sheets.filter((s) => (s.charts ?? []).length > 0).map((s) => [s.key, s.charts?.length]));
    expect(scenarioKeys).toEqual(['savings_S1', 'savings_S2', 'savings_S3']);
    expect(counts).toEqual({ savings_S1: 1, savings_S2: 1, savings_S3: 1, scenarioComparison: 2, comparison: 2, tornado: 3, monteCarlo: 3 });
  });

  it.each(['savings_S1', 'savings_S2', 'savings_S3'])('draws %s savings as stacked columns by function and the net benefit as a line', (key) => {
    const s = sheet(key);
    const c = chart(key, 'savingsByYear');
    expect(c.type).toBe('columnLine');
    expect(c.series).toHaveLength(POOLED_FUNCTIONS.length + 1);
    const columns = c.series.filter((x) => !x.line);
    // Each column series is one function's savings row: its code in A, in euros per year, a formula in every year.
    expect(columns.map((x) => cell(s, box(x.values).top, 1)?.value)).toEqual([...POOLED_FUNCTIONS]);
    for (const x of columns) {
      const r = box(x.values);
      expect(cell(s, r.top, 3)?.value).toBe(t('sheet.unit.eurPerYear'));
      expect([r.sheetName, r.left, r.right, r.bottom]).toEqual([s.name, YEARS.first, YEARS.last, r.top]);
      expect(x.name).toBe(t(`domain.function.${cell(s, r.top, 1)?.value as string}`));
    }
    const line = c.series[c.series.length - 1];
    expect(line.line).toBe(true);
    expect(cell(s, box(line.values).top, 2)?.value).toBe(t('sheet.scenario.result.netBenefit'));
    // The categories are the calendar years of the timeline header (row 5 on every scenario sheet).
    expect(c.series.every((x) => x.categories === `'${s.name}'!$I$5:$N$5`)).toBe(true);
    expect(c.title).toBe(t('chart.savingsByYear.title', { code: key.slice('savings_'.length) }));
  });

  it('draws one cumulative net benefit line per scenario, each reading its scenario sheet\'s cumulative row', () => {
    const s = sheet('scenarioComparison');
    const c = chart('scenarioComparison', 'cumulativeNetBenefit');
    expect(c.type).toBe('line');
    expect(c.series).toHaveLength(3);
    c.series.forEach((x, i) => {
      const r = box(x.values);
      expect([r.left, r.right]).toEqual([YEARS.first, YEARS.last]);
      const source = sheet(scenarioKeys[i]);
      const formula = cell(s, r.top, YEARS.first)?.formula ?? '';
      const m = /^'([^']+)'!I\$(\d+)$/.exec(formula);
      expect(m?.[1]).toBe(source.name);
      expect(cell(source, Number(m?.[2]), 2)?.value).toBe(t('sheet.scenario.result.cumulative'));
      expect(x.name.startsWith(`S${i + 1} — `)).toBe(true);
    });
  });

  it('draws the NPV of each scenario as bars over the cells that read each scenario\'s named NPV', () => {
    const s = sheet('scenarioComparison');
    const c = chart('scenarioComparison', 'npvByScenario');
    expect(c.type).toBe('bar');
    const r = box(c.series[0].values);
    expect(r.right - r.left + 1).toBe(3);
    for (let i = 0; i < 3; i++) {
      const named = plan.names.find((n) => n.name === `S${i + 1}_NPV`);
      const source = sheet(named?.sheetKey as string);
      // 'Mutualisation S1'!$D$103: the cell the defined name S1_NPV points at.
      expect(cell(s, r.top, r.left + i)?.formula).toBe(`'${source.name}'!$D$${named?.row}`);
    }
    // Categories: the scenarios' names, the header row 8 of the sheet.
    expect(box(c.series[0].categories as string).top).toBe(8);
  });

  it('stacks the partners\' charges of groupes I, II and III, one bar per partner named as in the data', () => {
    const s = sheet('comparison');
    const c = chart('comparison', 'expenseStructure');
    expect(c.type).toBe('stackedBar');
    expect(c.series.map((x) => x.name)).toEqual(['I', 'II', 'III'].map((g) => t('sheet.common.groupRow', {
      side: t('sheet.common.side.CHARGES'), group: t(`domain.group.${g}`), title: t(`domain.groupTitle.CHARGES.${g}`),
    })));
    const categories = box(c.series[0].categories as string);
    const names = [];
    for (let col = categories.left; col <= categories.right; col++) names.push(cell(s, categories.top, col)?.value);
    expect(names).toEqual(data.partners.map((p) => p.name));
    // The three groups of a partner add up to its charges (the sheet's own total row, by label).
    const totalRow = s.cells.find((x) => x.col === 1 && x.value === t('sheet.comparison.total.CHARGES'))?.row as number;
    for (let col = categories.left; col <= categories.right; col++) {
      const parts = c.series.map((x) => cell(s, box(x.values).top, col)?.expected as number);
      expect(carefulSum(parts)).toBeCloseTo(cell(s, totalRow, col)?.expected as number, 6);
    }
  });

  it('shows each partner\'s authorised places and FTE side by side', () => {
    const s = sheet('comparison');
    const c = chart('comparison', 'capacityByPartner');
    expect(c.type).toBe('bar');
    expect(c.series.map((x) => x.name)).toEqual([t('sheet.comparison.places'), t('sheet.comparison.total.fte')]);
    const places = box(c.series[0].values);
    // Each partner's places are the sum of its sites' authorised places in the data.
    data.partners.forEach((p, i) => {
      const expected = carefulSum(data.sites.filter((x) => x.partner === p.code).map((x) => x.authorisedPlaces ?? 0));
      expect(cell(s, places.top, places.left + i)?.expected).toBe(expected);
    });
  });

  it('stands every chart over no cell (below the sheet\'s cells, or in the rows its sheet keeps for it), inside the print area, without overlapping another chart', () => {
    for (const s of plan.sheets) {
      const charts = s.charts ?? [];
      const lastCell = Math.max(...s.cells.map((c) => c.row));
      charts.forEach((c, i) => {
        const { row, col, rows, cols } = c.anchor;
        expect([s.key, c.key, s.cells.filter((x) => x.row >= row && x.row < row + rows && x.col >= col && x.col < col + cols)]).toEqual([s.key, c.key, []]);
        // The scenario charts of one sheet each stand below its cells; the sensitivity sheets keep rows within.
        if (!['tornado', 'monteCarlo'].includes(s.key)) expect(c.anchor.row).toBeGreaterThan(lastCell);
        const area = s.print?.area;
        expect(area && area.row + area.rows >= c.anchor.row + c.anchor.rows && area.col + area.cols >= c.anchor.col + c.anchor.cols).toBe(true);
        const next = charts[i + 1];
        if (next) expect(next.anchor.row).toBeGreaterThanOrEqual(c.anchor.row + c.anchor.rows);
      });
    }
  });

  it('takes its titles from the catalogue of the model\'s language', () => {
    const en = chartedPlan('en');
    const titles = en.sheets.flatMap((s) => (s.charts ?? []).map((c) => c.title));
    expect(titles).toContain('NPV of each scenario');
    expect(titles).toContain('S2 — savings by function and net benefit, by year');
  });
});

describe('withCharts', () => {
  const base: PlanSheet = plan.sheets.find((s) => s.key === 'indicators') as PlanSheet;
  const aChart = (row: number): PlanChart => ({
    key: 'k', type: 'column', title: 'T', series: [{ name: 'a', values: `'${base.name}'!$C$7:$E$7` }],
    anchor: { row, col: 1, rows: 10, cols: 4 },
  });

  it('returns the sheet unchanged without charts', () => {
    expect(withCharts(base, [])).toBe(base);
  });

  it('grows the print area to the chart\'s last row and keeps the rest of the print setup', () => {
    const area = base.print?.area as NonNullable<NonNullable<PlanSheet['print']>['area']>;
    const lastRow = area.row + area.rows - 1;
    const out = withCharts(base, [aChart(lastRow + 5)]);
    // Chart rows lastRow+5 … lastRow+14: the area now ends on lastRow+14.
    expect(out.print?.area).toEqual({ ...area, rows: lastRow + 14 - area.row + 1 });
    expect(out.print?.landscape).toBe(base.print?.landscape);
    expect(out.charts).toHaveLength(1);
  });

  it('places the n-th chart below the previous one, a blank row between', () => {
    const first = chartAnchor(base, 0);
    const second = chartAnchor(base, 1);
    expect(second.row).toBe(first.row + first.rows + 1);
  });
});
