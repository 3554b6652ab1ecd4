// One worksheet row as the XML ExcelJS 4.4's stream writer gives it (row-xform.js and cell-xform.js),
// written straight from the plan's cells: no ExcelJS Row and Cell objects for a quarter of a million
// cells, no XML builder (issue 9). The markup, the style ids and the shared-string indexes are the ones
// ExcelJS would have written for the same cells in the same order.
import type { CellScalar, PlanCell, StyleName } from '../../plan/types';
import { columnLetters } from './plan-address';
import { planCellValue } from './plan-cell-value';
import { xmlCellText } from './xml-cell-text';

/** ExcelJS's ValueType numbers (doc/enums.js), for the style lookup: a date without a format gets one. */
const VALUE_TYPE = { null: 0, number: 2, string: 3, boolean: 9 } as const;
export type CellValueType = (typeof VALUE_TYPE)[keyof typeof VALUE_TYPE];

/** The workbook-wide registers a row's cells go into. */
export interface CellRegisters {
  /** The style id (`s`) of a plan style and number format; 0 is the default style, which is not written. */
  styleId(style: StyleName | undefined, numberFormat: string | undefined, type: CellValueType): number;
  /** The index of a text in the shared strings, added on first use. */
  sharedString(text: string): number;
}

const letters: string[] = [];
function columnOf(col: number): string {
  return letters[col] ?? (letters[col] = columnLetters(col));
}

function typeOf(value: CellScalar): CellValueType {
  if (value === null) return VALUE_TYPE.null;
  if (typeof value === 'number') return VALUE_TYPE.number;
  if (typeof value === 'boolean') return VALUE_TYPE.boolean;
  return VALUE_TYPE.string;
}

/** `<c …>` of a formula after its `<c r s`: the result's type, the formula, the cached result. */
function formulaXml(formula: string, result: CellScalar): string {
  const f = `<f>${xmlCellText(formula)}</f>`;
  if (result === null) return `>${f}</c>`;
  if (typeof result === 'number') return `>${f}<v>${String(result)}</v></c>`;
  if (typeof result === 'boolean') return ` t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  // A formula's text result is written in place, never as a shared string (cell-xform.js).
  return ` t="str">${f}<v>${xmlCellText(result)}</v></c>`;
}

/** `<c …>` of a plain value after its `<c r s`; text goes to the shared strings. */
function valueXml(value: string | number | boolean, registers: CellRegisters): string {
  if (typeof value === 'number') return `><v>${String(value)}</v></c>`;
  if (typeof value === 'boolean') return ` t="b"><v>${value ? 1 : 0}</v></c>`;
  return ` t="s"><v>${registers.sharedString(value)}</v></c>`;
}

/** The formula (if any) and the value or cached result ExcelJS gets for a cell from planCellValue. */
function contentOf(cell: PlanCell, sheetNames: ReadonlyMap<string, string>): { formula: string | undefined; value: CellScalar } {
  if (cell.linkTo !== undefined) {
    // The rare link cell goes through the one place that knows how a link is written.
    const v = planCellValue(cell, sheetNames);
    if (v !== null && typeof v === 'object' && 'formula' in v) return { formula: v.formula, value: (v.result ?? null) as CellScalar };
    return { formula: undefined, value: v as CellScalar };
  }
  if (cell.formula !== undefined) {
    return { formula: cell.formula.startsWith('=') ? cell.formula.slice(1) : cell.formula, value: cell.expected ?? null };
  }
  return { formula: undefined, value: cell.value ?? null };
}

function hasContent(cell: PlanCell, sheetNames: ReadonlyMap<string, string>): boolean {
  if (cell.formula !== undefined || (cell.value !== undefined && cell.value !== null)) return true;
  return cell.linkTo !== undefined && contentOf(cell, sheetNames).value !== null;
}

/**
 * The `<row>` element of row `row` holding `cells` (one per column, in ascending column order), or ''
 * when none of them has a value: ExcelJS's stream writer leaves out such a row, styles and all.
 * Registers each cell's style and text, in column order, as ExcelJS does when it commits the row.
 * @example rowXml(3, [{ row: 3, col: 1, value: 'A', style: 'label' }, { row: 3, col: 2, formula: 'B2*2', expected: 4 }], names, registers)
 *   // '<row r="3" spans="1:2" x14ac:dyDescent="0.25"><c r="A3" s="1" t="s"><v>0</v></c><c r="B3"><f>B2*2</f><v>4</v></c></row>'
 */
export function rowXml(row: number, cells: readonly PlanCell[], sheetNames: ReadonlyMap<string, string>, registers: CellRegisters): string {
  if (!cells.some((cell) => hasContent(cell, sheetNames))) return '';
  let xml = `<row r="${row}" spans="${cells[0].col}:${cells[cells.length - 1].col}" x14ac:dyDescent="0.25">`;
  for (const cell of cells) {
    let formula: string | undefined;
    let value: CellScalar;
    // The common cases inline: no object per cell.
    if (cell.linkTo !== undefined) ({ formula, value } = contentOf(cell, sheetNames));
    else if (cell.formula !== undefined) {
      formula = cell.formula.startsWith('=') ? cell.formula.slice(1) : cell.formula;
      value = cell.expected ?? null;
    } else value = cell.value ?? null;
    // A formula's style is looked up with its result's type (cell-xform.js getEffectiveCellType).
    const s = registers.styleId(cell.style, cell.numberFormat, typeOf(value));
    const head = `<c r="${columnOf(cell.col)}${row}"${s ? ` s="${s}"` : ''}`;
    if (formula !== undefined) xml += head + formulaXml(formula, value);
    else if (value !== null) xml += head + valueXml(value, registers);
    else if (s) xml += `${head}/>`;
  }
  return `${xml}</row>`;
}
