/** A rectangle of cells, 1-based and inclusive. */
export interface CellBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 1-based column number of letters, any case: "A" → 1, "aa" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Column letters of a 1-based column number: 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address without sheet: cellAddress(12, 8) === "H12". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}
