// An item's sentence as a live formula and as the engine's text: a translated template whose
// placeholders ({entity}, {value}, {threshold}, {cost}) become cell pieces in the formula and
// formatted numbers in the expected text. TEXT's format codes depend on the locale, and so does
// the decimal mark of a number joined to text: euros are written whole (ROUND(…,0)), and a
// percentage as its whole part, the language's decimal mark and its tenth, each computed apart.
import { text } from './partner-formulas';

export type PieceFormat = 'percent' | 'eur' | 'count' | 'text';

/** A placeholder's cell (or formula) and how it is written. */
export interface Piece {
  readonly formula: string;
  readonly format: PieceFormat;
  readonly value: number | string | null;
}

/** Spreadsheet ROUND(x, 0): half away from zero (Math.round goes up on −x.5). */
export function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/**
 * A rate as a percentage with one decimal, the mark given: r = ROUND(x×100, 1), then
 * sign, INT(|r|), the mark, and the first digit of ROUND((|r| − INT(|r|))×100, 0) (70 → "7").
 */
function percentFormula(x: string, mark: string): string {
  const r = `ROUND(${x}*100,1)`;
  return `IF(${r}<0,"-","")&INT(ABS(${r}))&${text(mark)}&LEFT(ROUND((ABS(${r})-INT(ABS(${r})))*100,0),1)`;
}

/** The same text in TypeScript: 0.01652 → "1,7" with mark ",". */
export function percentText(x: number, mark: string): string {
  const tenths = roundHalfAway(x * 1000);
  const abs = Math.abs(tenths);
  return `${tenths < 0 ? '-' : ''}${Math.floor(abs / 10)}${mark}${abs % 10}`;
}

function pieceFormula(p: Piece, mark: string): string {
  if (p.format === 'percent') return percentFormula(p.formula, mark);
  if (p.format === 'eur') return `ROUND(${p.formula},0)`;
  return p.formula;
}

function pieceText(p: Piece, mark: string): string {
  if (p.value === null) return '';
  if (typeof p.value === 'string') return p.value;
  if (p.format === 'percent') return percentText(p.value, mark);
  if (p.format === 'eur') return String(roundHalfAway(p.value));
  return String(p.value);
}

const split = (template: string) => template.split(/(\{[a-zA-Z]+\})/).filter((s) => s !== '');

/**
 * The template as a concatenation formula (`G12&" : taux de "&ROUND(E12*100,0)&" %"`).
 * @example templateFormula('{entity}: {value} %', { entity: …, value: … })
 */
export function templateFormula(template: string, pieces: Readonly<Record<string, Piece>>, mark: string): string {
  return split(template).map((part) => {
    const m = /^\{([a-zA-Z]+)\}$/.exec(part);
    if (m && pieces[m[1]]) return pieceFormula(pieces[m[1]], mark);
    return text(part);
  }).join('&');
}

/** The template with the pieces' values, as the spreadsheet writes them. */
export function templateText(template: string, pieces: Readonly<Record<string, Piece>>, mark: string): string {
  return split(template).map((part) => {
    const m = /^\{([a-zA-Z]+)\}$/.exec(part);
    return m && pieces[m[1]] ? pieceText(pieces[m[1]], mark) : part;
  }).join('');
}
