import type { ScoringInputs } from '../engine/scoring/types';
import { readScoringInputs } from './read-scoring-inputs';
import { scoringPlan, type ScoringCase } from './sheets/scoring-sheet.test-support';
import { criterionRow } from './sheets/scoring-sheet-layout';
import { planSheetRows } from './plan-sheet-rows.test-support';

/** The sheet as a spreadsheet would hand it back: values, and formulas' results. */
const board: ScoringInputs = {
  weights: { npv: 0.25, payback: 0.15, oneOffCosts: 0.05, risk: 0.05, governanceBalance: 0.3, preservedIdentity: 0.15, reversibility: 0.05 },
  judgement: {
    governanceBalance: { S1: 85, S2: 55 },
    preservedIdentity: { S1: 95, S2: 35 },
    reversibility: { S1: 75, S2: 15 },
  },
};
const fallback: ScoringInputs = {
  weights: { npv: 0.25, payback: 0.1, oneOffCosts: 0.1, risk: 0.15, governanceBalance: 0.15, preservedIdentity: 0.15, reversibility: 0.1 },
  judgement: {
    governanceBalance: { S1: 80, S2: 70, S3: 50 },
    preservedIdentity: { S1: 90, S2: 70, S3: 30 },
    reversibility: { S1: 90, S2: 60, S3: 10 },
  },
};
const aCase: ScoringCase = {
  sheetName: 'Choix pondéré', horizonYears: 5, inputs: board,
  scenarios: [
    { code: 'S1', npvEur: 1e5, paybackYears: 2, oneOffCostsEur: 4e4 },
    { code: 'S2', npvEur: 3e5, paybackYears: null, oneOffCostsEur: 9e4 },
  ],
};
const sheetRows = () => planSheetRows(scoringPlan('fr', [aCase]).built[0].build.sheet);

describe('readScoringInputs', () => {
  it('reads back the weights and judgement scores a sheet was built with', () => {
    expect(readScoringInputs(sheetRows(), ['S1', 'S2'], fallback)).toEqual({
      weights: board.weights,
      judgement: {
        governanceBalance: { S1: 85, S2: 55, S3: 50 },
        preservedIdentity: { S1: 95, S2: 35, S3: 30 },
        reversibility: { S1: 75, S2: 15, S3: 10 },
      },
    });
  });

  it('keeps what the board typed, and takes a new scenario’s scores from the fallback', () => {
    const rows = sheetRows();
    rows[criterionRow('npv') - 1][3] = 0.5;
    rows[criterionRow('reversibility') - 1][6] = 42; // S2's column (G)
    const read = readScoringInputs(rows, ['S2', 'S3'], fallback);
    expect(read.weights.npv).toBe(0.5);
    expect(read.judgement.reversibility).toEqual({ S1: 90, S2: 42, S3: 10 });
    expect(read.judgement.governanceBalance.S3).toBe(50);
  });

  it('falls back for a cleared or non-numeric cell and for a sheet without the criterion', () => {
    const rows = sheetRows();
    rows[criterionRow('payback') - 1][3] = null;
    rows[criterionRow('governanceBalance') - 1][5] = 'beaucoup';
    rows.splice(criterionRow('reversibility') - 1, 1);
    const read = readScoringInputs(rows, ['S1', 'S2'], fallback);
    expect(read.weights.payback).toBe(0.1);
    expect(read.weights.reversibility).toBe(0.1);
    expect(read.judgement.governanceBalance.S1).toBe(80);
    expect(read.judgement.reversibility).toEqual(fallback.judgement.reversibility);
  });

  it('keeps a risk weight the board typed, and gives a sheet from before the risk criterion the default one', () => {
    const rows = sheetRows();
    rows[criterionRow('risk') - 1][3] = 0.3;
    expect(readScoringInputs(rows, ['S1', 'S2'], fallback).weights.risk).toBe(0.3);
    rows.splice(criterionRow('risk') - 1, 1);
    const older = readScoringInputs(rows, ['S1', 'S2'], fallback);
    expect(older.weights.risk).toBe(0.15);
    expect(older.weights.npv).toBe(0.25);
  });

  it('returns the fallback for an empty sheet', () => {
    expect(readScoringInputs([], ['S1'], fallback)).toEqual(fallback);
  });
});
