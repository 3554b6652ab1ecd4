import type { CooperationData } from '../data/types';
import { aLine, aPartner } from '../engine/comparison/data-builders.test-support';
import { modelAssumptions } from '../engine/model-assumptions';
import { assumptionBound, withinBound } from './assumption-bounds';
import { ASSUMPTION_COLS } from './assumptions-layout';
import { buildModel } from './build-model';

const data: CooperationData = {
  partners: [aPartner('A', { year: 2024 })], sites: [], staff: [],
  budgets: [aLine('A', 'CHARGES', 'II', 100_000, { function: 'ACHATS' })],
};

describe('assumptionBound', () => {
  it('gives every input cell the same bounds as the assumptions sheet’s data validation', () => {
    const { plan } = buildModel(data, { lang: 'fr', generatedAt: new Date('2026-01-15T00:00:00Z'), productVersion: 't' });
    const sheet = plan.sheets.find((s) => s.key === 'assumptions')!;
    const keyOfRow = new Map(sheet.cells.filter((c) => c.col === ASSUMPTION_COLS.key && typeof c.value === 'string').map((c) => [c.row, c.value as string]));
    const entries = modelAssumptions(2024, {});
    let compared = 0;
    for (const cell of sheet.cells.filter((c) => c.style === 'input')) {
      const entry = entries.find((e) => e.key === keyOfRow.get(cell.row))!;
      const rule = sheet.validations.find((v) => cell.row >= v.range.row && cell.row < v.range.row + v.range.rows
        && cell.col >= v.range.col && cell.col < v.range.col + v.range.cols);
      const bound = assumptionBound(entry);
      const seen = rule && rule.kind !== 'list' ? { kind: rule.kind, min: rule.min, max: rule.max } : null;
      expect([entry.key, seen]).toEqual([entry.key, bound]);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('refuses what the reviewer could type: horizon 7.5, 0 or 100, discount rate −150 %, first year 2026.5', () => {
    const bound = (key: string) => assumptionBound(modelAssumptions(2024, {}).find((e) => e.key === key)!);
    expect([7.5, 0, 100].map((v) => withinBound(bound('horizonYears'), v))).toEqual([false, false, false]);
    expect(withinBound(bound('horizonYears'), 7)).toBe(true);
    expect(withinBound(bound('discountRate'), -1.5)).toBe(false);
    expect(withinBound(bound('discountRate'), 0.06)).toBe(true);
    expect(withinBound(bound('firstYear'), 2026.5)).toBe(false);
    expect(withinBound(bound('firstYear'), 2027)).toBe(true);
    expect(withinBound(bound('rampUp.ACHATS'), 1.2)).toBe(false);
  });
});
