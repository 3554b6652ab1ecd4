/// <reference types="office-js" />
// Charts for the fake Excel of test/office (which has none): `installFakeCharts()` gives every
// FakeWorksheet a `charts` collection that, like Office.js, queues each call and applies it at
// sync: add (refused on a protected sheet, as Excel refuses to insert a chart there), name,
// title, position, legend, axis titles, series (getItemAt, add, name, setValues,
// setXAxisValues, chartType), load('items/name') and delete. `chartsOf(excel, sheet)` reads them.
import { rangeAddress } from '../../src/adapters/office/a1-address';
import { FakeOfficeError, FakeProxy, type ProxyContext } from '../office/fake-proxy';
import { FakeWorksheet, type FakeExcel } from '../office/fake-excel';
import type { FakeRange } from '../office/fake-range';
import type { SheetState } from '../office/fake-state';

export interface FakeSeriesState {
  name: string | null;
  /** `Sheet!A1:B2` of the values and categories. */
  values: string | null;
  categories: string | null;
  chartType: string | null;
}

export interface FakeChartState {
  name: string;
  type: string;
  seriesBy: string;
  title: string | null;
  position: { from: string; to: string } | null;
  legend: string | null;
  categoryAxisTitle: string | null;
  valueAxisTitle: string | null;
  valueAxisFormat: string | null;
  series: FakeSeriesState[];
}

const CHARTS = new WeakMap<SheetState, FakeChartState[]>();

function chartList(sheet: SheetState): FakeChartState[] {
  let list = CHARTS.get(sheet);
  if (!list) {
    list = [];
    CHARTS.set(sheet, list);
  }
  return list;
}

/** `Sheet!I5:N5` of a fake range, resolved when the operation applies. */
function addressOf(range: FakeRange): string {
  const box = range.box();
  return `${range.ws.sheet().name}!${rangeAddress(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1)}`;
}

class FakeSeries {
  constructor(private readonly context: ProxyContext, private readonly state: () => FakeSeriesState) {}
  private set(op: string, apply: (s: FakeSeriesState) => void, payload: unknown): void {
    this.context.enqueue({ op, payload }, () => apply(this.state()));
  }
  set name(v: string) { this.set('seriesName', (s) => { s.name = v; }, v); }
  set chartType(v: string) { this.set('seriesChartType', (s) => { s.chartType = v; }, v); }
  setValues(range: FakeRange): void { this.set('seriesValues', (s) => { s.values = addressOf(range); }, range.label); }
  setXAxisValues(range: FakeRange): void { this.set('seriesCategories', (s) => { s.categories = addressOf(range); }, range.label); }
}

class FakeChart extends FakeProxy {
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly axes: { categoryAxis: { title: { text: string } }; valueAxis: { title: { text: string }; numberFormat: string } };
  readonly series: { getItemAt(i: number): FakeSeries; add(name?: string): FakeSeries };

  constructor(context: ProxyContext, private readonly state: () => FakeChartState, private readonly sheet: () => SheetState) {
    super(context);
    const setter = (op: string, apply: (c: FakeChartState, v: string) => void) => (target: object, prop: string) =>
      Object.defineProperty(target, prop, { set: (v: string) => this.context.enqueue({ op, v }, () => apply(this.state(), v)) });
    this.title = {} as { text: string };
    setter('chartTitle', (c, v) => { c.title = v; })(this.title, 'text');
    this.legend = {} as { position: string };
    setter('chartLegend', (c, v) => { c.legend = v; })(this.legend, 'position');
    const catTitle = {} as { text: string };
    setter('categoryAxisTitle', (c, v) => { c.categoryAxisTitle = v; })(catTitle, 'text');
    const valTitle = {} as { text: string };
    setter('valueAxisTitle', (c, v) => { c.valueAxisTitle = v; })(valTitle, 'text');
    const valueAxis = { title: valTitle } as { title: { text: string }; numberFormat: string };
    setter('valueAxisFormat', (c, v) => { c.valueAxisFormat = v; })(valueAxis, 'numberFormat');
    this.axes = { categoryAxis: { title: catTitle }, valueAxis };
    this.series = {
      getItemAt: (i) => new FakeSeries(context, () => {
        const s = this.state().series[i];
        if (!s) throw new FakeOfficeError('ItemNotFound', `No series ${i}`);
        return s;
      }),
      add: (name) => {
        let created: FakeSeriesState | null = null;
        this.context.enqueue({ op: 'addSeries', name }, () => {
          created = { name: name ?? null, values: null, categories: null, chartType: null };
          this.state().series.push(created);
        });
        return new FakeSeries(context, () => created as unknown as FakeSeriesState);
      },
    };
  }

  set name(v: string) {
    this.context.enqueue({ op: 'chartName', v }, () => { this.state().name = v; });
  }

  get name(): string {
    return this.read<string>('name');
  }

  setPosition(from: string, to: string): void {
    this.context.enqueue({ op: 'chartPosition', from, to }, () => { this.state().position = { from, to }; });
  }

  delete(): void {
    this.context.enqueue({ op: 'deleteChart' }, () => {
      const list = chartList(this.sheet());
      list.splice(list.indexOf(this.state()), 1);
    });
  }

  static bound(context: ProxyContext, state: FakeChartState, sheet: SheetState): FakeChart {
    const chart = new FakeChart(context, () => state, () => sheet);
    chart.loaded.set('name', state.name);
    return chart;
  }
}

class FakeChartCollection extends FakeProxy {
  constructor(private readonly ws: FakeWorksheet) {
    super(ws.context);
  }

  add(type: string, source: FakeRange, seriesBy: string): FakeChart {
    let created: FakeChartState | null = null;
    this.context.enqueue({ op: 'addChart', type, seriesBy, range: source.label }, () => {
      const sheet = this.ws.sheet();
      if (sheet.protected) throw new FakeOfficeError('AccessDenied', `The sheet ${sheet.name} is protected`);
      const list = chartList(sheet);
      created = {
        name: `Chart ${list.length + 1}`, type, seriesBy, title: null, position: null, legend: null,
        categoryAxisTitle: null, valueAxisTitle: null, valueAxisFormat: null,
        series: [{ name: null, values: addressOf(source), categories: null, chartType: null }],
      };
      list.push(created);
    });
    return new FakeChart(this.context, () => created as unknown as FakeChartState, () => this.ws.sheet());
  }

  load(_props?: string): this {
    this.context.enqueue({ op: 'load', target: 'charts' }, () => {
      const sheet = this.ws.sheet();
      this.loaded.set('items', [...chartList(sheet)].map((c) => FakeChart.bound(this.context, c, sheet)));
    });
    return this;
  }

  get items(): FakeChart[] {
    return this.read<FakeChart[]>('items');
  }
}

/** Gives the fake's worksheets a chart collection (idempotent). */
export function installFakeCharts(): void {
  if (Object.getOwnPropertyDescriptor(FakeWorksheet.prototype, 'charts')) return;
  Object.defineProperty(FakeWorksheet.prototype, 'charts', {
    get(this: FakeWorksheet) {
      return new FakeChartCollection(this);
    },
  });
}

/** The charts on a sheet of the fake workbook. */
export function chartsOf(excel: FakeExcel, sheetName: string): readonly FakeChartState[] {
  return CHARTS.get(excel.sheet(sheetName)) ?? [];
}

/** Adds a chart directly (test set-up: a user's chart, or one of a previous run). */
export function addChartDirectly(excel: FakeExcel, sheetName: string, name: string): void {
  chartList(excel.sheet(sheetName)).push({
    name, type: 'Pie', seriesBy: 'Rows', title: null, position: null, legend: null, categoryAxisTitle: null, valueAxisTitle: null,
    valueAxisFormat: null, series: [],
  });
}
