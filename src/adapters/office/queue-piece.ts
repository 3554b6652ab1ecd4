/// <reference types="office-js" />
// Queues one block of content on a worksheet: number formats, then formulas and
// constants, then styles, each as one 2-D array (no sync here).
import { parseAddress, rangeAddress } from './a1-address';
import type { BlockPayload } from './block-payload';

/**
 * Queues a block. `cellProperties` false (ExcelApi below 1.9, no
 * setCellProperties) falls back to one format call per styled cell.
 */
export function queuePiece(ws: Excel.Worksheet, payload: BlockPayload, cellProperties: boolean): void {
  const range = ws.getRange(payload.address);
  // Formats first: a value is then shown in its final format at once.
  if (payload.numberFormat) range.numberFormat = payload.numberFormat;
  range.formulas = payload.formulas;
  if (!payload.cellProperties) return;
  if (cellProperties) {
    range.setCellProperties(payload.cellProperties);
    return;
  }
  const box = parseAddress(payload.address);
  if (!box) return;
  payload.cellProperties.forEach((row, r) =>
    row.forEach((props, c) => {
      if (!props.format && !props.hyperlink) return;
      const cell = ws.getRange(rangeAddress(box.top + r, box.left + c));
      const f = props.format;
      if (f?.font) Object.assign(cell.format.font, f.font);
      if (f?.fill?.color) cell.format.fill.color = f.fill.color;
      if (f?.horizontalAlignment) cell.format.horizontalAlignment = f.horizontalAlignment;
      if (f?.wrapText !== undefined) cell.format.wrapText = f.wrapText;
      if (f?.protection?.locked !== undefined) cell.format.protection.locked = f.protection.locked;
      if (f?.borders?.bottom) cell.format.borders.getItem('EdgeBottom').style = 'Continuous';
      if (f?.borders?.top) cell.format.borders.getItem('EdgeTop').style = 'Continuous';
      if (props.hyperlink) cell.hyperlink = props.hyperlink;
    }),
  );
}
