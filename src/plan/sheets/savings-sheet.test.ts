import type { CooperationData } from '../../data/types';
import { aLine, aPartner, aStaffGroup } from '../../engine/comparison/data-builders.test-support';
import { buildModel } from '../build-model';
import type { PlanSheet, WorkbookPlan } from '../types';

const data: CooperationData = {
  partners: [aPartner('A'), aPartner('B*')], sites: [],
  budgets: [aLine('A', 'CHARGES', 'II', 100_000, { function: 'ACHATS' }), aLine('B*', 'CHARGES', 'I', 50_000, { function: 'ACHATS' })],
  staff: [aStaffGroup('A', 'ASH', 2, 60_000), aStaffGroup('B*', 'ASH', 1, 36_000)],
};
const { plan } = buildModel(data, { lang: 'en', generatedAt: new Date('2026-01-15T00:00:00Z'), productVersion: 't' });
const savings = plan.sheets.find((s) => s.key === 'savings')!;
const namedFormula = (p: WorkbookPlan, s: PlanSheet, name: string) => {
  const n = p.names.find((x) => x.name === name)!;
  return s.cells.find((c) => c.row === n.row && c.col === n.col)!;
};

describe('the savings sheet', () => {
  it('writes the NPV as year 0 plus NPV() over years 1 … N', () => {
    expect(namedFormula(plan, savings, 'S1_NPV').formula).toMatch(/^\$I\$(\d+)\+NPV\(DiscountRate,\$J\$\1:\$N\$\1\)$/);
  });

  it('computes the payback with a single IF, no nested one', () => {
    const formula = namedFormula(plan, savings, 'S1_Payback').formula!;
    expect(formula.match(/IF\(/g)).toHaveLength(1);
    expect(formula).toContain('"not within the horizon"');
  });

  it('matches partner codes exactly in the harmonisation grid (a code with * is not a wildcard)', () => {
    const grid = savings.cells.filter((c) => c.formula?.includes('Effectifs') || c.formula?.includes('$AS$'));
    expect(grid.every((c) => !c.formula!.includes('SUMIFS'))).toBe(true);
    // ASH: A 2 FTE at 30 000 €, B* 1 FTE at 36 000 € → target 36 000 €, gap 2 × 6 000 = 12 000 €.
    const gap = savings.cells.find((c) => c.formula?.startsWith('SUMPRODUCT(') && c.expected === 12_000);
    expect(gap).toBeDefined();
  });

  it('names the years of its timeline from FirstYear', () => {
    const header = savings.cells.filter((c) => c.row === savings.timeline!.row && c.formula);
    expect(header.map((c) => c.expected)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(header.every((c) => c.formula!.startsWith('FirstYear+'))).toBe(true);
  });
});

describe('the assumptions sheet', () => {
  const sheet = plan.sheets.find((s) => s.key === 'assumptions')!;

  it('lists each assumption key once, with an input cell on its row', () => {
    const keys = sheet.cells.filter((c) => c.col === 1 && typeof c.value === 'string' && /^[a-z]+[A-Za-z]*(\.|$)/.test(c.value));
    const values = keys.map((k) => k.value);
    expect(new Set(values).size).toBe(values.length);
    for (const k of keys) expect(sheet.cells.some((c) => c.row === k.row && c.style === 'input')).toBe(true);
  });
});
