import { PreviewWorkbook } from '../../src/taskpane/host/preview-workbook';
import { templateTable } from '../../src/taskpane/host/template-tables';
import type { PlanCell, PlanSheet, WorkbookPlan } from '../../src/plan/types';

// A hand-made plan: one assumptions sheet with an input cell (B2), a formula (B3)
// and a label (A2).
function sheet(key: string, cells: PlanCell[]): PlanSheet {
  return {
    key, name: key === 'assumptions' ? 'Hypothèses' : key, class: 'input', cells, tables: [], validations: [],
    conditionalFormats: [], freeze: null, columnWidths: [], protect: false, print: null, tabColor: null,
  };
}
function plan(cells: PlanCell[]): WorkbookPlan {
  return { productVersion: 't', lang: 'fr', sheets: [sheet('assumptions', cells)], names: [], styles: {} as WorkbookPlan['styles'] };
}
const base: PlanCell[] = [
  { row: 2, col: 1, value: 'discountRate' },
  { row: 2, col: 2, value: 0.045, style: 'input' },
  { row: 3, col: 2, formula: 'B2*2', expected: 0.09 },
];

describe('PreviewWorkbook', () => {
  it('takes the new plan\'s values when a plan is written again (a regeneration reads typed values back first)', () => {
    const wb = new PreviewWorkbook();
    wb.writePlan(plan(base));
    expect(wb.setInput('assumptions', 2, 2, 0.03)).toBe(true);
    expect(wb.inputValue('assumptions', 2, 2)).toBe(0.03);
    wb.writePlan(plan([{ row: 2, col: 1, value: 'discountRate' }, { row: 2, col: 2, value: 0.04, style: 'input' }]));
    expect(wb.inputValue('assumptions', 2, 2)).toBe(0.04);
  });

  it('refuses to type into a formula cell or a label', () => {
    const wb = new PreviewWorkbook();
    wb.writePlan(plan(base));
    expect(wb.setInput('assumptions', 3, 2, 1)).toBe(false);
    expect(wb.setInput('assumptions', 2, 1, 'x')).toBe(false);
  });

  it('shows a formula cell with the engine value and writes typed inputs into the download plan', () => {
    const wb = new PreviewWorkbook();
    wb.writePlan(plan(base));
    wb.setInput('assumptions', 2, 2, 0.05);
    const grid = wb.sheets().find((s) => s.key === 'assumptions')!;
    expect(grid.cell(3, 2)?.value).toBe(0.09);
    expect(grid.cell(2, 2)?.value).toBe(0.05);
    const cells = wb.planWithInputs()!.sheets[0].cells;
    expect(cells.find((c) => c.row === 2 && c.col === 2)?.value).toBe(0.05);
  });

  it('lists the user sheets first, then the generated ones, and never replaces an existing table', () => {
    const wb = new PreviewWorkbook();
    const partners = { ...templateTable('Partenaires', 'fr'), rows: [['P1', 'Association 1']] };
    wb.addTable(partners);
    wb.addTable(templateTable('Partenaires', 'fr'));
    wb.writePlan(plan(base));
    expect(wb.sheets().map((s) => s.name)).toEqual(['Partenaires', 'Hypothèses']);
    expect(wb.rawWorkbook().Partenaires?.rows).toEqual([['P1', 'Association 1']]);
  });

  it('notifies subscribers on every change', () => {
    const wb = new PreviewWorkbook();
    const seen: number[] = [];
    wb.subscribe(() => seen.push(wb.revision));
    wb.addTable(templateTable('Sites', 'en'));
    wb.show('Sites', 'B2');
    expect(seen).toEqual([1, 2]);
    expect(wb.highlightedCell).toBe('B2');
  });
});
