import fc from 'fast-check';
import { arbitraryData } from '../comparison/arbitrary-data.test-support';
import { carefulSum } from '../careful-sum';
import { handWorkedData } from '../comparison/data-builders.test-support';
import { computeIndicators } from './compute-indicators';
import { INDICATOR_CATALOGUE } from './indicator-catalogue';
import { INDICATOR_KEYS } from './types';

describe('computeIndicators on the hand-worked data', () => {
  const result = computeIndicators(handWorkedData());
  const [a, b, aStar] = result.partners.map((p) => p.indicators);
  const cons = result.consolidated;

  it('computes occupancy over the sites having places and days delivered', () => {
    // A: (13 870 + 4 500) / (40 × 365 + 20 × 250) = 18 370 / 19 600.
    expect(a.occupancyRate.value).toBeCloseTo(18_370 / 19_600, 12);
    // B's only site has no days delivered: n/a, and the consolidated figure is A's parts alone.
    expect(b.occupancyRate).toMatchObject({ value: null, reason: 'DATA_MISSING' });
    expect(cons.occupancyRate.value).toBeCloseTo(0.93724489795918, 12);
  });

  it('computes activity realisation, vacancy and absenteeism from their parts', () => {
    expect(a.activityRealisationRate.value).toBeCloseTo(13_870 / 14_000, 12);
    // Vacancy: A (12 − 10) / 12; B (5 − 5) / 5; consolidated (17 − 15) / 17, not the mean 1/12.
    expect(a.vacancyRate.value).toBeCloseTo(1 / 6, 12);
    expect(b.vacancyRate.value).toBe(0);
    expect(cons.vacancyRate.value).toBeCloseTo(2 / 17, 12);
    // Absenteeism: 300 days / (15 FTE × 365).
    expect(cons.absenteeismRate.value).toBeCloseTo(300 / 5_475, 12);
  });

  it('computes the expense structure and personnel share on total charges', () => {
    // Consolidated charges 1 040 000: groupe I 150 000, II 780 000, III 110 000.
    expect(cons.expenseShareGroupI.value).toBeCloseTo(150 / 1_040, 12);
    expect(cons.expenseShareGroupII.value).toBeCloseTo(780 / 1_040, 12);
    expect(cons.expenseShareGroupIII.value).toBeCloseTo(110 / 1_040, 12);
    expect(cons.personnelShare.value).toBe(cons.expenseShareGroupII.value);
    expect(aStar.expenseShareGroupIII.value).toBe(1);
  });

  it('computes cost and FTE per place over the partners that give places', () => {
    expect(a.costPerPlace.value).toBe(13_000);
    // "A*" has charges but no places: n/a, and its charges stay out of the consolidated numerator.
    expect(aStar.costPerPlace).toMatchObject({ value: null, reason: 'DATA_MISSING' });
    expect(cons.costPerPlace.value).toBeCloseTo(1_030_000 / 90, 9);
    expect(cons.ftePerPlace.value).toBeCloseTo(17 / 90, 12);
  });

  it('computes the building age ratio and the balance-sheet indicators where given', () => {
    expect(a.buildingAgeRatio.value).toBe(0.4);
    expect(a.frng.value).toBe(400_000);
    // FRNG in days: 400 000 × 365 / (780 000 − 60 000 of account 6811).
    expect(a.frngDays.value).toBeCloseTo(146_000_000 / 720_000, 9);
    expect(a.dependenceRatio.value).toBe(0.3);
    // CAF rate: 50 000 / (775 000 − 20 000 on 7811 − 5 000 on 775).
    expect(a.cafRate.value).toBeCloseTo(50_000 / 750_000, 12);
    expect(b.frng).toMatchObject({ value: null, reason: 'DATA_MISSING' });
    expect(cons.frng.value).toBe(400_000);
  });

  it('writes a warning note for each n/a, never 0 or NaN', () => {
    const bNotes = result.notes.filter((n) => n.partner === 'B').map((n) => n.indicator).sort();
    expect(bNotes).toEqual(['activityRealisationRate', 'buildingAgeRatio', 'cafRate', 'dependenceRatio', 'frng', 'frngDays', 'occupancyRate']);
    expect(result.notes.every((n) => n.code === 'INDICATOR_DATA_MISSING' && n.severity === 'warning')).toBe(true);
    for (const p of result.partners) {
      for (const key of INDICATOR_KEYS) {
        const v = p.indicators[key].value;
        expect(v === null || Number.isFinite(v)).toBe(true);
      }
    }
  });

  it('says ZERO_DENOMINATOR when the data is there but adds up to zero', () => {
    const data = handWorkedData();
    const zero = computeIndicators({ ...data, budgets: data.budgets.map((l) => (l.partner === 'B' && l.side === 'CHARGES' ? { ...l, amountEur: 0 } : l)) });
    expect(zero.partners[1].indicators.expenseShareGroupI).toMatchObject({ value: null, reason: 'ZERO_DENOMINATOR' });
  });
});

describe('computeIndicators, properties', () => {
  it('consolidates every indicator as Σ numerators / Σ denominators of the partners', () => {
    fc.assert(fc.property(arbitraryData, (data) => {
      const { partners, consolidated } = computeIndicators(data);
      for (const d of INDICATOR_CATALOGUE) {
        const num = carefulSum(partners.map((p) => p.indicators[d.key].numerator));
        const den = carefulSum(partners.map((p) => p.indicators[d.key].denominator));
        expect(consolidated[d.key].numerator).toBe(num);
        expect(consolidated[d.key].denominator).toBe(den);
        if (den === 0) expect(consolidated[d.key].value).toBeNull();
        else if (d.kind === 'fraction') expect(consolidated[d.key].value).toBe(num / den);
        else if (d.kind === 'days') expect(consolidated[d.key].value).toBe((num * 365) / den);
        else expect(consolidated[d.key].value).toBe(num);
      }
    }), { seed: 20261126, numRuns: 200 });
  });

  it('never yields NaN or an infinity', () => {
    fc.assert(fc.property(arbitraryData, (data) => {
      const { partners, consolidated } = computeIndicators(data);
      for (const values of [consolidated, ...partners.map((p) => p.indicators)]) {
        for (const key of INDICATOR_KEYS) {
          const v = values[key].value;
          expect(v === null || Number.isFinite(v)).toBe(true);
        }
      }
    }), { seed: 99, numRuns: 200 });
  });
});
