/// <reference types="office-js" />
// What one block sends to Excel: formulas (constants included), number formats
// and cell properties (styles, locks, internal links) as 2-D arrays, and an
// estimate of the request bytes it costs.
import type { PlanCell, WorkbookPlan } from '../../plan/types';
import { quoteSheet, rangeAddress } from './a1-address';
import type { CellBlock } from './cell-blocks';
import { renameSheetsInFormula } from './rename-sheets-in-formula';

export interface BlockPayload {
  readonly address: string;
  /** `=formula` (en-US) or a constant; '' for an empty cell. */
  readonly formulas: (string | number | boolean)[][];
  /** Null when no cell of the block has a number format. */
  readonly numberFormat: string[][] | null;
  /** Null when no cell of the block has a style or a link. */
  readonly cellProperties: Excel.SettableCellProperties[][] | null;
  /** JSON length of the above: what the block adds to a request. */
  readonly bytes: number;
}

export interface PayloadNames {
  /** Plan sheet name → the name the formula must use when it is written. */
  readonly inFormulas: ReadonlyMap<string, string>;
  /** Sheet key → the sheet's final name, for internal links. */
  readonly finalByKey: ReadonlyMap<string, string>;
}

/** The payload of one block. */
export function blockPayload(block: CellBlock, plan: WorkbookPlan, names: PayloadNames): BlockPayload {
  const address = rangeAddress(block.row, block.col, block.rows, block.cols);
  const formulas = block.cells.map((row) => row.map((cell) => cellContent(cell, names)));
  const hasFormat = block.cells.some((row) => row.some((cell) => cell.numberFormat !== undefined));
  const numberFormat = hasFormat ? block.cells.map((row) => row.map((cell) => cell.numberFormat ?? 'General')) : null;
  const hasProps = block.cells.some((row) => row.some((cell) => cell.style !== undefined || cell.linkTo !== undefined));
  const cellProperties = hasProps ? block.cells.map((row) => row.map((cell) => cellProps(cell, plan, names))) : null;
  const bytes = JSON.stringify({ address, formulas, numberFormat, cellProperties }).length;
  return { address, formulas, numberFormat, cellProperties, bytes };
}

function cellContent(cell: PlanCell, names: PayloadNames): string | number | boolean {
  if (cell.formula !== undefined) {
    const text = cell.formula.startsWith('=') ? cell.formula.slice(1) : cell.formula;
    return `=${renameSheetsInFormula(text, names.inFormulas)}`;
  }
  const value = cell.value ?? null;
  if (value === null && cell.linkTo !== undefined) return textForExcel(names.finalByKey.get(cell.linkTo) ?? '');
  if (value === null) return '';
  return typeof value === 'string' ? textForExcel(value) : value;
}

/**
 * Text as it must be sent so that Excel keeps it as text: Excel parses what a
 * script writes like what a user types, so `=x` would become a formula, `01`
 * the number 1, `1/2` a date and `TRUE` a boolean. Such text gets the quote
 * prefix `'`, which Excel does not keep in the value.
 *
 * @example textForExcel('01') // "'01"
 */
export function textForExcel(text: string): string {
  if (text === '') return '';
  const risky =
    /^[=+\-@'#\s]/.test(text) || /\d/.test(text) || /^(true|false|vrai|faux)$/i.test(text.trim()) || /\s$/.test(text);
  return risky ? `'${text}` : text;
}

// Strings, not the Excel enum: the global `Excel` is absent outside Office.
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** `#1F4E79` from the plan's ARGB `FF1F4E79`. */
export function rgb(argb: string): string {
  return `#${argb.length === 8 ? argb.slice(2) : argb}`;
}

function cellProps(cell: PlanCell, plan: WorkbookPlan, names: PayloadNames): Excel.SettableCellProperties {
  const props: Excel.SettableCellProperties = {};
  const style = cell.style ? plan.styles[cell.style] : undefined;
  if (style) {
    const format: Excel.CellPropertiesFormat = {};
    const font: Excel.CellPropertiesFont = {};
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.size !== undefined) font.size = style.size;
    if (style.fontColor !== undefined) font.color = rgb(style.fontColor);
    if (Object.keys(font).length > 0) format.font = font;
    if (style.fill !== undefined) format.fill = { color: rgb(style.fill) };
    const borders: Excel.CellBorderCollection = {};
    if (style.borderBottom) borders.bottom = { style: 'Continuous', weight: 'Thin' };
    if (style.borderTop) borders.top = { style: 'Continuous', weight: 'Thin' };
    if (Object.keys(borders).length > 0) format.borders = borders;
    if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
    if (style.wrap !== undefined) format.wrapText = style.wrap;
    if (style.locked !== undefined) format.protection = { locked: style.locked };
    if (Object.keys(format).length > 0) props.format = format;
  }
  if (cell.linkTo !== undefined) {
    const target = names.finalByKey.get(cell.linkTo);
    if (target !== undefined) {
      const text = cell.value === null || cell.value === undefined ? target : String(cell.value);
      props.hyperlink = { documentReference: `${quoteSheet(target)}!A1`, textToDisplay: text };
    }
  }
  return props;
}
