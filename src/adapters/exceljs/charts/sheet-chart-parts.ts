// The package parts of one sheet's charts: a chart part per chart, the sheet's drawing part and
// the drawing's relationships, with their content types. Both ways of adding charts use it:
// addChartsToPackage (into a finished package) and the stream writer (while the sheet streams).
import type { PlanChart } from '../../../plan/types';
import type { RangeValues } from './chart-xml';
import { chartXml } from './chart-xml';
import { drawingXml } from './drawing-xml';
import { CT_CHART, CT_DRAWING, freeRelId, REL_CHART, relationshipsXml, type Relationship } from './relationships';

export interface SheetChartParts {
  /** Path (no leading slash) → XML, in the order they are made. */
  readonly parts: readonly { readonly path: string; readonly xml: string }[];
  /** Content-type overrides of the new parts: each chart, then the drawing. */
  readonly overrides: readonly { readonly partName: string; readonly contentType: string }[];
  /** The drawing part as the sheet's relationship targets it (`../drawings/drawing1.xml`). */
  readonly drawingTarget: string;
}

/**
 * The parts of `charts` numbered from `firstChart` (chartN.xml, across the workbook) in the drawing
 * numbered `drawingNo`; `values` fills the series caches.
 * @example sheetChartParts(sheet.charts, rangeValuesOf(plan), 1, 1).parts.map((p) => p.path)
 *   // ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels']
 */
export function sheetChartParts(charts: readonly PlanChart[], values: RangeValues, firstChart: number, drawingNo: number): SheetChartParts {
  const parts: { path: string; xml: string }[] = [];
  const overrides: { partName: string; contentType: string }[] = [];
  const drawingRels: Relationship[] = [];
  const anchored = charts.map((chart, i) => {
    const file = `chart${firstChart + i}.xml`;
    parts.push({ path: `xl/charts/${file}`, xml: chartXml(chart, values) });
    overrides.push({ partName: `/xl/charts/${file}`, contentType: CT_CHART });
    const relId = freeRelId(drawingRels);
    drawingRels.push({ id: relId, type: REL_CHART, target: `../charts/${file}` });
    return { anchor: chart.anchor, relId, name: chart.title };
  });
  const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
  parts.push({ path: drawingPath, xml: drawingXml(anchored) });
  parts.push({ path: `xl/drawings/_rels/drawing${drawingNo}.xml.rels`, xml: relationshipsXml(drawingRels) });
  overrides.push({ partName: `/${drawingPath}`, contentType: CT_DRAWING });
  return { parts, overrides, drawingTarget: `../drawings/drawing${drawingNo}.xml` };
}
