// A1 addresses as Office.js speaks them: ranges on a sheet, and the
// `Sheet!A1:B2` text that Range.address and defined names return.
import { columnLetters, columnNumber, type CellBox } from '../../data/cell-address';
import { quoteSheetName } from '../../plan/layout/sheet-ref';

export { columnNumber, type CellBox };

/** `B3:D7` for a box of `rows` × `cols` cells from (row, col); one cell stays `B3`. */
export function rangeAddress(row: number, col: number, rows = 1, cols = 1): string {
  const first = `${columnLetters(col)}${row}`;
  if (rows === 1 && cols === 1) return first;
  return `${first}:${columnLetters(col + cols - 1)}${row + rows - 1}`;
}

/** A sheet name as a reference prefix, always quoted: `'L''analyse'`. */
export const quoteSheet = quoteSheetName;

/**
 * The sheet and box of an address such as `Budgets!A1:H40`, `'L''autre'!$C$5`
 * or `=Sommaire!$B$20`; null when the text is not a one-area reference.
 *
 * @example parseAddress("'Données'!B2:C3") // { sheet: 'Données', top: 2, left: 2, bottom: 3, right: 3 }
 */
export function parseAddress(text: string): (CellBox & { readonly sheet: string | null }) | null {
  const match = /^=?(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(
    text.trim(),
  );
  if (!match) return null;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? null);
  const left = columnNumber(match[3]);
  const top = Number(match[4]);
  const right = match[5] ? columnNumber(match[5]) : left;
  const bottom = match[6] ? Number(match[6]) : top;
  return {
    sheet,
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}
