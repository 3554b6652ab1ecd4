// The element sequence of a worksheet part (ECMA-376 part 1, sml.xsd, CT_Worksheet), transcribed
// from the schema: a worksheet's children must come in this order, each at most once except
// conditionalFormatting. Excel refuses ("repairs") a sheet whose elements are out of order.
import { parseXml } from './xml-tree';

const CT_WORKSHEET = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts',
  'extLst',
];
const REPEATABLE = new Set(['conditionalFormatting']);

/** The worksheet's child elements in document order. */
export function worksheetChildren(sheetXml: string): string[] {
  const root = parseXml(sheetXml);
  if (root.name !== 'worksheet') throw new Error(`not a worksheet: ${root.name}`);
  return root.children.map((c) => c.name);
}

/** Violations of CT_Worksheet's sequence in a worksheet part (empty: conforms). */
export function worksheetOrderViolations(sheetXml: string): string[] {
  const out: string[] = [];
  let last = -1;
  let previous = '';
  for (const name of worksheetChildren(sheetXml)) {
    const rank = CT_WORKSHEET.indexOf(name);
    if (rank < 0) out.push(`unexpected ${name}`);
    else if (rank < last || (rank === last && !REPEATABLE.has(name))) out.push(`${name} after ${previous}`);
    else {
      last = rank;
      previous = name;
    }
  }
  return out;
}
