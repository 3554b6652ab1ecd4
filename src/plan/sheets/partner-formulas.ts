// Formula pieces for the partner-column sheets. Codes typed by users (partner codes)
// are matched with SUMPRODUCT((range=code)*…), which is exact apart from case; SUMIFS
// and COUNTIFS would read `*`, `?`, `~` as wildcards and a leading `<`, `>` or `=` as an
// operator, so that a partner coded "A*" would collect every partner starting with A.
import { prefixUpperBound } from '../../engine/indicators/account-prefix';

/** A text literal for a formula, quotes doubled. */
export function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** An equality condition over a range: `(range=value)`; `value` is a cell address or a literal. */
export function equals(range: string, value: string): string {
  return `(${range}=${value})`;
}

/** A condition that a range holds a number (the optional field is filled). */
export function filled(range: string): string {
  return `ISNUMBER(${range})`;
}

/**
 * A 0/1 condition that a digit-text account range starts with one of the prefixes, as
 * text bounds (prefix ≤ account < next prefix): LEFT is not among the model's functions.
 * The prefixes must not overlap (tested with the engine's lists).
 */
export function accountStartsWith(range: string, prefixes: readonly string[]): string {
  const terms = prefixes.map((p) => `(${range}>=${text(p)})*(${range}<${text(prefixUpperBound(p))})`);
  return `(${terms.join('+')})`;
}

const mask = (conditions: readonly string[]): string =>
  (conditions.length === 1 ? `--${conditions[0]}` : conditions.join('*'));

/** Σ of the product of `ranges` over the rows meeting every condition. Empty cells count as 0. */
export function sumWhere(conditions: readonly string[], ...ranges: readonly string[]): string {
  return `SUMPRODUCT(${[mask(conditions), ...ranges].join(',')})`;
}

/** Count of the rows meeting every condition. */
export function countWhere(conditions: readonly string[]): string {
  return `SUMPRODUCT(${mask(conditions)})`;
}

/** `IF(den=0,"n/a",expr)`: a ratio that is "n/a", never #DIV/0!, without its parts. */
export function unlessZero(denominator: string, expression: string, na: string): string {
  return `IF(${denominator}=0,${text(na)},${expression})`;
}
