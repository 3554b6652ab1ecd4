// A1 → R1C1 relative to the formula's own cell, so that two cells of a row
// hold "the same formula" exactly when their R1C1 texts are equal.
import { tokenizeFormula } from './formula-tokens';

/** The formula in R1C1 terms, whitespace outside strings dropped: `C4*2` in D4 → `RC[-1]*2`. */
export function formulaToR1C1(formula: string, row: number, col: number): string {
  return tokenizeFormula(formula)
    .filter((token) => token.kind !== 'space')
    .map((token) => (token.kind === 'ref' ? token.text.split(':').map((part) => cellToR1C1(part, row, col)).join(':') : token.text))
    .join('');
}

function cellToR1C1(a1: string, row: number, col: number): string {
  const match = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/i.exec(a1);
  if (!match) return a1;
  const refCol = columnNumber(match[2]);
  const refRow = Number(match[4]);
  const r = match[3] ? `R${refRow}` : refRow === row ? 'R' : `R[${refRow - row}]`;
  const c = match[1] ? `C${refCol}` : refCol === col ? 'C' : `C[${refCol - col}]`;
  return r + c;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
