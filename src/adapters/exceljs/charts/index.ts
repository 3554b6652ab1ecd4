// Native charts for the ExcelJS adapter: DrawingML parts added to the package ExcelJS writes.
export { addChartsToPackage, withDrawingElement } from './add-charts';
export { chartXml, type RangeValues } from './chart-xml';
export { drawingXml, type AnchoredChart } from './drawing-xml';
export { rangeValuesOf, parseSheetRange, type ParsedRange } from './range-values';
export {
  parseRelationships, relationshipsXml, freeRelId, withOverrides, REL_CHART, REL_DRAWING, CT_CHART, CT_DRAWING, type Relationship,
} from './relationships';
export { sheetChartParts, type SheetChartParts } from './sheet-chart-parts';
