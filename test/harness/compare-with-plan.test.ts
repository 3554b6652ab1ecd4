import type { Grid } from './grid';
import { parseCellRef } from './grid';
import { compareWithPlan, sameValue } from './compare-with-plan';
import { smallPlan } from '../plan-fixtures';

const cell = (value: Grid['sheets'][string][string]['value']) => ({ value });

describe('sameValue', () => {
  it('accepts numbers within 1e-9 relative or 1e-6 absolute', () => {
    expect(sameValue(1e9, cell(1e9 + 0.9))).toBe(true); // 0.9 ≤ 1e-9 × 1e9 = 1
    expect(sameValue(1e9, cell(1e9 + 2))).toBe(false);
    expect(sameValue(0, cell(5e-7))).toBe(true);
    expect(sameValue(0, cell(2e-6))).toBe(false);
  });

  it('reads 1/0 and TRUE/FALSE text as booleans', () => {
    expect(sameValue(true, cell(1))).toBe(true);
    expect(sameValue(false, cell(0))).toBe(true);
    expect(sameValue(true, cell('TRUE'))).toBe(true);
    expect(sameValue(true, cell(0))).toBe(false);
    expect(sameValue(true, cell(2))).toBe(false);
  });

  it('compares texts exactly and takes an empty text for an empty cell', () => {
    expect(sameValue('n/a', cell('n/a'))).toBe(true);
    expect(sameValue('n/a', cell('N/A'))).toBe(false);
    expect(sameValue('', undefined)).toBe(true);
  });
});

describe('compareWithPlan', () => {
  it('reports error cells and missing cells among the formula cells', () => {
    const plan = smallPlan();
    const grid: Grid = {
      sheetNames: plan.sheets.map((s) => s.name),
      sheets: { "L'analyse": { B3: { value: null, formula: 'x', error: '#NAME?' } } },
      names: {},
    };
    const { compared, mismatches } = compareWithPlan(plan, grid);
    expect(compared).toBe(14);
    expect(mismatches[0]).toMatchObject({ sheet: "L'analyse", address: 'B3', found: '#NAME?', reason: 'error' });
    expect(mismatches.filter((m) => m.reason === 'missing')).toHaveLength(13);
  });
});

describe('parseCellRef', () => {
  it('reads quoted and unquoted sheet names', () => {
    expect(parseCellRef("'L''analyse'!$B$6")).toEqual({ sheet: "L'analyse", address: 'B6' });
    expect(parseCellRef('Hypothèses!$D$8')).toEqual({ sheet: 'Hypothèses', address: 'D8' });
    expect(parseCellRef('Data!A1:B2')).toBeNull();
  });
});
