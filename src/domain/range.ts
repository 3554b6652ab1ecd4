import type { Range } from './types';

/**
 * A low–high range whose base is its midpoint (DOMAIN §7 convention).
 * @example rangeOf(0.03, 0.1) // { low: 0.03, base: 0.065, high: 0.1 }
 */
export function rangeOf(low: number, high: number): Range {
  return { low, base: exactMidpoint(low, high), high };
}

/**
 * (low + high) / 2 rounded to 12 significant digits. Defaults are data typed by people
 * (0.1 and 0.2 give 0.15), not computed figures: binary floating point would turn the
 * midpoint into 0.15000000000000002, shown as such on the assumptions sheet and in the JSON.
 * 12 digits keep every decimal a person types and drop only that float noise.
 */
function exactMidpoint(low: number, high: number): number {
  const mid = (low + high) / 2;
  if (mid === 0 || !Number.isFinite(mid)) return mid;
  const rounded = Number(mid.toPrecision(12));
  // A range narrower than 12 digits (low and high differing far right) keeps its plain midpoint.
  return rounded >= Math.min(low, high) && rounded <= Math.max(low, high) ? rounded : mid;
}

/**
 * A range whose base is stated rather than the midpoint (a sourced point value
 * inside a wider range, e.g. GVT 0.6 % within 0.6–0.8 %).
 * @example rangeWithBase(0.006, 0.006, 0.008)
 */
export function rangeWithBase(low: number, base: number, high: number): Range {
  return { low, base, high };
}

/** A range of one point: nothing to vary. */
export function pointRange(value: number): Range {
  return { low: value, base: value, high: value };
}
