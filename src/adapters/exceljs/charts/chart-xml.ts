// One chart part (xl/charts/chartN.xml) in DrawingML chart markup, the elements in the order
// of ECMA-376 part 1, dml-chart.xsd (CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart,
// CT_LineChart, CT_BarSer/CT_LineSer, CT_CatAx, CT_ValAx, CT_Legend), as Excel writes it.
// The series read cells (c:f); the caches hold the plan's values for viewers that do not
// recalculate, and every spreadsheet re-reads the cells.
import type { PlanChart, PlanChartSeries } from '../../../plan/types';
import { XML_HEADER, xmlEscape } from './xml-text';

const NS = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
  + 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
  + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const CAT_AX = 500000001;
const VAL_AX = 500000002;

/** What a range of the plan shows (cell values or expected results), for the caches. */
export type RangeValues = (ref: string) => readonly (string | number | boolean | null)[];

const val = (name: string, value: string | number) => `<c:${name} val="${value}"/>`;

function rich(text: string, bold: boolean, size: number): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>`
    + `<a:r><a:rPr lang="fr-FR" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function title(text: string, size: number, bold: boolean): string {
  return `<c:title>${rich(text, bold, size)}${val('overlay', 0)}</c:title>`;
}

function strCache(values: readonly unknown[]): string {
  const pts = values.map((v, i) => (v === null || v === undefined ? '' : `<c:pt idx="${i}"><c:v>${xmlEscape(String(v))}</c:v></c:pt>`)).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly unknown[], format: string): string {
  const pts = values.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numCache><c:formatCode>${xmlEscape(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

/** c:tx, then (after the type's own elements) c:cat and c:val: the references and their caches. */
function seriesParts(s: PlanChartSeries, values: RangeValues, format: string): { tx: string; data: string } {
  const tx = s.nameRef
    ? `<c:tx><c:strRef><c:f>${xmlEscape(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>`
    : `<c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>`;
  const cat = s.categories ? `<c:cat><c:strRef><c:f>${xmlEscape(s.categories)}</c:f>${strCache(values(s.categories))}</c:strRef></c:cat>` : '';
  const data = `${cat}<c:val><c:numRef><c:f>${xmlEscape(s.values)}</c:f>${numCache(values(s.values), format)}</c:numRef></c:val>`;
  return { tx, data };
}

/** A series' fill (bars) or line colour, from a fixed palette so that every viewer shows the same. */
const PALETTE = [
  '1F4E79', 'ED7D31', '70AD47', 'FFC000', '5B9BD5', 'A5A5A5', '9E480E', '264478', '636363', '997300',
  'C00000', '7030A0', '00B0F0', '92D050', 'FF66CC', '806000',
];

function barSer(s: PlanChartSeries, i: number, values: RangeValues, format: string): string {
  const { tx, data } = seriesParts(s, values, format);
  const colour = PALETTE[i % PALETTE.length];
  return `<c:ser>${val('idx', i)}${val('order', i)}${tx}<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>`
    + `${val('invertIfNegative', 0)}${data}</c:ser>`;
}

function lineSer(s: PlanChartSeries, i: number, values: RangeValues, format: string): string {
  const { tx, data } = seriesParts(s, values, format);
  const colour = PALETTE[i % PALETTE.length];
  return `<c:ser>${val('idx', i)}${val('order', i)}${tx}<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`
    + `<a:round/></a:ln></c:spPr><c:marker>${val('symbol', 'circle')}${val('size', 5)}</c:marker>${data}${val('smooth', 0)}</c:ser>`;
}

function barChart(dir: 'bar' | 'col', stacked: boolean, series: string): string {
  const grouping = stacked ? 'stacked' : 'clustered';
  return `<c:barChart>${val('barDir', dir)}${val('grouping', grouping)}${val('varyColors', 0)}${series}`
    + `${val('gapWidth', 80)}${stacked ? val('overlap', 100) : ''}${val('axId', CAT_AX)}${val('axId', VAL_AX)}</c:barChart>`;
}

function lineChart(series: string): string {
  return `<c:lineChart>${val('grouping', 'standard')}${val('varyColors', 0)}${series}${val('marker', 1)}`
    + `${val('axId', CAT_AX)}${val('axId', VAL_AX)}</c:lineChart>`;
}

function axes(chart: PlanChart, horizontal: boolean, format: string): string {
  const catPos = horizontal ? 'l' : 'b';
  const valPos = horizontal ? 'b' : 'l';
  const catTitle = chart.categoryAxisTitle ? title(chart.categoryAxisTitle, 1000, false) : '';
  const valTitle = chart.valueAxisTitle ? title(chart.valueAxisTitle, 1000, false) : '';
  const reverse = chart.reverseCategories === true;
  const cat = `<c:catAx>${val('axId', CAT_AX)}<c:scaling>${val('orientation', reverse ? 'maxMin' : 'minMax')}</c:scaling>${val('delete', 0)}${val('axPos', catPos)}`
    + `${catTitle}<c:numFmt formatCode="General" sourceLinked="1"/>${val('majorTickMark', 'out')}${val('minorTickMark', 'none')}${val('tickLblPos', 'low')}`
    + `${val('crossAx', VAL_AX)}${val('crosses', 'autoZero')}${val('auto', 1)}${val('lblAlgn', 'ctr')}${val('lblOffset', 100)}${val('noMultiLvlLbl', 0)}</c:catAx>`;
  const value = `<c:valAx>${val('axId', VAL_AX)}<c:scaling>${val('orientation', 'minMax')}</c:scaling>${val('delete', 0)}${val('axPos', valPos)}`
    + `<c:majorGridlines/>${valTitle}<c:numFmt formatCode="${xmlEscape(format)}" sourceLinked="0"/>${val('majorTickMark', 'out')}${val('minorTickMark', 'none')}`
    // With the categories reversed, the value axis crosses at their maximum: it stays at the bottom.
    + `${val('tickLblPos', 'nextTo')}${val('crossAx', CAT_AX)}${val('crosses', reverse ? 'max' : 'autoZero')}${val('crossBetween', 'between')}</c:valAx>`;
  return cat + value;
}

/**
 * The chart part's XML. `values` gives the cached values of a range (the plan's).
 * @example chartXml(plan.sheets[9].charts[0], rangeValuesOf(plan))
 */
export function chartXml(chart: PlanChart, values: RangeValues): string {
  const format = chart.valueFormat ?? 'General';
  const horizontal = chart.type === 'bar' || chart.type === 'stackedBar';
  let plot: string;
  if (chart.type === 'line') {
    plot = lineChart(chart.series.map((s, i) => lineSer(s, i, values, format)).join(''));
  } else if (chart.type === 'columnLine') {
    const columns = chart.series.map((s, i) => ({ s, i })).filter((x) => !x.s.line);
    const lines = chart.series.map((s, i) => ({ s, i })).filter((x) => x.s.line);
    plot = barChart('col', columns.length > 1, columns.map((x) => barSer(x.s, x.i, values, format)).join(''))
      + (lines.length > 0 ? lineChart(lines.map((x) => lineSer(x.s, x.i, values, format)).join('')) : '');
  } else {
    const stacked = chart.type === 'stackedColumn' || chart.type === 'stackedBar';
    plot = barChart(horizontal ? 'bar' : 'col', stacked, chart.series.map((s, i) => barSer(s, i, values, format)).join(''));
  }
  return `${XML_HEADER}<c:chartSpace ${NS}>${val('date1904', 0)}${val('roundedCorners', 0)}<c:chart>`
    + `${title(chart.title, 1300, true)}${val('autoTitleDeleted', 0)}<c:plotArea><c:layout/>${plot}${axes(chart, horizontal, format)}</c:plotArea>`
    + `<c:legend>${val('legendPos', 'b')}${val('overlay', 0)}</c:legend>${val('plotVisOnly', 1)}${val('dispBlanksAs', 'gap')}</c:chart>`
    + `<c:spPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:chartSpace>`;
}
