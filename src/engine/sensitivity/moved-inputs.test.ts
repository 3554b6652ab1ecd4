import { scenarioOutcome } from '../scenarios/scenario-outcome';
import { movedInputs, slippedRamp } from './moved-inputs';
import { sampleCase } from './sensitivity.test-support';
import { referenceValues, sensitivityDrivers } from './sensitivity-drivers';

describe('slippedRamp', () => {
  it('moves half of each year’s share a year later for a half-year slip', () => {
    // By hand: p=1: 0.5×0.25 + 0.5×0 = 0.125; p=2: 0.5×0.6 + 0.5×0.25 = 0.425; p=3: 0.5×1 + 0.5×0.6 = 0.8.
    expect(slippedRamp([0, 0.25, 0.6, 1], 0.5)).toEqual([0, 0.125, 0.425, 0.8]);
  });

  it('shifts by whole years and counts a negative slip as none', () => {
    expect(slippedRamp([0, 0.25, 0.6, 1, 1], 2)).toEqual([0, 0, 0, 0.25, 0.6]);
    expect(slippedRamp([0, 0.25, 0.6], -1)).toEqual([0, 0.25, 0.6]);
  });
});

describe('movedInputs', () => {
  it('leaves every scenario exactly as computed at the drivers’ reference values', () => {
    const c = sampleCase();
    const drivers = sensitivityDrivers(c.entries);
    for (const d of c.definitions) {
      const moved = movedInputs(c.bases, d, c.globals, drivers, referenceValues(drivers));
      expect(scenarioOutcome(moved.bases, moved.definition, moved.globals).netBenefitByYearEur)
        .toEqual(scenarioOutcome(c.bases, d, c.globals).netBenefitByYearEur);
    }
  });

  it('scales the one-off total by the one-off factor', () => {
    const c = sampleCase();
    const drivers = sensitivityDrivers(c.entries);
    const values = referenceValues(drivers).map((v, i) => (drivers[i].kind === 'oneOff' ? 1.5 : v));
    const d = c.definitions[3];
    const moved = movedInputs(c.bases, d, c.globals, drivers, values);
    const base = scenarioOutcome(c.bases, d, c.globals).oneOffTotalEur;
    expect(base).toBeGreaterThan(0);
    expect(scenarioOutcome(moved.bases, moved.definition, moved.globals).oneOffTotalEur).toBeCloseTo(1.5 * base, 6);
  });
});
