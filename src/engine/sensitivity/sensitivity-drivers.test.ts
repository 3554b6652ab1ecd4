import { modelAssumptions, POOLED_FUNCTIONS } from '../model-assumptions';
import { sensitivityDrivers } from './sensitivity-drivers';

describe('sensitivityDrivers', () => {
  const drivers = sensitivityDrivers(modelAssumptions(2024, {}));

  it('lists each pooled function’s savings rate, then the slip, the three factors and the discount rate', () => {
    expect(drivers.map((d) => d.key)).toEqual([
      ...POOLED_FUNCTIONS.map((f) => `savingsRate.${f}`),
      'sensitivity.rampUpSlipYears', 'sensitivity.oneOffFactor', 'sensitivity.harmonisationFactor',
      'sensitivity.siteSavingsFactor', 'discountRate',
    ]);
  });

  it('gives the ranges of the domain: ACHATS 3–10 % (§5.2), discount 3–6 %, one-off ×0.8–×1.5, slip 0–1 year', () => {
    const by = (key: string) => drivers.find((d) => d.key === key)!;
    expect(by('savingsRate.ACHATS')).toMatchObject({ low: 0.03, base: 0.065, high: 0.1, reference: 0.065 });
    expect(by('discountRate')).toMatchObject({ low: 0.03, base: 0.045, high: 0.06, reference: 0.045 });
    expect(by('sensitivity.oneOffFactor')).toMatchObject({ low: 0.8, base: 1, high: 1.5, reference: 1 });
    expect(by('sensitivity.rampUpSlipYears')).toMatchObject({ low: 0, base: 0, high: 1, reference: 0 });
    expect(by('sensitivity.siteSavingsFactor')).toMatchObject({ low: 0.5, base: 1, high: 1 });
  });

  it('takes the low and high a user typed', () => {
    const moved = sensitivityDrivers(modelAssumptions(2024, { 'sensitivity.oneOffFactor.high': 2, 'discountRate.low': 0.01 }));
    expect(moved.find((d) => d.kind === 'oneOff')?.high).toBe(2);
    expect(moved.find((d) => d.kind === 'discountRate')?.low).toBe(0.01);
  });
});
