import { SheetGrid } from './sheet-grid';

describe('SheetGrid', () => {
  it('gives the cells by row, then column, whatever the order they were put in', () => {
    const grid = new SheetGrid();
    grid.text(3, 1, 'c');
    grid.text(1, 2, 'b');
    grid.text(1, 1, 'a');
    grid.put(2, 5, { value: 4, style: 'input' });
    expect(grid.cells().map((c) => [c.row, c.col, c.value])).toEqual([[1, 1, 'a'], [1, 2, 'b'], [2, 5, 4], [3, 1, 'c']]);
  });

  it('keeps every field of a cell next to its position', () => {
    const grid = new SheetGrid();
    grid.put(7, 2, { formula: '=1+1', expected: 2, style: 'calc', numberFormat: '0' });
    expect(grid.cells()).toEqual([{ row: 7, col: 2, formula: '=1+1', expected: 2, style: 'calc', numberFormat: '0' }]);
  });

  it('refuses a cell put twice, whether the cells came in order or not', () => {
    const inOrder = new SheetGrid();
    inOrder.text(1, 1, 'a');
    inOrder.text(1, 1, 'again');
    expect(() => inOrder.cells()).toThrow('Cell R1C1 written twice');
    const scattered = new SheetGrid();
    scattered.text(4, 2, 'a');
    scattered.text(1, 1, 'b');
    scattered.text(4, 2, 'again');
    expect(() => scattered.cells()).toThrow('Cell R4C2 written twice');
  });

  it('places a positioned cell among the others, checked like any other', () => {
    const grid = new SheetGrid();
    grid.text(2, 1, 'b');
    grid.place({ row: 1, col: 3, value: 7, style: 'input', numberFormat: '0' });
    grid.place({ row: 2, col: 1, value: 'again', style: 'input' });
    expect(() => grid.cells()).toThrow('Cell R2C1 written twice');
    const ok = new SheetGrid();
    ok.place({ row: 1, col: 3, value: 7, style: 'input' });
    ok.text(1, 1, 'a');
    expect(ok.cells().map((c) => [c.row, c.col, c.value])).toEqual([[1, 1, 'a'], [1, 3, 7]]);
  });

  it('refuses a formula without the value the engine expects of it', () => {
    expect(() => new SheetGrid().put(1, 1, { formula: '=A2', style: 'calc' })).toThrow('Formula at R1C1 has no expected value');
  });
});
