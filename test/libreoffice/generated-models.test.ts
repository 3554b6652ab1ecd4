// Generated models, recalculated by LibreOffice: no error cell, every formula
// equal to the engine's value, and the modelling rules kept. The sample in
// French and English, then variants of its data.
import { writePlan } from '../../src/adapters/exceljs';
import type { CooperationData } from '../../src/data/types';
import type { Lang } from '../../src/i18n';
import type { WorkbookPlan } from '../../src/plan/types';
import { compareWithPlan, describeMismatches, errorCells } from '../harness/compare-with-plan';
import { describeWithLibreOffice } from '../harness/libreoffice';
import { negativeAmounts, onePartnerOnly, partnerWithoutSitesOrStaff } from '../harness/model-variants';
import { formatDifferences, formulaDifferences, valueDifferences } from '../harness/plan-writer.contract';
import { readWorkbookGrid } from '../harness/read-workbook';
import { planOf, sampleData } from '../harness/sample-model';
import { describeFindings, lintPlan } from '../lint';

const cases: readonly [string, () => CooperationData, Lang, Readonly<Record<string, number>>][] = [
  ['the sample in French', sampleData, 'fr', {}],
  ['the sample in English', sampleData, 'en', {}],
  ['one partner only', () => onePartnerOnly(sampleData()), 'fr', {}],
  ['a partner without sites or staff', () => partnerWithoutSitesOrStaff(sampleData()), 'en', {}],
  ['negative amounts', () => negativeAmounts(sampleData()), 'fr', {}],
  ['a 3-year horizon without harmonisation', sampleData, 'fr', { horizonYears: 3, 'harmonisation.enabled': 0 }],
  // Thresholds no partner meets: every alert flag of the indicators sheet turns FALSE.
  ['alert thresholds that raise the alerts', sampleData, 'en', { 'alert.cafRate': 0.5, 'alert.dependenceRatio': 0 }],
];

describe.each(cases)('generated model: %s', (_name, data, lang, overrides) => {
  it('keeps the formula rules of MODELLING.md', () => {
    expect(describeFindings(lintPlan(planOf(data(), lang, overrides)))).toBe('');
  });

  it('is written with every value, formula and number format of its plan', async () => {
    const plan = planOf(data(), lang, overrides);
    const grid = await readWorkbookGrid(await writePlan(plan));
    expect(valueDifferences(plan, grid).slice(0, 20)).toEqual([]);
    expect(formulaDifferences(plan, grid).slice(0, 20)).toEqual([]);
    expect(formatDifferences(plan, grid).slice(0, 20)).toEqual([]);
  });
});

describe('modelling lint on a generated model', () => {
  it('catches one year cell of the savings sheet given its own formula', () => {
    const plan = planOf(sampleData(), 'fr');
    const savings = plan.sheets.find((s) => s.timeline && s.class === 'calculation')!;
    const { row: headerRow, firstCol, count } = savings.timeline!;
    const yearCells = savings.cells.filter((c) => c.formula && c.row > headerRow && c.col >= firstCol && c.col < firstCol + count);
    const last = yearCells[yearCells.length - 1];
    const altered: WorkbookPlan = {
      ...plan,
      sheets: plan.sheets.map((s) =>
        s !== savings ? s : { ...s, cells: s.cells.map((c) => (c === last ? { ...c, formula: `(${c.formula})*1` } : c)) },
      ),
    };
    expect(yearCells.length).toBeGreaterThan(count);
    expect(lintPlan(altered).map((f) => [f.rule, f.sheet])).toEqual([['r1c1', savings.name]]);
  });
});

describeWithLibreOffice('LibreOffice recalculation of generated models', (session) => {
  const counts: string[] = [];
  afterAll(() => {
    const times = session().timingsMs.map((ms) => Math.round(ms));
    console.log(`LibreOffice: ${counts.join('; ')}; conversions in ms: ${times.join(', ')}`);
  });

  it.each(cases)('agrees with the engine on every formula cell: %s', async (name, data, lang, overrides) => {
    const plan = planOf(data(), lang, overrides);
    const grid = await session().recalculateGrid(await writePlan(plan));
    const { compared, mismatches } = compareWithPlan(plan, grid);
    counts.push(`${name}: ${compared} formula cells`);
    expect(errorCells(grid).slice(0, 20)).toEqual([]);
    expect(describeMismatches(mismatches)).toBe('');
    expect(compared).toBeGreaterThan(0);
  });
});
