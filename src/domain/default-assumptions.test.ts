import { SUPPORT_FUNCTIONS } from './codes';
import {
  DEFAULT_ASSUMPTIONS, DEFAULT_RAMP_UP, DEFAULT_VALUES, HARMONISATION_PHASING_KEYS, ONE_OFF_PHASING_KEYS, RAMP_UP_KEYS,
  assumptionDefault, firstModelYear, rampUpShare,
} from './default-assumptions';

describe('default assumptions', () => {
  it('has unique keys', () => {
    const keys = DEFAULT_ASSUMPTIONS.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('holds the figures of DOMAIN §5 and §7', () => {
    expect(DEFAULT_VALUES.discountRate).toBe(0.045);
    expect(assumptionDefault('discountRate').range).toEqual({ low: 0.03, base: 0.045, high: 0.06 });
    expect(DEFAULT_VALUES.horizonYears).toBe(5);
    expect(DEFAULT_VALUES.gvtRatePerYear).toBe(0.006);
    expect(assumptionDefault('gvtRatePerYear').provenance).toEqual({ kind: 'sourced', sources: ['S31'] });
    expect(DEFAULT_VALUES.mergerAuditorThresholdEur).toBe(1_550_000);
    expect(DEFAULT_VALUES['alert.cafRate']).toBe(0.02);
    expect(DEFAULT_VALUES['alert.dependenceRatio']).toBe(0.5);
    expect(DEFAULT_VALUES.personnelShare).toBe(0.7);
    expect(DEFAULT_VALUES['oneOff.legalFeesEur']).toBe(60_000);
    expect(DEFAULT_VALUES['savingsRate.ACHATS']).toBeCloseTo(0.065, 12);
  });

  it('keeps every value inside its range and uses it as the base', () => {
    for (const a of DEFAULT_ASSUMPTIONS) {
      if (a.range === null) continue;
      expect([a.key, a.range.low <= a.value && a.value <= a.range.high]).toEqual([a.key, true]);
      expect([a.key, a.range.base]).toEqual([a.key, a.value]);
    }
  });

  it('has a savings rate for every support function but premises', () => {
    const keys = DEFAULT_ASSUMPTIONS.map((a) => a.key).filter((k) => k.startsWith('savingsRate.'));
    expect(keys).toEqual(SUPPORT_FUNCTIONS.filter((c) => c !== 'LOCAUX').map((c) => `savingsRate.${c}`));
  });

  it('spreads one-off costs over years 0 to 2 with 70 % in years 0 and 1 (DOMAIN §5.4)', () => {
    const y0 = DEFAULT_VALUES['oneOff.phasing.y0'];
    const y1 = DEFAULT_VALUES['oneOff.phasing.y1'];
    const y2 = DEFAULT_VALUES['oneOff.phasing.y2'];
    expect(y0 + y1).toBeCloseTo(0.7, 12);
    expect(y0 + y1 + y2).toBeCloseTo(1, 12);
  });

  it('ramps savings up as DOMAIN §5.4 says and never falls', () => {
    const ramp = [1, 2, 3, 4].map((n) => DEFAULT_VALUES[`rampUp.y${n}` as 'rampUp.y1']);
    expect(ramp).toEqual([0.25, 0.6, 0.9, 1]);
    expect([...DEFAULT_RAMP_UP.byYear]).toEqual(ramp);
  });
});

describe('rampUpShare', () => {
  it('returns no saving in year 0 and the last share after the listed years', () => {
    expect(rampUpShare(DEFAULT_RAMP_UP.byYear, 0)).toBe(0);
    expect(rampUpShare(DEFAULT_RAMP_UP.byYear, 1)).toBe(0.25);
    expect(rampUpShare(DEFAULT_RAMP_UP.byYear, 3)).toBe(0.9);
    expect(rampUpShare(DEFAULT_RAMP_UP.byYear, 9)).toBe(1);
    expect(rampUpShare([], 2)).toBe(0);
  });
});

describe('firstModelYear', () => {
  it('is the data year plus one by default', () => {
    expect(firstModelYear(2025)).toBe(2026);
    expect(firstModelYear(2025, 2)).toBe(2027);
  });
});

describe('phasing keys', () => {
  it('name defaults that exist, in year order', () => {
    expect(RAMP_UP_KEYS.map((k) => DEFAULT_VALUES[k])).toEqual([0.25, 0.6, 0.9, 1]);
    expect(ONE_OFF_PHASING_KEYS.map((k) => DEFAULT_VALUES[k])).toEqual([0.4, 0.3, 0.3]);
    // Operation mid-year 0 + 15-month survival → window closes at the end of Y1's third quarter: 3/12 of Y1.
    expect(HARMONISATION_PHASING_KEYS.map((k) => DEFAULT_VALUES[k])).toEqual([3 / 12, 1]);
  });
});
