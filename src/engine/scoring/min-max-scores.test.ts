import { minMaxScores } from './min-max-scores';
import { spreadsheetRank } from './spreadsheet-rank';
import { paybackYearsForScoring } from './payback-for-scoring';

describe('minMaxScores', () => {
  it('gives the highest value 100 and the lowest 0 when higher is better', () => {
    // (20 − 10)/(30 − 10) × 100 = 50.
    expect(minMaxScores([10, 30, 20], 'higherIsBetter')).toEqual([0, 100, 50]);
  });

  it('gives the lowest value 100 and the highest 0 when lower is better', () => {
    // (4 − 2)/(4 − 1) × 100 = 66.67 for the 2-year payback.
    expect(minMaxScores([1, 4, 2], 'lowerIsBetter')).toEqual([100, 0, 200 / 3]);
  });

  it('scores every scenario 100 when all have the same figure', () => {
    expect(minMaxScores([7, 7, 7], 'higherIsBetter')).toEqual([100, 100, 100]);
    expect(minMaxScores([7], 'lowerIsBetter')).toEqual([100]);
  });

  it('returns nothing for no scenario', () => {
    expect(minMaxScores([], 'higherIsBetter')).toEqual([]);
  });
});

describe('spreadsheetRank', () => {
  it('ranks descending, equal values sharing a rank and the next rank skipped, as RANK() does', () => {
    expect(spreadsheetRank([50, 80, 100, 80])).toEqual([4, 2, 1, 2]);
  });
});

describe('paybackYearsForScoring', () => {
  it('counts a payback not within the horizon as horizon + 1 years', () => {
    expect(paybackYearsForScoring(null, 5)).toBe(6);
    expect(paybackYearsForScoring(2.5, 5)).toBe(2.5);
  });
});
