// A1 range text as Excel tables store it (`C3:H120`), decoded to 1-based numbers.
import { columnNumber, type CellBox } from '../../data/cell-address';

export { columnNumber, type CellBox };

/**
 * The box of an A1 range such as `C3:H120` or `$C$3:$H$120` (a single cell
 * `C3` is a one-cell box); null when the text is not a range.
 *
 * @example decodeRange('B2:D10') // { top: 2, left: 2, bottom: 10, right: 4 }
 */
export function decodeRange(ref: string): CellBox | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!match) return null;
  const left = columnNumber(match[1]);
  const top = Number(match[2]);
  const right = match[3] ? columnNumber(match[3]) : left;
  const bottom = match[4] ? Number(match[4]) : top;
  return {
    top: Math.min(top, bottom), bottom: Math.max(top, bottom),
    left: Math.min(left, right), right: Math.max(left, right),
  };
}
