import type { CooperationData } from '../../data/types';
import { aLine, aPartner, aSite, aStaffGroup } from '../comparison/data-builders.test-support';
import { computeIndicators } from '../indicators/compute-indicators';
import { modelAssumptions } from '../model-assumptions';
import { swotItems } from './swot-items';
import type { SwotResult } from './types';

/**
 * Three partners worked by hand:
 * E — one EHPAD of 50 places, 96 % full, charges 2 500 000 € (50 000 €/place), CAF 10 000 € on 2 000 000 € of produits, Paris, CCN 51;
 * M — one MAS of 20 places, 90 % full, charges 1 000 000 € (50 000 €/place, 90 % personnel), Paris, CCN 66;
 * X — an SSIAD of 30 places and a FAM of 10 (FAM has no reference cost), Marseille, CCN 51.
 */
function handData(): CooperationData {
  return {
    partners: [
      aPartner('E', { department: '75', agreement: 'CCN51', cafEur: 10_000 }),
      aPartner('M', { department: '75', agreement: 'CCN66' }),
      aPartner('X', { department: '13', agreement: 'CCN51' }),
    ],
    sites: [
      aSite('E', 'E1', { type: 'EHPAD', authorisedPlaces: 50, daysDelivered: 17_520 }),
      aSite('M', 'M1', { type: 'MAS', authorisedPlaces: 20, daysDelivered: 6_570 }),
      aSite('X', 'X1', { type: 'SSIAD', authorisedPlaces: 30 }),
      aSite('X', 'X2', { type: 'FAM', authorisedPlaces: 10 }),
    ],
    budgets: [
      aLine('E', 'CHARGES', 'I', 500_000), aLine('E', 'CHARGES', 'II', 2_000_000), aLine('E', 'PRODUITS', 'I', 2_000_000),
      aLine('M', 'CHARGES', 'II', 900_000), aLine('M', 'CHARGES', 'III', 100_000),
      aLine('X', 'CHARGES', 'I', 100_000), aLine('X', 'CHARGES', 'II', 100_000),
    ],
    staff: [
      aStaffGroup('E', 'PARAMEDICAL', 10, 400_000),
      aStaffGroup('M', 'PARAMEDICAL', 5, 225_000),
    ],
  };
}

const run = (overrides: Readonly<Record<string, number>> = {}, data = handData()): SwotResult =>
  swotItems(data, computeIndicators(data), modelAssumptions(2024, overrides));
const item = (r: SwotResult, rule: string, entity: string | null) => r.items.find((i) => i.rule === rule && i.entity === entity)!;

describe('swotItems on three partners worked by hand', () => {
  const r = run();

  it('calls E’s 96 % occupancy a strength at the 95 % threshold, not M’s 90 %, and never X without days', () => {
    expect(item(r, 'occupancyHigh', 'E')).toMatchObject({ value: 0.96, threshold: 0.95, applies: true });
    expect(item(r, 'occupancyHigh', 'M').applies).toBe(false);
    expect(item(r, 'occupancyHigh', 'X')).toMatchObject({ value: null, applies: false });
  });

  it('compares each cost per place with its type’s range widened by 20 %', () => {
    // E: 50 000 > 41 189 × 1.2 = 49 426.8 → weakness. M: 50 000 < 73 691 × 0.8 = 58 952.8 → strength.
    expect(item(r, 'costPerPlaceHigh', 'E').threshold).toBeCloseTo(49_426.8, 6);
    expect(item(r, 'costPerPlaceHigh', 'E').applies).toBe(true);
    expect(item(r, 'costPerPlaceLow', 'M').threshold).toBeCloseTo(58_952.8, 6);
    expect(item(r, 'costPerPlaceLow', 'M').applies).toBe(true);
    expect(item(r, 'costPerPlaceLow', 'E').applies).toBe(false);
  });

  it('leaves the cost rules n/a where some places have no reference type (X’s FAM, hence the group)', () => {
    expect(item(r, 'costPerPlaceHigh', 'X')).toMatchObject({ threshold: null, applies: false });
    expect(r.partnerFacts[2]).toMatchObject({ placesWithReference: 30, totalPlaces: 40, referenceLowEur: 12_639 });
    // Group: (50 × 34 150 + 20 × 73 691 + 30 × 12 639) / 100 = 35 604.9, but 100 of 130 places only.
    expect(r.groupFacts.referenceLowEur).toBeCloseTo(35_604.9, 6);
    expect(r.groupFacts.lowThresholdEur).toBeNull();
  });

  it('flags a personnel share above 85 % (M at 90 %), not the group’s 3 000 000 / 3 700 000', () => {
    expect(item(r, 'personnelShareHigh', 'M').applies).toBe(true);
    expect(item(r, 'personnelShareHigh', null)).toMatchObject({ applies: false });
    expect(item(r, 'personnelShareHigh', null).value).toBeCloseTo(3_000 / 3_700, 12);
  });

  it('sees a CAF rate of 10 000 / 2 000 000 = 0.5 % as a threat, and no dependence without a balance sheet', () => {
    expect(item(r, 'cafRateLow', 'E')).toMatchObject({ value: 0.005, threshold: 0.02, applies: true });
    expect(r.firing.dependenceHigh).toBe(0);
  });

  it('finds complementary types (4 together, 2 at most alone), a shared département and two agreements', () => {
    expect(item(r, 'complementaryTypes', null)).toMatchObject({ value: 4, threshold: 2, applies: true });
    expect(item(r, 'sameDepartment', null)).toMatchObject({ value: 2, applies: true });
    expect(item(r, 'agreementsDiffer', null)).toMatchObject({ value: 2, applies: true });
    // PARAMEDICAL: M pays 45 000 € per FTE, E 40 000 €: 10 FTE × 5 000 €, the whole gap closed by default.
    expect(r.harmonisationCostEur).toBe(50_000);
  });

  it('shows a TOWS suggestion exactly when both its rules fire', () => {
    const shown = r.tows.filter((s) => s.applies).map((s) => s.id);
    // No building or balance-sheet data: WO2 (buildings × complementarity) and WT2 (buildings × dependence) stay hidden.
    expect(shown).toEqual(['SO1', 'SO2', 'ST1', 'ST2', 'WO1', 'WO3', 'WT1', 'WT3']);
  });
});

describe('swotItems when an input crosses a threshold', () => {
  it('drops E’s occupancy strength at a 97 % threshold and its cost weakness at a 25 % tolerance', () => {
    const r = run({ 'swot.occupancyMin': 0.97, 'swot.costPerPlaceTolerance': 0.25 });
    expect(item(r, 'occupancyHigh', 'E').applies).toBe(false);
    // 41 189 × 1.25 = 51 486.25 > 50 000.
    expect(item(r, 'costPerPlaceHigh', 'E')).toMatchObject({ applies: false });
    expect(item(r, 'costPerPlaceHigh', 'E').threshold).toBeCloseTo(51_486.25, 6);
  });

  it('drops the shared département when M moves to Lyon, and the agreements threat under one agreement', () => {
    const data = handData();
    const moved = { ...data, partners: data.partners.map((p) => (p.code === 'M' ? { ...p, department: '69', agreement: 'CCN51' as const } : p)) };
    const r = run({}, moved);
    expect(item(r, 'sameDepartment', null)).toMatchObject({ value: 0, applies: false });
    expect(item(r, 'agreementsDiffer', null)).toMatchObject({ value: 1, applies: false });
  });

  it('never matches an empty département with another empty one', () => {
    const data = handData();
    const r = run({}, { ...data, partners: data.partners.map((p) => ({ ...p, department: p.code === 'X' ? null : '' })) });
    expect(item(r, 'sameDepartment', null).value).toBe(0);
  });
});
