import type { CellValue } from '../data/types';
import type { CooperationData } from '../data/types';
import { aLine, aPartner } from '../engine/comparison/data-builders.test-support';
import { buildModel } from './build-model';
import { readAssumptionOverrides } from './read-assumption-overrides';

const data: CooperationData = {
  partners: [aPartner('A', { year: 2024 })], sites: [], staff: [],
  budgets: [aLine('A', 'CHARGES', 'II', 100_000, { function: 'ACHATS' })],
};

/** The assumptions sheet of a plan as rows of values from A1, as an adapter would read it. */
function sheetRows(overrides: Record<string, number>): CellValue[][] {
  const { plan } = buildModel(data, { lang: 'fr', generatedAt: new Date('2026-01-15T00:00:00Z'), productVersion: 't', overrides });
  const sheet = plan.sheets.find((s) => s.key === 'assumptions')!;
  const rows: CellValue[][] = [];
  for (const c of sheet.cells) {
    rows[c.row - 1] ??= [];
    rows[c.row - 1][c.col - 1] = c.value ?? null;
  }
  return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
}

describe('readAssumptionOverrides', () => {
  it('reads nothing back from a sheet of defaults', () => {
    expect(readAssumptionOverrides(sheetRows({}), 2024)).toEqual({});
  });

  it('reads back what was typed: values, ranges and years, so that a regeneration keeps them', () => {
    const typed = { discountRate: 0.03, 'discountRate.high': 0.07, 'rampUp.ACHATS.y1': 0.5, 'harmonisation.enabled': 0, 'oneOff.phasing.y3': 0.1 };
    expect(readAssumptionOverrides(sheetRows(typed), 2024)).toEqual(typed);
  });

  it('ignores rows without a known key and cells that hold no number', () => {
    expect(readAssumptionOverrides([['note', 'x', null, 5], ['discountRate', 'Taux', '%', 'abc']], 2024)).toEqual({});
  });
});
