// Fixed places of the SWOT sheet that the read-back and the other sheets rely on.
import type { SwotQuadrant } from '../../domain/swot-rules';

/** The sheet's stable key (PlanSheet.key). */
export const SWOT_SHEET_KEY = 'swot';

/**
 * Columns: a key, the item's text, TRUE/FALSE "applies", the rule in words with its source cell,
 * the indicator's value, the threshold, the entity, the rank within the quadrant. The partner
 * blocks put the partners from column E, then the group; the matrix puts its right-hand quadrant
 * (weaknesses, threats) in C (keys) and D (texts).
 */
export const SWOT_COLS = { key: 1, text: 2, flag: 3, rule: 4, value: 5, threshold: 6, entity: 7, rank: 8 } as const;
export const SWOT_FIRST_PARTNER_COL = 5;

/** User rows per quadrant at least; more when a previous sheet held more items (two spare rows). */
export const SWOT_USER_ROWS = 8;

/** The key cell of a user row (its text stands one column right): `swot.user.W.3`. */
export const swotUserKey = (quadrant: SwotQuadrant, index: number): string => `swot.user.${quadrant}.${index}`;

/** Reads a user-row key back: its quadrant and 1-based index, or null. */
export function parseSwotUserKey(key: string): { quadrant: SwotQuadrant; index: number } | null {
  const m = /^swot\.user\.([SWOT])\.(\d+)$/.exec(key.trim());
  return m ? { quadrant: m[1] as SwotQuadrant, index: Number(m[2]) } : null;
}
