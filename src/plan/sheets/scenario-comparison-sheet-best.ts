// The "best" column of the scenario comparison: which of S1…Sn wins on a row, by the
// row's direction (higher is better, or lower). S0 never competes: it is the reference.
import type { CellScalar } from '../types';
import { text } from './partner-formulas';

/** `max`: the highest figure wins (NPV, net benefit, score); `min`: the lowest (costs, payback, rank). */
export type Direction = 'max' | 'min';

export interface BestTexts {
  /** Shown when several scenarios share the winning figure. */
  readonly tie: string;
  /** Shown when no scenario has a figure on the row (every payback out of the horizon). */
  readonly none: string;
}

/**
 * The formula naming the winner of a row: INDEX of the codes at the MATCH of MAX (or MIN)
 * over the scenario cells. MAX and MIN skip texts (a payback "not within the horizon");
 * with no number at all they give 0, which MATCH does not find, hence the IFERROR.
 * `cells` is the row's relative range over S1…Sn (`D12:F12`), `codes` the absolute range
 * of their codes in the header (`$D$7:$F$7`).
 * @example bestFormula('D12:F12', '$D$7:$F$7', 'max', texts)
 *   // IFERROR(IF(COUNTIF(D12:F12,MAX(D12:F12))>1,"ex æquo",INDEX($D$7:$F$7,MATCH(MAX(D12:F12),D12:F12,0))),"—")
 */
export function bestFormula(cells: string, codes: string, direction: Direction, texts: BestTexts): string {
  const target = `${direction === 'max' ? 'MAX' : 'MIN'}(${cells})`;
  const winner = `INDEX(${codes},MATCH(${target},${cells},0))`;
  return `IFERROR(IF(COUNTIF(${cells},${target})>1,${text(texts.tie)},${winner}),${text(texts.none)})`;
}

/**
 * What bestFormula yields for the scenario cells' values: the code of the single highest
 * (or lowest) number, the tie text when several share it, the none text without numbers.
 * @example bestOf([120, 'n/a', 300], ['S1', 'S2', 'S3'], 'max', texts) // 'S3'
 */
export function bestOf(values: readonly CellScalar[], codes: readonly string[], direction: Direction, texts: BestTexts): string {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (numbers.length === 0) return texts.none;
  const target = direction === 'max' ? Math.max(...numbers) : Math.min(...numbers);
  if (numbers.filter((v) => v === target).length > 1) return texts.tie;
  return codes[values.indexOf(target)];
}
