// Where the readiness checklist (Préparation) holds what; the builder and the reader
// (read-readiness-inputs.ts) share these numbers. Factors are found by their id in column A.
import { READINESS_FACTORS, READINESS_SCORE_MAX, READINESS_SCORE_MIN } from '../../domain/readiness-factors';

export const READINESS_COLS = { id: 1, area: 2, factor: 3, score: 4, weight: 5, gap: 6, rank: 7, sources: 8 } as const;
export const READINESS_NOTE_ROW = 3;
export const READINESS_PROVENANCE_ROW = 4;
/** Score values 0 … 3 in column A, their meanings in column C. */
export const READINESS_SCALE_HEADER = 7;
export const READINESS_SCALE_FIRST = READINESS_SCALE_HEADER + 1;
export const READINESS_SCALE_COUNT = READINESS_SCORE_MAX - READINESS_SCORE_MIN + 1;
export const READINESS_HEADER_ROW = READINESS_SCALE_FIRST + READINESS_SCALE_COUNT + 2;
export const READINESS_FIRST_ROW = READINESS_HEADER_ROW + 1;
export const READINESS_LAST_ROW = READINESS_FIRST_ROW + READINESS_FACTORS.length - 1;
/** The index, in the score column. */
export const READINESS_INDEX_ROW = READINESS_LAST_ROW + 1;
export const READINESS_PRIORITIES_HEADER = READINESS_INDEX_ROW + 3;
/** How many factors the sheet names to work on first. */
export const READINESS_PRIORITY_COUNT = 3;
