import { averageCostPerFte } from './average-cost-per-fte';

describe('averageCostPerFte', () => {
  it('divides loaded payroll by FTE', () => {
    expect(averageCostPerFte(90_000, 2)).toEqual({ ok: true, value: 45_000 });
  });

  it('gives a reason, not Infinity, when there is no FTE', () => {
    expect(averageCostPerFte(10_000, 0)).toEqual({ ok: false, reason: 'NO_FTE' });
  });
});
