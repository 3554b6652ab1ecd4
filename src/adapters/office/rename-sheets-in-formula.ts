// Rewrites sheet references in an en-US formula when a sheet is written under
// another name than the plan's (a colliding user's sheet, a sheet still under
// its previous name until the commit). String literals are left alone.
import { quoteSheet } from './a1-address';

/**
 * The formula with each `'Old'!` (or unquoted `Old!`) reference to a sheet in
 * `names` replaced by its new name, always quoted.
 *
 * @example renameSheetsInFormula("SUM('Données'!A1:A3)", new Map([['Données', 'Données (2)']])) // "SUM('Données (2)'!A1:A3)"
 */
export function renameSheetsInFormula(formula: string, names: ReadonlyMap<string, string>): string {
  if (names.size === 0 || !formula.includes('!')) return formula;
  const lower = new Map([...names].map(([from, to]) => [from.toLowerCase(), to]));
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = endOfString(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "'") {
      const end = endOfQuotedName(formula, i);
      const name = formula.slice(i + 1, end - 1).replace(/''/g, "'");
      const to = formula[end] === '!' ? lower.get(name.toLowerCase()) : undefined;
      out += to === undefined ? formula.slice(i, end) : quoteSheet(to);
      i = end;
    } else if (/[A-Za-z_\u00C0-\uFFFF]/.test(ch) && (i === 0 || !/[\w.\u00C0-\uFFFF]/.test(formula[i - 1]))) {
      const match = /^[\w.\u00C0-\uFFFF]+/.exec(formula.slice(i));
      const word = match ? match[0] : ch;
      const to = formula[i + word.length] === '!' ? lower.get(word.toLowerCase()) : undefined;
      out += to === undefined ? word : quoteSheet(to);
      i += word.length;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

/** Index just past a "string literal" starting at `start` ("" is an escaped quote). */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"' && text[i + 1] === '"') i += 2;
    else if (text[i] === '"') return i + 1;
    else i += 1;
  }
  return text.length;
}

/** Index just past a 'quoted sheet name' starting at `start` ('' is an escaped quote). */
function endOfQuotedName(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "'" && text[i + 1] === "'") i += 2;
    else if (text[i] === "'") return i + 1;
    else i += 1;
  }
  return text.length;
}
