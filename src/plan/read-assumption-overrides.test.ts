import type { CellValue } from '../data/types';
import type { CooperationData } from '../data/types';
import { aLine, aPartner } from '../engine/comparison/data-builders.test-support';
import { buildModel } from './build-model';
import { assumptionInputCells, assumptionInputValues, readAssumptionOverrides } from './read-assumption-overrides';

const base: CooperationData = {
  partners: [aPartner('A', { year: 2024 })], sites: [], staff: [],
  budgets: [aLine('A', 'CHARGES', 'II', 100_000, { function: 'ACHATS' })],
};

/** The assumptions sheet of a plan as rows of values from A1, as an adapter would read it. */
function sheetRows(overrides: Record<string, number>, year = 2024): CellValue[][] {
  const data = { ...base, partners: [aPartner('A', { year })] };
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
    const typed = { discountRate: 0.03, 'discountRate.high': 0.07, 'rampUp.ACHATS.y1': 0.5, 'oneOff.severanceShare': 0.4, 'oneOff.phasing.y3': 0.1 };
    expect(readAssumptionOverrides(sheetRows(typed), 2024)).toEqual(typed);
  });

  it('ignores rows without a known key and cells that hold no number', () => {
    expect(readAssumptionOverrides([['note', 'x', null, 5], ['discountRate', 'Taux', '%', 'abc']], 2024)).toEqual({});
  });

  it('leaves out a first year equal to the sheet’s default, so that a new data year moves it', () => {
    // Accounts of 2024: the sheet's first year and its Default column say 2025 (data year + 1).
    const rows = sheetRows({}, 2024);
    expect(assumptionInputValues(rows).firstYear).toBe(2025);
    // The data now says 2025: the catalogue's default would be 2026, yet nothing was typed.
    expect(readAssumptionOverrides(rows, 2025)).toEqual({});
    expect(readAssumptionOverrides(rows)).toEqual({});
  });

  it('keeps a typed first year whatever the data year', () => {
    expect(readAssumptionOverrides(sheetRows({ firstYear: 2030 }, 2024), 2026)).toEqual({ firstYear: 2030 });
  });

  it('cannot tell a value typed equal to its default from the default: it follows the default', () => {
    // 4.5 % is the default discount rate (MODELLING.md): typing it back changes nothing on the sheet.
    expect(readAssumptionOverrides(sheetRows({ discountRate: 0.045 }))).toEqual({});
  });

  it('ignores a round trip’s last-digit noise (a spreadsheet keeps 15 significant digits)', () => {
    const rows = sheetRows({});
    const at = assumptionInputCells(rows).find((c) => c.key === 'discountRate')!;
    rows[at.row - 1][at.col - 1] = 0.045 + 1e-17;
    expect(readAssumptionOverrides(rows)).toEqual({});
  });

  it('lists every input cell with its key and place, values and ranges and years', () => {
    const cells = assumptionInputCells(sheetRows({}));
    const keys = cells.map((c) => c.key);
    expect(keys).toEqual(expect.arrayContaining(['discountRate', 'discountRate.low', 'discountRate.high', 'horizonYears', 'firstYear', 'rampUp.ACHATS.y0', 'rampUp.ACHATS.y5']));
    // Value in column D, low and high in E and F (assumptions-layout.ts).
    expect(cells.filter((c) => c.key.startsWith('discountRate')).map((c) => c.col)).toEqual([4, 5, 6]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
