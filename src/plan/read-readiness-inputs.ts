// Regeneration keeps the board's readiness checklist: read the Préparation sheet back by the
// factor id in column A, so that factors moved, added or removed since still find their values.
import type { CellValue } from '../data/types';
import { READINESS_FACTORS } from '../domain/readiness-factors';
import type { ReadinessInputs } from '../engine/risks/readiness-index';
import { READINESS_COLS } from './sheets/readiness-sheet-layout';

type Rows = readonly (readonly CellValue[])[];

const numberIn = (v: CellValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The scores and weights held by a readiness sheet given as rows of cell values from A1, by factor
 * id; what the sheet does not hold as a number (a factor added since, a cleared cell) comes from `fallback`.
 * @example readReadinessInputs(rows, defaultReadinessInputs()).scores['RDY-04'] // 2 when the board typed 2
 */
export function readReadinessInputs(rows: Rows, fallback: ReadinessInputs): ReadinessInputs {
  const byId = new Map<string, readonly CellValue[]>();
  for (const r of rows) {
    const id = r[READINESS_COLS.id - 1];
    if (typeof id === 'string' && !byId.has(id.trim().toUpperCase())) byId.set(id.trim().toUpperCase(), r);
  }
  const scores: Record<string, number> = { ...fallback.scores };
  const weights: Record<string, number> = { ...fallback.weights };
  for (const f of READINESS_FACTORS) {
    const row = byId.get(f.id);
    if (!row) continue;
    const score = numberIn(row[READINESS_COLS.score - 1]);
    const weight = numberIn(row[READINESS_COLS.weight - 1]);
    if (score !== null) scores[f.id] = score;
    if (weight !== null) weights[f.id] = weight;
  }
  return { scores, weights };
}
