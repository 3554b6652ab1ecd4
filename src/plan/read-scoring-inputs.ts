// Regeneration keeps the board's weighted choice: read the weights and judgement scores back
// from a weighted-choice sheet, by the key in column A and the scenario code in the header row,
// so that criteria or scenarios moved, added or removed since still find their values.
import type { CellValue } from '../data/types';
import { CRITERIA, JUDGEMENT_CRITERIA, type Criterion, type JudgementCriterion, type ScoringInputs } from '../engine/scoring/types';
import { FIRST_SCENARIO_COL, SCORING_COLS, SCORING_HEADER_ROW } from './sheets/scoring-sheet-layout';

type Rows = readonly (readonly CellValue[])[];

const numberIn = (v: CellValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The scoring inputs held by a weighted-choice sheet given as rows of cell values from A1
 * (`rows[0][0]` is A1): each criterion's weight (the row whose key is the criterion), and each
 * judgement score of the scenarios in `codes` (the column whose header is the code). What the
 * sheet does not hold as a number (a criterion, a scenario added since, a cleared cell) comes from `fallback`.
 * @example readScoringInputs(rows, ['S1', 'S2'], defaults).weights.npv // 0.4 when the board typed 40 %
 */
export function readScoringInputs(rows: Rows, codes: readonly string[], fallback: ScoringInputs): ScoringInputs {
  const keyRow = new Map<string, readonly CellValue[]>();
  for (const r of rows) {
    const key = r[SCORING_COLS.key - 1];
    if (typeof key === 'string' && !keyRow.has(key.trim())) keyRow.set(key.trim(), r);
  }
  const header = rows[SCORING_HEADER_ROW - 1] ?? [];
  const colOf = new Map<string, number>();
  header.forEach((v, i) => {
    if (i + 1 >= FIRST_SCENARIO_COL && typeof v === 'string' && !colOf.has(v.trim())) colOf.set(v.trim(), i + 1);
  });
  const weights = Object.fromEntries(CRITERIA.map((c) => [c, numberIn(keyRow.get(c)?.[SCORING_COLS.weight - 1]) ?? fallback.weights[c]])) as Record<Criterion, number>;
  const judgementOf = (c: JudgementCriterion): Record<string, number> => {
    const out: Record<string, number> = { ...fallback.judgement[c] };
    const row = keyRow.get(c);
    for (const code of codes) {
      const col = colOf.get(code);
      const v = row && col !== undefined ? numberIn(row[col - 1]) : null;
      if (v !== null) out[code] = v;
    }
    return out;
  };
  const judgement = Object.fromEntries(JUDGEMENT_CRITERIA.map((c) => [c, judgementOf(c)])) as Record<JudgementCriterion, Record<string, number>>;
  return { weights, judgement };
}
