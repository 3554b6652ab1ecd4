import { lintFormula } from '../../../test/lint/modelling-lint';
import { handWorkedData } from '../../engine/comparison/data-builders.test-support';
import { INDICATOR_CATALOGUE } from '../../engine/indicators/indicator-catalogue';
import { createSheetContext } from '../sheet-context';
import type { PlanCell } from '../types';
import { buildIndicatorsSheet } from './indicators-sheet';

const ctx = createSheetContext(handWorkedData(), 'en', 2024);
const { sheet, checks } = buildIndicatorsSheet(ctx, { dataYear: 2024, masterCheck: true });
const at = (row: number, col: number): PlanCell | undefined => sheet.cells.find((c) => c.row === row && c.col === col);
const rowLabelled = (label: string) => sheet.cells.find((c) => c.col === 1 && c.value === label)!.row;
const [colA, colB, colStar, colCons] = [3, 4, 5, 6];

describe('buildIndicatorsSheet', () => {
  it('shows every catalogue indicator once, as a value row below its numerator and denominator', () => {
    for (const d of INDICATOR_CATALOGUE) {
      const row = rowLabelled(ctx.t(d.labelKey));
      expect(at(row - 2, 1)?.value).toBe(ctx.t(d.numeratorKey));
      expect(at(row - 1, 1)?.value).toBe(ctx.t(d.denominatorKey));
    }
  });

  it('computes a consolidated ratio from the consolidated parts: occupancy 18 370 / 19 600', () => {
    const row = rowLabelled('Occupancy rate');
    expect(at(row, colCons)?.formula).toBe(`IF(F${row - 1}=0,"n/a",F${row - 2}/F${row - 1})`);
    expect(at(row - 2, colCons)?.formula).toBe(`SUM(C${row - 2}:E${row - 2})+G${row - 2}`);
    expect(at(row, colCons)?.expected).toBeCloseTo(18_370 / 19_600, 12);
    // B has no site with days delivered: n/a, never 0.
    expect(at(row, colB)?.expected).toBe('n/a');
  });

  it('writes FRNG in days as numerator × 365 / denominator and the vacancy rate from its parts', () => {
    const days = rowLabelled('FRNG in days of cash charges');
    expect(at(days, colA)?.formula).toBe(`IF(C${days - 1}=0,"n/a",C${days - 2}*365/C${days - 1})`);
    expect(at(days, colA)?.expected).toBeCloseTo(146_000_000 / 720_000, 9);
    expect(at(rowLabelled('Vacant FTE rate'), colCons)?.expected).toBeCloseTo(2 / 17, 12);
  });

  it('tests account prefixes as text bounds, since LEFT is not a model function', () => {
    const row = rowLabelled('Non-cash charges (accounts 68 and 675)');
    const account = ctx.dataLayout.column('Budgets', 'account');
    expect(at(row, colA)?.formula).toContain(`(${account}>="68")*(${account}<"69")+(${account}>="675")*(${account}<"676")`);
    expect(at(row, colA)?.expected).toBe(60_000);
  });

  it('leaves "A*" out of the consolidated cost per place, since it gives no places', () => {
    const row = rowLabelled('Cost per place');
    expect(at(row, colStar)?.expected).toBe('n/a');
    expect(at(row, colCons)?.expected).toBeCloseTo(1_030_000 / 90, 9);
  });

  it('gives every formula an expected value, keeps the modelling rules and states each definition with its source', () => {
    const formulas = sheet.cells.filter((c) => c.formula !== undefined);
    expect(formulas.filter((c) => c.expected === undefined)).toEqual([]);
    expect(formulas.flatMap((c) => lintFormula(c.formula as string, 'output'))).toEqual([]);
    const occupancy = rowLabelled('Occupancy rate');
    expect(sheet.cells.find((c) => c.row === occupancy && c.col === 8)?.value).toMatch(/\[S18\]$/);
    expect(at(occupancy, colA)?.numberFormat).toBe('0.0%');
  });

  it('is a protected output sheet printing on A4 landscape', () => {
    expect(sheet).toMatchObject({ key: 'indicators', name: 'Indicators', class: 'output', protect: true, freeze: { rows: 5, cols: 2 } });
    expect(sheet.print).toMatchObject({ landscape: true, fitToWidth: true, header: 'Partner and consolidated indicators — data year 2024' });
  });

  it('returns checks that hold on valid data', () => {
    expect(checks.map((c) => [c.key, c.expected])).toEqual([['indicators.totalCharges', true], ['indicators.groups', true]]);
    for (const c of checks) expect(lintFormula(c.formula, 'control')).toEqual([]);
  });
});

describe('alert flags of the indicators sheet', () => {
  const flagRow = (s: typeof sheet, label: string) => s.cells.find((c) => c.col === 1 && c.value === label)!.row;
  const cell = (s: typeof sheet, row: number, col: number) => s.cells.find((c) => c.row === row && c.col === col);

  it('flags the CAF rate against the alert threshold cell of the assumptions sheet, n/a where the rate is n/a', () => {
    const row = flagRow(sheet, 'CAF rate at or above the alert threshold');
    const rate = rowLabelled('CAF rate');
    expect(row).toBe(rate + 1);
    expect(at(row, colA)?.formula).toBe(`IF(ISNUMBER(C${rate}),C${rate}>=${ctx.assumptions.ref('alert.cafRate')},"n/a")`);
    // A: CAF 50 000 / (775 000 income − 25 000 on accounts 775 and 78…) = 6.7 % ≥ 2 % (default threshold).
    expect(at(row, colA)?.expected).toBe(true);
    expect(at(row, colB)?.expected).toBe('n/a');
    expect(at(row, colCons)?.expected).toBe(true);
    expect(at(row, colA)?.numberFormat).toBe('"TRUE";"TRUE";"FALSE"');
    expect(sheet.conditionalFormats).toContainEqual({ range: { row, col: colA, rows: 1, cols: 4 }, kind: 'trueFalse' });
  });

  it('flags the dependence ratio at or below its threshold, and reads a threshold the user changed', () => {
    const row = flagRow(sheet, 'Dependence ratio at or below the alert threshold');
    expect(at(row, colA)?.formula).toContain(`<=${ctx.assumptions.ref('alert.dependenceRatio')}`);
    // A: debt 300 000 / permanent capital 1 000 000 = 30 % ≤ 50 %.
    expect(at(row, colA)?.expected).toBe(true);
    // With thresholds of 10 % (CAF) and 25 % (dependence), A raises both alerts.
    const strict = createSheetContext(handWorkedData(), 'en', 2024, { 'alert.cafRate': 0.1, 'alert.dependenceRatio': 0.25 });
    const s = buildIndicatorsSheet(strict, { dataYear: 2024, masterCheck: true }).sheet;
    expect(cell(s, flagRow(s, 'CAF rate at or above the alert threshold'), colA)?.expected).toBe(false);
    expect(cell(s, flagRow(s, 'Dependence ratio at or below the alert threshold'), colA)?.expected).toBe(false);
  });
});
