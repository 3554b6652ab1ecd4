// One cell's XML, turned into the CellValue src/adapters/exceljs/input-cell-value.ts gives
// for the cell ExcelJS builds from the same XML — quirks included, since the result must
// not depend on which reader ran.
import type { CellValue } from '../../data/types';
import { supported } from './unsupported';
import { excelXmlDecode } from './xml-text';
import { dateCellText } from '../date-cell-text';

export interface CellContext {
  /** Shared strings, null when the package has no table. */
  readonly strings: readonly CellValue[] | null;
  /** Per style index: numbers in that style are dates. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** What a `<c>` holds, as ExcelJS's cell reader collects it. */
export interface CellXml {
  /** `t="…"`. */
  readonly type: string | undefined;
  /** `s="…"` as parseInt reads it (NaN when absent). */
  readonly style: number;
  /** The text of its `<v>` and `<t>` elements, joined; undefined when there is none. */
  readonly text: string | undefined;
  /** Rich text runs (inline strings). */
  readonly runs: readonly string[] | undefined;
}

const nonEmpty = (text: string): string | null => (text === '' ? null : text);

/** Whether ExcelJS reads a number in this style as a date (style 0 never is). */
export function isDateStyle(style: number, context: CellContext): boolean {
  return style > 0 && context.dateStyles[style] === true;
}

/**
 * The value of a cell without a formula: shared/inline/`str` text, booleans as ExcelJS's
 * `parseInt(v) !== 0`, errors by their text, numbers by parseFloat (dates in date styles).
 *
 * @example plainCellValue('s', NaN, '3', undefined, context) // context.strings[3]
 */
export function plainCellValue(
  type: string | undefined, style: number, text: string | undefined, runs: readonly string[] | undefined, context: CellContext,
): CellValue {
  if (runs !== undefined) {
    supported(type === 'inlineStr' && text === undefined, 'rich text in a cell that is not an inline string');
    return nonEmpty(runs.join(''));
  }
  if (text === undefined) return null;
  switch (type) {
    case 's': {
      const index = parseInt(text, 10);
      const strings = context.strings;
      // ExcelJS throws on a missing table or index: the fallback reports that file as it does today.
      supported(strings !== null && index >= 0 && index < strings.length, 'shared string index');
      return strings[index];
    }
    case 'str':
      return nonEmpty(excelXmlDecode(text));
    case 'inlineStr':
      return nonEmpty(text);
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return text;
    default: {
      const number = parseFloat(text);
      if (isDateStyle(style, context)) return dateCellText(serialDate(number, context.date1904));
      return Number.isFinite(number) ? number : null;
    }
  }
}

/** A formula's cached result before ExcelJS's value getter sees it. */
export type FormulaResult = string | number | boolean | Date | { readonly error: string } | undefined;

/**
 * A formula cell's cached result as ExcelJS reconciles it: by `t`, then turned into a date
 * when the style is a date (whatever the result's type, as ExcelJS does).
 */
export function formulaResult(cell: CellXml, context: CellContext): FormulaResult {
  supported(cell.runs === undefined, 'rich text in a formula cell');
  const { type, text } = cell;
  if (!text) return undefined;
  let result: FormulaResult;
  if (type === 'str') result = excelXmlDecode(text);
  else if (type === 'b') result = parseInt(text, 10) !== 0;
  else if (type === 'e') result = { error: text };
  else result = parseFloat(text);
  return isDateStyle(cell.style, context) ? serialDate(result, context.date1904) : result;
}

/**
 * The CellValue of a formula cell. ExcelJS's formula value keeps only truthy parts, so a
 * cached 0 or FALSE reads as "no result" (null), and a formula with neither text nor a known
 * shared master gives null; a hyperlink cell instead shows its result as it is.
 */
export function formulaCellValue(result: FormulaResult, hasFormula: boolean, hyperlinked: boolean): CellValue {
  if (!hyperlinked && (!hasFormula || !result)) return null;
  return resultValue(result);
}

function resultValue(result: FormulaResult): CellValue {
  if (result === undefined) return null;
  if (typeof result === 'number') return Number.isFinite(result) ? result : null;
  if (typeof result === 'string') return nonEmpty(result);
  if (typeof result === 'boolean') return result;
  if (result instanceof Date) return dateCellText(result);
  return result.error;
}

/** ExcelJS's excelToDate: the serial's wall-clock time as a UTC instant (non-numbers coerced as JavaScript does). */
function serialDate(value: FormulaResult, date1904: boolean): Date {
  const serial = typeof value === 'object' && !(value instanceof Date) ? NaN : Number(value);
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}
