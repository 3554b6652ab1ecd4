import { validateWorkbook } from '../data/validate-workbook';
import type { CellValue } from '../data/types';
import { ESTABLISHMENT_TYPES } from '../domain/codes';
import { apportion } from './synthetic-layout';
import { wholeParts } from './synthetic-exact-counts';
import { SYNTHETIC_SIZES, syntheticRawWorkbook, syntheticTables } from './synthetic';
import type { SampleTable } from './sample-tables';

const column = (table: SampleTable, header: string): CellValue[] => {
  const i = table.headers.indexOf(header);
  return table.rows.map((r) => r[i]);
};
const num = (v: CellValue): number => (typeof v === 'number' ? v : 0);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('syntheticTables', () => {
  const tenth = syntheticTables(SYNTHETIC_SIZES.tenth);

  it('returns the same tables for the same seed and other tables for another seed', () => {
    expect(syntheticTables(SYNTHETIC_SIZES.tenth)).toEqual(tenth);
    expect(syntheticTables(SYNTHETIC_SIZES.tenth, 7)).not.toEqual(tenth);
  });

  it('has exactly the asked rows: 2 partners, 20 sites, 2 000 budget lines, 200 staff lines for "tenth"', () => {
    expect([tenth.Partenaires.rows.length, tenth.Sites.rows.length, tenth.Budgets.rows.length, tenth.Effectifs.rows.length])
      .toEqual([2, 20, 2_000, 200]);
  });

  it('has exactly 20 partners, 200 sites, 20 000 budget lines and 2 000 staff lines for "large", and validates without an error', () => {
    const raw = syntheticRawWorkbook(SYNTHETIC_SIZES.large);
    expect([raw.Partenaires, raw.Sites, raw.Budgets, raw.Effectifs].map((t) => t?.rows.length)).toEqual([20, 200, 20_000, 2_000]);
    const result = validateWorkbook(raw);
    expect(result.ok ? [] : result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // Warnings only for the reduction lines (609, 6419) the sample carries on purpose.
    expect(result.ok && result.warnings.every((w) => w.code === 'NEGATIVE_AMOUNT')).toBe(true);
  });

  it('validates the tenth case without an error', () => {
    const result = validateWorkbook(syntheticRawWorkbook(SYNTHETIC_SIZES.tenth));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('has 100 000 budget lines in the memory case', () => {
    const t = syntheticTables(SYNTHETIC_SIZES.memory);
    expect([t.Partenaires.rows.length, t.Sites.rows.length, t.Budgets.rows.length, t.Effectifs.rows.length]).toEqual([20, 1_000, 100_000, 10_000]);
  });

  it('keeps the sample shape: known establishment types, charges about 70 % staff, payroll within group II, income within 2.5 % of charges', () => {
    const large = syntheticTables(SYNTHETIC_SIZES.large);
    const types = new Set(column(large.Sites, 'Type'));
    for (const t of types) expect(ESTABLISHMENT_TYPES).toContain(t);
    expect(types.size).toBeGreaterThanOrEqual(8);
    const side = column(large.Budgets, 'Sens');
    const group = column(large.Budgets, 'Groupe');
    const amount = column(large.Budgets, 'Montant').map(num);
    const charges = sum(amount.filter((_, i) => side[i] === 'CHARGES'));
    const income = sum(amount.filter((_, i) => side[i] === 'PRODUITS'));
    const groupII = sum(amount.filter((_, i) => side[i] === 'CHARGES' && group[i] === 'II'));
    expect(groupII / charges).toBeGreaterThan(0.65);
    expect(groupII / charges).toBeLessThan(0.8);
    expect(Math.abs(income / charges - 1)).toBeLessThan(0.025);
    expect(sum(column(large.Effectifs, 'Masse salariale chargée').map(num))).toBeLessThanOrEqual(groupII);
  });

  it('merges lines of one site and codes when asked for fewer than the sites carry, keeping the totals', () => {
    const fewer = syntheticTables({ partners: 2, sites: 20, budgetLines: 900, staffLines: 170 });
    expect([fewer.Budgets.rows.length, fewer.Effectifs.rows.length]).toEqual([900, 170]);
    // Merging moves no euro: the charges equal those of the same layout split to 2 000 lines.
    const total = (t: SampleTable) => sum(column(t, 'Montant').map(num));
    expect(total(fewer.Budgets)).toBe(total(tenth.Budgets));
  });

  it('refuses a size it cannot reach even by merging', () => {
    expect(() => syntheticTables({ partners: 2, sites: 20, budgetLines: 100, staffLines: 200 })).toThrow(RangeError);
  });
});

describe('apportion and wholeParts', () => {
  it('gives each partner at least one site and hands out exactly the total', () => {
    // 10 over weights 1, 1, 2: 3 spare after one each → 0.75, 0.75, 1.5 → 1, 1, 2 + the largest remainders.
    expect(apportion(7, [1, 1, 2])).toEqual([2, 2, 3]);
    expect(sum(apportion(200, [0.5, 1.5, 1, 0.7]))).toBe(200);
  });

  it('splits a whole total into whole non-negative parts that add up to it', () => {
    // 10 × (1, 1, 1) / 3 = 3.33 each: floors 3, 3, 3, the remainder 1 to the first.
    expect(wholeParts(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(wholeParts(1, [1, 1, 1])).toEqual([1, 0, 0]);
  });
});
