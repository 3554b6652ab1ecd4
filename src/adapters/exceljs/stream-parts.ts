// The package parts ExcelJS's stream writer does not write, as XML text: the plan's tables, the sheet
// elements that point at tables and charts, the content types of the added parts, and recalculation on
// open (<calcPr fullCalcOnLoad="1"/>). write-plan-stream.ts puts them into the package as it is streamed,
// so that no part is unzipped and zipped again (the chart parts themselves: charts/sheet-chart-parts.ts).
import type { PlanTable } from '../../plan/types';
import { withOverrides } from './charts/relationships';
import { XML_HEADER, xmlEscape } from './charts/xml-text';
import { cellAddress } from './plan-address';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_TABLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
/** The table style the in-memory writer gives (plan-tables.ts). */
const TABLE_STYLE = 'TableStyleLight9';

/** The package path of the table numbered `n` (from 1, across the workbook). */
export function tablePath(n: number): string {
  return `xl/tables/table${n}.xml`;
}

/**
 * The table part of a plan table: its header row and body (one blank row at least, as plan-tables.ts),
 * a filter button per column, the style. `id` is unique in the workbook.
 * @example tableXml(table, 1) // '<?xml …><table … id="1" name="T_Budgets" …'
 */
export function tableXml(table: PlanTable, id: number): string {
  const bodyRows = Math.max(1, table.rowCount);
  const ref = `${cellAddress(table.row, table.col)}:${cellAddress(table.row + bodyRows, table.col + table.headers.length - 1)}`;
  const columns = table.headers.map((h, i) => `<tableColumn id="${i + 1}" name="${xmlEscape(h)}"/>`).join('');
  const name = xmlEscape(table.name);
  return `${XML_HEADER}<table xmlns="${MAIN_NS}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">`
    + `<autoFilter ref="${ref}"/><tableColumns count="${table.headers.length}">${columns}</tableColumns>`
    + `<tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}

/** The <tableParts> element of a sheet whose tables have the relationship ids `relIds`. */
export function tablePartsXml(relIds: readonly string[]): string {
  return `<tableParts count="${relIds.length}">${relIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`;
}

/** The <drawing> element of a sheet whose drawing part has the relationship id `relId`. */
export function drawingElementXml(relId: string): string {
  return `<drawing r:id="${relId}"/>`;
}

export interface ContentOverride {
  readonly partName: string;
  readonly contentType: string;
}

/** The content type of the table part numbered `n`. */
export function tableContentType(n: number): ContentOverride {
  return { partName: `/${tablePath(n)}`, contentType: CT_TABLE };
}

/** [Content_Types].xml with an override for each added part (kept once). */
export const withContentTypes: (contentTypes: string, overrides: readonly ContentOverride[]) => string = withOverrides;

/** workbook.xml asking for a full recalculation on open (the cached results are the engine's). */
export function withFullCalcOnLoad(workbookXml: string): string {
  const calc = /<calcPr\b([^>]*?)\/>/.exec(workbookXml);
  if (calc) {
    const attributes = calc[1].replace(/\s*fullCalcOnLoad="[^"]*"/, '');
    return workbookXml.replace(calc[0], `<calcPr${attributes} fullCalcOnLoad="1"/>`);
  }
  return workbookXml.replace('</workbook>', '<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>');
}
