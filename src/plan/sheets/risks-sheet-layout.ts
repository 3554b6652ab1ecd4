// Where the risk register (Risques) holds what: the rating scale and the score bands on top, then
// one block per scenario (a title row, one row per catalogue risk), all under one header row, so
// that a COUNTIFS over the columns and the scenario code finds any scenario's risks. The builder,
// the risk map and the reader (read-risk-inputs.ts) share these numbers.
import { RISK_CATALOGUE, RISK_RATING_MAX, RISK_RATING_MIN } from '../../domain/risk-catalogue';
import { RISK_BANDS } from '../../engine/risks/types';
import { rangeRef, sheetRef } from '../layout/sheet-ref';

export const RISK_COLS = {
  scenario: 1, id: 2, category: 3, description: 4, likelihood: 5, impact: 6, score: 7, band: 8, owner: 9, mitigation: 10,
  residualLikelihood: 11, residualImpact: 12, residualScore: 13, residualBand: 14,
  proposedLikelihood: 15, proposedImpact: 16, proposedResidualLikelihood: 17, proposedResidualImpact: 18, why: 19, sources: 20,
} as const;
export type RiskColumn = keyof typeof RISK_COLS;
export const RISK_LAST_COL = RISK_COLS.sources;

export const RISK_NOTE_ROW = 3;
export const RISK_PROVENANCE_ROW = 4;
const SCALE_SECTION = 6;
/** Rating values 1 … 5 in column A, their meanings for likelihood (C) and impact (D). */
export const RISK_SCALE_HEADER = SCALE_SECTION + 1;
export const RISK_SCALE_FIRST = RISK_SCALE_HEADER + 1;
const SCALE_COUNT = RISK_RATING_MAX - RISK_RATING_MIN + 1;
const BANDS_SECTION = RISK_SCALE_FIRST + SCALE_COUNT + 1;
/** Band labels in column B, the lowest score of each in column C (RISK_BANDS order). */
export const RISK_BANDS_HEADER = BANDS_SECTION + 1;
export const RISK_BANDS_FIRST = RISK_BANDS_HEADER + 1;
export const RISK_HEADER_ROW = RISK_BANDS_FIRST + RISK_BANDS.length + 1;
/** Column of the band labels and of their lowest scores. */
export const RISK_BAND_LABEL_COL = 2;
export const RISK_BAND_FROM_COL = 3;

export interface RiskRegisterLayout {
  readonly sheetName: string;
  readonly codes: readonly string[];
  /** The block title row of a scenario, and the row of one of its risks. */
  titleRow(code: string): number;
  row(code: string, id: string): number;
  /** First and last row of the register (block titles included). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Absolute sheet-qualified range of a column over the whole register. */
  column(col: RiskColumn): string;
  /** Absolute range of the rating scale's values (1 … 5), sheet-qualified. */
  readonly scale: string;
}

/**
 * The register's rows for scenarios `codes`: each block a title row and RISK_CATALOGUE.length rows,
 * a blank row between blocks.
 * @example riskRegisterLayout(['S1', 'S2'], 'Risques').row('S2', 'HUM-01') // 42
 */
export function riskRegisterLayout(codes: readonly string[], sheetName: string): RiskRegisterLayout {
  const n = RISK_CATALOGUE.length;
  const firstRow = RISK_HEADER_ROW + 1;
  const titleRowAt = (k: number) => firstRow + k * (n + 2);
  const indexOf = (code: string) => {
    const k = codes.indexOf(code);
    if (k < 0) throw new Error(`Scenario ${code} is not on the risk register`);
    return k;
  };
  const lastRow = codes.length === 0 ? firstRow : titleRowAt(codes.length - 1) + n;
  return {
    sheetName, codes, firstRow, lastRow,
    titleRow: (code) => titleRowAt(indexOf(code)),
    row(code, id) {
      const i = RISK_CATALOGUE.findIndex((d) => d.id === id);
      if (i < 0) throw new Error(`Unknown risk ${id}`);
      return titleRowAt(indexOf(code)) + 1 + i;
    },
    column: (col) => sheetRef(sheetName, rangeRef(firstRow, RISK_COLS[col], lastRow, RISK_COLS[col])),
    scale: sheetRef(sheetName, rangeRef(RISK_SCALE_FIRST, 1, RISK_SCALE_FIRST + SCALE_COUNT - 1, 1)),
  };
}
