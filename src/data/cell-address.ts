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
