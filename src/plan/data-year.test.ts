import { mostReportedYear } from './data-year';

describe('mostReportedYear', () => {
  it('takes the most frequent year, and null when no partner gives one', () => {
    expect(mostReportedYear([2023, 2024, 2024, null])).toBe(2024);
    expect(mostReportedYear([null])).toBeNull();
  });

  it('takes the earliest year on a tie', () => {
    expect(mostReportedYear([2025, 2024, null])).toBe(2024);
  });
});
