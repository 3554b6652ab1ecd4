import { READINESS_FACTORS, READINESS_SCORE_MAX } from '../domain/readiness-factors';
import { defaultReadinessInputs } from '../engine/risks/readiness-defaults';
import { readinessIndex, type ReadinessInputs } from '../engine/risks/readiness-index';
import { translator } from '../i18n';
import type { SheetContext } from './context';
import { readReadinessInputs } from './read-readiness-inputs';
import { buildReadinessSheet } from './sheets/readiness-sheet';
import { READINESS_COLS, READINESS_FIRST_ROW } from './sheets/readiness-sheet-layout';
import { planSheetRows } from './plan-sheet-rows.test-support';

const ctx = { lang: 'fr', t: translator('fr'), names: {} } as unknown as SheetContext;
const sheetOf = (inputs: ReadinessInputs) => buildReadinessSheet(ctx, {
  inputs, result: readinessIndex(READINESS_FACTORS.map((f) => f.id), inputs, READINESS_SCORE_MAX), dataYear: 2024, masterCheck: true,
});

describe('readReadinessInputs', () => {
  const defaults = defaultReadinessInputs();

  it('reads back the scores and weights a sheet was built with', () => {
    const board: ReadinessInputs = { scores: { ...defaults.scores, 'RDY-04': 2, 'RDY-11': 3 }, weights: { ...defaults.weights, 'RDY-13': 2.5 } };
    expect(readReadinessInputs(planSheetRows(sheetOf(board).sheet), defaults)).toEqual(board);
  });

  it('keeps what the board typed by factor id, and falls back for a cleared cell or a missing factor', () => {
    const rows = planSheetRows(sheetOf(defaults).sheet);
    rows[READINESS_FIRST_ROW - 1 + 1][READINESS_COLS.score - 1] = 1; // RDY-02
    rows[READINESS_FIRST_ROW - 1 + 2][READINESS_COLS.weight - 1] = null; // RDY-03 cleared
    rows.splice(READINESS_FIRST_ROW - 1, 1); // RDY-01 removed; the others move up a row
    const read = readReadinessInputs(rows, { scores: { ...defaults.scores, 'RDY-01': 1 }, weights: defaults.weights });
    expect(read.scores['RDY-02']).toBe(1);
    expect(read.weights['RDY-03']).toBe(defaults.weights['RDY-03']);
    expect(read.scores['RDY-01']).toBe(1);
  });
});

describe('buildReadinessSheet', () => {
  it('names the three factors to work on first and exposes the index for the cover', () => {
    // RDY-01, RDY-04, RDY-06 weigh 3; RDY-04 scored 3 and RDY-06 scored 2 leave RDY-01 (gap 9), then the weight-3
    // factors RDY-08 and RDY-09 (gap 9 each) ahead of RDY-06 (3 × 1 = 3).
    const inputs = { scores: { ...defaultReadinessInputs().scores, 'RDY-04': 3, 'RDY-06': 2 }, weights: defaultReadinessInputs().weights };
    const b = sheetOf(inputs);
    const priorities = b.sheet.cells.filter((c) => c.formula?.startsWith('INDEX(') && c.style === 'output');
    expect(priorities.map((c) => c.expected)).toEqual(['RDY-01', 'RDY-08', 'RDY-09'].map((id) => translator('fr')(`readiness.${id}`)));
    // Σ w = 33; Σ w·s = 3 × 3 + 3 × 2 = 15; index = 15 / (3 × 33).
    const index = b.sheet.cells.find((c) => c.formula?.startsWith('IF(SUM('));
    expect(index?.expected).toBeCloseTo(15 / 99, 12);
    expect(b.refs.index).toBe(`'Préparation'!$D$${index!.row}`);
    expect(b.checks.map((c) => [c.key, c.expected])).toEqual([['readiness.scores', true], ['readiness.weights', true]]);
  });
});
