import { modelAssumptions } from './model-assumptions';

describe('modelAssumptions', () => {
  const find = (entries: ReturnType<typeof modelAssumptions>, key: string) => entries.find((e) => e.key === key)!;

  it('puts year 0 in the year after the data year', () => {
    expect(find(modelAssumptions(2024, {}), 'firstYear').value).toBe(2025);
  });

  it('gives each pooled function a ramp-up row over years 0 … N from the domain ramp (0, 25, 60, 90, 100 %)', () => {
    expect(find(modelAssumptions(2024, {}), 'rampUp.ACHATS').byYear).toEqual([0, 0.25, 0.6, 0.9, 1, 1]);
  });

  it('takes a typed value over the default, by key, for values, ranges and years', () => {
    const entries = modelAssumptions(2024, { discountRate: 0.03, 'discountRate.high': 0.08, 'rampUp.ACHATS.y1': 0.5 });
    expect(find(entries, 'discountRate').value).toBe(0.03);
    expect(find(entries, 'discountRate').defaultValue).toBe(0.045);
    expect(find(entries, 'discountRate').high).toEqual({ value: 0.08, defaultValue: 0.06 });
    expect(find(entries, 'rampUp.ACHATS').byYear![1]).toBe(0.5);
  });

  it('sizes every row by year on the horizon', () => {
    const entries = modelAssumptions(2024, { horizonYears: 3 });
    expect(entries.filter((e) => e.byYear).every((e) => e.byYear!.length === 4)).toBe(true);
  });

  it('marks functions without a sourced range as to be set, at 0 %', () => {
    const legal = find(modelAssumptions(2024, {}), 'savingsRate.JURIDIQUE');
    expect(legal.toSet).toBe(true);
    expect(legal.value).toBe(0);
    expect([legal.low?.value, legal.high?.value]).toEqual([0, 0]);
  });
});
