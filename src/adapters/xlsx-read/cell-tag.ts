// The start tag of a row or a cell (`<c r="B7" s="6" t="s">`), read without building an
// attribute object or slicing plain values: a large sheet has hundreds of thousands of them.
import { supported } from './unsupported';
import { decodeAttribute } from './xml-text';

/** What readCellTag found, refilled on each call. */
export interface CellTag {
  /** `r` as a row number (rows) or column and row (cells); 0 when absent. */
  row: number;
  column: number;
  /** The `r` text, kept only when it is not plain (`A12`, `12`), else undefined (see addressOf). */
  address: string | undefined;
  /** `s` as parseInt reads it (NaN when absent). */
  style: number;
  t: string | undefined;
  end: number;
  selfClosing: boolean;
}

/** A fresh holder for readCellTag. */
export const cellTagHolder = (): CellTag => ({
  row: 0, column: 0, address: undefined, style: NaN, t: undefined, end: 0, selfClosing: false,
});

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;
const TYPES = ['s', 'n', 'b', 'e', 'str', 'inlineStr', 'd'];

/**
 * Reads the attributes of the tag whose name ends at `from` (`<c` → at + 2, `<row` → at + 4)
 * into `tag`. `r` must be a plain address (`B7`, or a row number for rows): anything else is
 * unsupported. Other attributes are checked and skipped.
 *
 * @example readCellTag('<c r="A2" t="s">', 2, tag) // tag.column === 1, tag.row === 2, tag.t === 's', tag.end === 16
 */
export function readCellTag(xml: string, from: number, tag: CellTag): void {
  tag.row = 0;
  tag.column = 0;
  tag.address = undefined;
  tag.style = NaN;
  tag.t = undefined;
  let seen = 0;
  let i = from;
  for (;;) {
    while (isSpace(xml.charCodeAt(i))) i += 1;
    const code = xml.charCodeAt(i);
    if (code === 62) {
      tag.end = i + 1;
      tag.selfClosing = false;
      return;
    }
    if (code === 47) {
      supported(xml.charCodeAt(i + 1) === 62, 'tag syntax');
      tag.end = i + 2;
      tag.selfClosing = true;
      return;
    }
    const equals = xml.indexOf('=', i);
    let keyEnd = equals;
    while (isSpace(xml.charCodeAt(keyEnd - 1))) keyEnd -= 1;
    let q = equals + 1;
    while (isSpace(xml.charCodeAt(q))) q += 1;
    const quote = xml.charCodeAt(q);
    supported(keyEnd > i && (quote === 34 || quote === 39), 'cell attribute syntax');
    const start = q + 1;
    const close = xml.indexOf(quote === 34 ? '"' : "'", start);
    supported(close > 0, 'cell attribute syntax');
    const key = keyEnd === i + 1 ? xml.charCodeAt(i) : 0;
    // Each of r, s, t once (saxes rejects a repeated attribute).
    const bit = key === 114 ? 1 : key === 115 ? 2 : key === 116 ? 4 : 0;
    supported((seen & bit) === 0, 'duplicate attribute');
    seen |= bit;
    if (bit === 1) readAddress(xml, start, close, tag);
    else if (bit === 2) tag.style = readStyle(xml, start, close);
    else if (bit === 4) tag.t = readType(xml, start, close);
    else {
      supported(!/[\s<>/"'=]/.test(xml.slice(i, keyEnd)), 'cell attribute syntax');
      decodeAttribute(xml.slice(start, close));
    }
    i = close + 1;
  }
}

/** Column letters (A–ZZZ, upper case) then a row number without leading zero; column 0 for a row's `r`. */
function readAddress(xml: string, start: number, end: number, tag: CellTag): void {
  let column = 0;
  let i = start;
  for (; i < end && i - start < 3; i += 1) {
    const code = xml.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  let row = 0;
  const digits = i;
  for (; i < end; i += 1) {
    const code = xml.charCodeAt(i);
    if (code < 48 || code > 57) break;
    row = row * 10 + (code - 48);
  }
  supported(i === end && i > digits && xml.charCodeAt(digits) !== 48 && row <= 1048576, `address ${xml.slice(start, end)}`);
  tag.column = column;
  tag.row = row;
}

/** parseInt of the style index, straight from plain digits. */
function readStyle(xml: string, start: number, end: number): number {
  let style = 0;
  for (let i = start; i < end; i += 1) {
    const code = xml.charCodeAt(i);
    if (code < 48 || code > 57) return parseInt(decodeAttribute(xml.slice(start, end)), 10);
    style = style * 10 + (code - 48);
  }
  return start === end ? NaN : style;
}

function readType(xml: string, start: number, end: number): string {
  for (const type of TYPES) {
    if (type.length === end - start && xml.startsWith(type, start)) return type;
  }
  return decodeAttribute(xml.slice(start, end));
}

/** The A1 address text of a cell tag just read (for hyperlinks and shared formulas). */
export function addressOf(tag: CellTag): string {
  let letters = '';
  for (let n = tag.column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${tag.row}`;
}
