// The Office writer's charts on the fake Excel: each chart of the plan is created on its sheet
// over the plan's ranges, within the batched run (no sync of its own on a first write), before
// the sheet is protected; a regeneration replaces our charts and keeps a user's; without
// ExcelApi 1.7 the charts are skipped with a warning and everything else is written.
import { writePlan } from '../../src/adapters/office';
import { chartName, officeChartType } from '../../src/adapters/office/charts';
import { translator } from '../../src/i18n';
import type { WorkbookPlan } from '../../src/plan/types';
import { FakeExcel } from '../office/fake-excel';
import { chartedPlan } from './charted-model';
import { addChartDirectly, chartsOf, installFakeCharts } from './fake-charts';

installFakeCharts();
const all = (): boolean => true;
/** A host with ExcelApi up to 1.6: no series API. */
const upTo16 = (version: string): boolean => Number(version.split('.')[1]) <= 6;
/** Office addresses: the plan's `'Sheet'!$I$5:$N$5` without quotes and `$`. */
const officeAddress = (ref: string) => ref.replace(/^'((?:[^']|'')+)'!/, (_, n: string) => `${n.replace(/''/g, "'")}!`).replace(/\$/g, '');

let plan: WorkbookPlan;
let withoutCharts: WorkbookPlan;
beforeAll(() => {
  plan = chartedPlan('fr');
  withoutCharts = { ...plan, sheets: plan.sheets.map((s) => ({ ...s, charts: [] })) };
}, 60_000);

describe('writePlan with charts on a host with ExcelApi 1.7+', () => {
  let excel: FakeExcel;
  let report: Awaited<ReturnType<typeof writePlan>>;
  beforeAll(async () => {
    excel = new FakeExcel();
    report = await writePlan(plan, { run: excel.run, supports: all });
  }, 60_000);

  it('creates every chart of the plan on its sheet, named, typed, titled and placed as planned', () => {
    // 13: see test/charts/plan-charts.test.ts.
    expect(report.charts).toEqual({ written: 13, skipped: 0, warning: null });
    for (const sheet of plan.sheets) {
      const made = chartsOf(excel, sheet.name);
      expect(made.map((c) => c.name)).toEqual((sheet.charts ?? []).map(chartName));
      (sheet.charts ?? []).forEach((c, i) => {
        expect(made[i].type).toBe(officeChartType(c));
        expect(made[i].title).toBe(c.title);
        expect(made[i].categoryAxisTitle).toBe(c.categoryAxisTitle);
        expect(made[i].valueAxisTitle).toBe(c.valueAxisTitle);
        const { row, col, rows, cols } = c.anchor;
        const letter = (n: number) => String.fromCharCode(64 + n);
        expect(made[i].position).toEqual({ from: `${letter(col)}${row}`, to: `${letter(col + cols - 1)}${row + rows - 1}` });
      });
    }
  });

  it('points each series at the plan\'s values and categories, with its name, lines where the plan says so', () => {
    for (const sheet of plan.sheets) {
      chartsOf(excel, sheet.name).forEach((made, i) => {
        const planned = sheet.charts?.[i];
        expect(made.series.map((s) => s.values)).toEqual(planned?.series.map((s) => officeAddress(s.values)));
        expect(made.series.map((s) => s.categories)).toEqual(planned?.series.map((s) => (s.categories ? officeAddress(s.categories) : null)));
        expect(made.series.map((s) => s.name)).toEqual(planned?.series.map((s) => s.name));
        expect(made.series.map((s) => s.chartType === 'LineMarkers')).toEqual(planned?.series.map((s) => s.line === true));
      });
    }
  });

  it('adds no sync to a first write: the charts ride with the commit request', async () => {
    const plain = new FakeExcel();
    const base = await writePlan(withoutCharts, { run: plain.run, supports: all });
    expect(report.syncs).toBe(base.syncs);
    expect(excel.syncs).toBe(report.syncs);
  });

  it('adds the charts before the sheets are protected (Excel refuses a chart on a protected sheet)', () => {
    // The fake refuses addChart on a protected sheet: the write above succeeded, and the sheets are protected now.
    const sheet = plan.sheets.find((s) => (s.charts ?? []).length > 0 && s.protect);
    expect(excel.sheet(sheet?.name as string).protected).toBe(true);
    expect(chartsOf(excel, sheet?.name as string).length).toBeGreaterThan(0);
  });
});

describe('regenerating a model with charts', () => {
  it('replaces our charts instead of adding copies, keeps a user\'s chart, and syncs at most once more', async () => {
    const excel = new FakeExcel();
    const first = await writePlan(plan, { run: excel.run, supports: all });
    const comparison = plan.sheets.find((s) => s.key === 'comparison')?.name as string;
    addChartDirectly(excel, comparison, 'Mon graphique');
    const second = await writePlan(plan, { run: excel.run, supports: all });
    expect(chartsOf(excel, comparison).map((c) => c.name)).toEqual(['Mon graphique', 'Coop_expenseStructure', 'Coop_capacityByPartner']);
    expect(plan.sheets.reduce((n, s) => n + chartsOf(excel, s.name).length, 0)).toBe(14);
    expect(second.syncs).toBeLessThanOrEqual(first.syncs + 2);
    expect(second.charts?.written).toBe(13);
  }, 60_000);
});

describe('writePlan on a host without ExcelApi 1.7', () => {
  it('writes everything but the charts and says why, in the model\'s language', async () => {
    const excel = new FakeExcel();
    const report = await writePlan(plan, { run: excel.run, supports: upTo16 });
    expect(plan.sheets.every((s) => chartsOf(excel, s.name).length === 0)).toBe(true);
    expect(report.charts).toEqual({ written: 0, skipped: 13, warning: translator('fr')('chart.warning.unsupported', { version: '1.7' }) });
    expect(report.sheets).toHaveLength(plan.sheets.length);
  }, 60_000);

  it('says nothing about charts for a plan without any', async () => {
    const report = await writePlan(withoutCharts, { run: new FakeExcel().run, supports: upTo16 });
    expect(report.charts).toEqual({ written: 0, skipped: 0, warning: null });
  }, 60_000);
});
