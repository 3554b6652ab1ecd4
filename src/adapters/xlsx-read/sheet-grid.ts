// The cells of one worksheet's <sheetData>, as the CellValues the partner tables need, in a
// sparse grid by row and column. The scanner accepts only the shapes it models (rows of
// cells, each with f/v/is/t children) and gives up on anything else.
import type { CellValue } from '../../data/types';
import type { CellBox } from '../exceljs/input-range';
import {
  formulaCellValue, formulaResult, plainCellValue, type CellContext,
} from './cell-value';
import { addressOf, cellTagHolder, readCellTag } from './cell-tag';
import { runText } from './rich-text';
import { supported } from './unsupported';
import { decodeText } from './xml-text';
import { readTag, tagStartsAt } from './xml-tag';

export interface SheetGrid {
  /** `rows[r][c]`: the non-null values, 1-based row and column. */
  readonly rows: readonly (readonly CellValue[] | undefined)[];
  readonly lastRow: number;
}

export interface GridContext extends CellContext {
  /** Addresses (`B4`) that carry an external hyperlink. */
  readonly hyperlinks: ReadonlySet<string>;
}

/**
 * The values of the <sheetData> content in [start, end). Rows and cells must come in
 * increasing order with their `r` address (Excel and ExcelJS always write them so).
 *
 * Cells inside a merged range other than its top-left one are left out.
 *
 * @example sheetGrid(xml, layout.data, layout.merges, context).rows[2]?.[1] // value of A2
 */
export function sheetGrid(
  xml: string, range: { readonly start: number; readonly end: number }, merges: readonly CellBox[], context: GridContext,
): SheetGrid {
  const { start, end } = range;
  const rows: CellValue[][] = [];
  // Shared formula masters by `si`, in document order: a later cell refers to an earlier master.
  const masters = new Map<string, string>();
  const tag = cellTagHolder();
  let lastRow = 0;
  let at = start;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 || lt >= end) break;
    supported(tagStartsAt(xml, lt, 'row'), 'element other than <row> in <sheetData>');
    readCellTag(xml, lt + 4, tag);
    const rowNumber = tag.row;
    supported(tag.column === 0 && rowNumber > lastRow, 'row number');
    lastRow = rowNumber;
    at = tag.end;
    if (tag.selfClosing) continue;
    const cells: CellValue[] = [];
    let lastColumn = 0;
    for (;;) {
      const open = xml.indexOf('<', at);
      supported(open >= 0 && open < end, 'unclosed <row>');
      if (xml.startsWith('</row>', open)) {
        at = open + 6;
        break;
      }
      supported(tagStartsAt(xml, open, 'c'), 'element other than <c> in <row>');
      readCellTag(xml, open + 2, tag);
      const column = tag.column;
      supported(tag.row === rowNumber && column > lastColumn, 'cell address or order');
      lastColumn = column;
      const { style, t: type } = tag;
      let value: CellValue;
      const content = tag.end;
      if (tag.selfClosing) {
        value = null;
        at = content;
      } else if (xml.startsWith('<v>', content) && xml.startsWith('</v></c>', xml.indexOf('<', content + 3))) {
        // The common case, <c …><v>…</v></c>: a hyperlink changes nothing without a formula.
        const close = xml.indexOf('<', content + 3);
        value = close === content + 3 ? null : plainCellValue(type, style, decodeText(xml.slice(content + 3, close)), undefined, context);
        at = close + 8;
      } else {
        const close = xml.indexOf('</c>', content);
        supported(close >= 0 && close < end, 'unclosed <c>');
        value = generalCell(xml, content, close, { address: addressOf(tag), type, style }, context, masters);
        at = close + 4;
      }
      if (value !== null) cells[column] = value;
    }
    if (cells.length > 0) rows[rowNumber] = cells;
  }
  for (const box of merges) hideMerged(rows, box, lastRow);
  return { rows, lastRow };
}

/** A merged range shows only its top-left cell: the others read as null, whatever they hold. */
function hideMerged(rows: CellValue[][], box: CellBox, lastRow: number): void {
  for (let r = box.top; r <= Math.min(box.bottom, lastRow); r += 1) {
    const cells = rows[r];
    if (!cells) continue;
    for (let c = box.left; c <= Math.min(box.right, cells.length - 1); c += 1) {
      if (r !== box.top || c !== box.left) delete cells[c];
    }
  }
}

interface CellAttributes {
  readonly address: string;
  readonly type: string | undefined;
  readonly style: number;
}

/** A cell with a formula, an inline string or several value elements, read element by element. */
function generalCell(
  xml: string, start: number, end: number, cell: CellAttributes, context: GridContext, masters: Map<string, string>,
): CellValue {
  let text: string | undefined;
  let runs: string[] | undefined;
  let formula: { text: string; attributes: Readonly<Record<string, string>> } | undefined;
  let inInline = false;
  let at = start;
  for (;;) {
    const lt = xml.indexOf('<', at);
    supported(xml.slice(at, lt < 0 || lt > end ? end : lt).trim() === '', 'text between cell elements');
    if (lt < 0 || lt >= end) break;
    if (xml.startsWith('</is>', lt)) {
      supported(inInline, 'stray </is>');
      inInline = false;
      at = lt + 5;
      continue;
    }
    const tag = readTag(xml, lt);
    at = tag.end;
    if (tag.name === 'v' || tag.name === 't' || tag.name === 'f') {
      let content = '';
      if (!tag.selfClosing) {
        const close = xml.indexOf(`</${tag.name}>`, tag.end);
        supported(close >= 0 && close < end && xml.indexOf('<', tag.end) === close, `markup inside <${tag.name}>`);
        content = decodeText(xml.slice(tag.end, close));
        at = close + tag.name.length + 3;
      }
      if (tag.name === 'f') {
        supported(formula === undefined, 'two formulas in a cell');
        formula = { text: content, attributes: tag.attributes };
      } else if (content !== '') {
        supported(runs === undefined, 'text after rich text runs');
        text = (text ?? '') + content;
      }
    } else if (tag.name === 'is' && !inInline) {
      inInline = !tag.selfClosing;
    } else if (tag.name === 'r' && inInline) {
      // ExcelJS throws on runs after plain text in the same cell.
      supported(text === undefined, 'runs after text');
      const run = tag.selfClosing ? { text: '', end: tag.end } : runText(xml, tag.end);
      (runs ??= []).push(run.text);
      at = run.end;
    } else {
      supported(false, `<${tag.name}> in a cell`);
    }
  }
  supported(!inInline, 'unclosed <is>');
  const hyperlinked = context.hyperlinks.has(cell.address);
  const shareType = formula?.attributes.t;
  if (formula === undefined || (formula.text === '' && !shareType)) return plainCellValue(cell.type, cell.style, text, runs, context);
  let hasFormula = formula.text !== '';
  if (shareType === 'shared') {
    const si = String(formula.attributes.si);
    if (formula.attributes.ref) masters.set(si, cell.address);
    else hasFormula ||= masters.has(si);
  }
  return formulaCellValue(formulaResult({ type: cell.type, style: cell.style, text, runs }, context), hasFormula, hyperlinked);
}
