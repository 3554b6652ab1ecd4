// One drawing part (xl/drawings/drawingN.xml): a two-cell anchor per chart, holding a
// graphic frame that points at the chart part through the drawing's relationships.
import type { PlanRange } from '../../../plan/types';
import { XML_HEADER, xmlEscape } from './xml-text';

export interface AnchoredChart {
  readonly anchor: PlanRange;
  /** Relationship id of the chart part in the drawing's .rels (`rId1`). */
  readonly relId: string;
  readonly name: string;
}

const NS = 'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
  + 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

/** xdr:from / xdr:to hold 0-based columns and rows; the anchor's last cell is covered, so `to` is the cell after it. */
function marker(tag: 'from' | 'to', col: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/**
 * The drawing's XML for the charts of one sheet.
 * @example drawingXml([{ anchor: { row: 50, col: 1, rows: 20, cols: 6 }, relId: 'rId1', name: 'savingsByYear' }])
 */
export function drawingXml(charts: readonly AnchoredChart[]): string {
  const anchors = charts.map((c, i) => {
    const { row, col, rows, cols } = c.anchor;
    return `<xdr:twoCellAnchor editAs="oneCell">${marker('from', col - 1, row - 1)}${marker('to', col - 1 + cols, row - 1 + rows)}`
      + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlEscape(c.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
      + '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
      + '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
      + `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${c.relId}"/>`
      + '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';
  }).join('');
  return `${XML_HEADER}<xdr:wsDr ${NS}>${anchors}</xdr:wsDr>`;
}
