import type { PlanCell, PlanSheet, WorkbookPlan } from '../../src/plan/types';
import { smallPlan, fixtureStyles } from '../plan-fixtures';
import { formulaToR1C1, lintFormula, lintPlan, tokenizeFormula } from '.';

const rules = (formula: string, cls: PlanSheet['class'] = 'calculation') => lintFormula(formula, cls).map((p) => p.rule);

describe('tokenizeFormula', () => {
  it('tells references, sheet names, strings, functions and numbers apart', () => {
    const kinds = tokenizeFormula("=SUM('Données 2'!$B$3:B5)*LOG10(A1)+\"12.5\"+2.5E-3").map((t) => `${t.kind}:${t.text}`);
    expect(kinds).toEqual([
      'function:SUM', 'op:(', "sheet:'Données 2'!", 'ref:$B$3:B5', 'op:)', 'op:*', 'function:LOG10', 'op:(', 'ref:A1',
      'op:)', 'op:+', 'string:"12.5"', 'op:+', 'number:2.5E-3',
    ]);
  });
});

describe('lintFormula: constants', () => {
  it.each([
    'SUM(B3:B5)*Hyp!$C$4',
    "'Hypothèses 2024'!C5*12",
    'B4/(1+DiscountRate)^(C$2-$C$2)',
    'IF(B3>0,"taux 4.5 %",0)',
    'LOG10(A100)+S1_NPV',
    'ROUND(B3,0)/100*365',
    'IFERROR(B3/C3,0)',
  ])('accepts %s', (formula) => {
    expect(rules(formula)).toEqual([]);
  });

  it.each([
    ['B3*0.045', '0.045'],
    ['B3*(1+2)', '2'],
    ['ROUND(B3,2)', '2'],
    ['B3*5%', '5'],
    ['B3/1.5E3', '1.5E3'],
  ])('reports the constant in %s', (formula, constant) => {
    expect(lintFormula(formula, 'output')).toEqual([{ rule: 'constant', detail: `number ${constant} typed in the formula` }]);
  });

  it('lets input sheets hold constants in their formulas', () => {
    expect(rules('B3*0.045', 'input')).toEqual([]);
  });
});

describe('lintFormula: functions and references', () => {
  it.each(['OFFSET(A1,1,1)', 'INDIRECT("A1")', 'NOW()', 'TODAY()', 'RAND()', 'RANDBETWEEN(1,1)', 'CELL("row")', 'INFO("osversion")'])(
    'reports the volatile %s',
    (formula) => {
      expect(rules(formula, 'input')).toEqual(['volatile']);
    },
  );

  it.each(['LET(x,1,x)', 'XLOOKUP(A1,B1:B3,C1:C3)', 'FILTER(A1:A3,B1:B3)', 'SEQUENCE(1)', '_xlfn.IFS(A1,1)', 'LAMBDA(x,x)'])(
    'reports %s as outside the allow-list',
    (formula) => {
      expect(rules(formula, 'input')).toEqual(['function']);
    },
  );

  it.each([['SUM(A:A)', 'A:A'], ['SUM($C:$D)', '$C:$D'], ["SUM('Data'!1:1)", '1:1'], ['COUNTIF(Data!$3:$3,1)', '$3:$3']])(
    'reports the whole-range reference in %s',
    (formula, range) => {
      expect(lintFormula(formula, 'input')).toEqual([expect.objectContaining({ rule: 'whole-range', detail: expect.stringContaining(range) })]);
    },
  );

  it('accepts the functions the allow-list names', () => {
    expect(rules('SUMIFS(B1:B3,A1:A3,"x")+SUMPRODUCT(B1:B3,C1:C3)+INDEX(B1:B3,MATCH(1,C1:C3,0))+NPV(A1,B1:B3)')).toEqual([]);
  });

  it('reports a formula it cannot read', () => {
    expect(rules('IF(A1="x,1,2)')).toEqual(['syntax']);
  });
});

describe('formulaToR1C1', () => {
  it('gives the same text for the same formula copied along a row', () => {
    // D4 = C4+D$2*$B$1 and E4 = D4+E$2*$B$1 are one formula.
    expect(formulaToR1C1('C4+D$2*$B$1', 4, 4)).toBe('RC[-1]+R2C*R1C2');
    expect(formulaToR1C1('D4 + E$2*$B$1', 4, 5)).toBe('RC[-1]+R2C*R1C2');
  });

  it('keeps sheet names and strings as they are', () => {
    expect(formulaToR1C1("'Feuille A1'!B2&\"C3\"", 2, 2)).toBe("'Feuille A1'!RC&\"C3\"");
  });
});

function yearSheet(cells: PlanCell[], timeline = { row: 2, firstCol: 2, count: 3 }): PlanSheet {
  return {
    key: 'savings', name: 'Mutualisation', class: 'calculation', cells, tables: [], validations: [],
    conditionalFormats: [], freeze: null, columnWidths: [], protect: true, print: null, tabColor: null, timeline,
  };
}

function planOf(...sheets: PlanSheet[]): WorkbookPlan {
  return { productVersion: 't', lang: 'fr', sheets, names: [], styles: fixtureStyles };
}

describe('lintPlan', () => {
  it('finds nothing in the hand-made plan', () => {
    expect(lintPlan(smallPlan())).toEqual([]);
  });

  it('reports the year cell whose formula differs from the rest of its row', () => {
    const sheet = yearSheet([
      { row: 2, col: 2, formula: 'FirstYear' },
      { row: 2, col: 3, formula: 'B2+1' },
      { row: 2, col: 4, formula: 'C2+1' },
      { row: 5, col: 2, formula: 'B4*$A$1' },
      { row: 5, col: 3, formula: 'C4*$A$1' },
      { row: 5, col: 4, formula: 'D4*$A$2' },
    ]);
    expect(lintPlan(planOf(sheet))).toEqual([
      expect.objectContaining({ rule: 'r1c1', sheet: 'Mutualisation', address: 'D5', formula: 'D4*$A$2' }),
    ]);
  });

  it('reports sheets whose years do not share one timeline', () => {
    const a = yearSheet([]);
    const b = { ...yearSheet([], { row: 3, firstCol: 3, count: 3 }), name: 'Harmonisation' };
    expect(lintPlan(planOf(a, b))).toEqual([expect.objectContaining({ rule: 'timeline', sheet: 'Harmonisation', address: 'C3' })]);
  });

  it('locates each finding by sheet, address and formula', () => {
    const sheet = yearSheet([{ row: 7, col: 1, formula: 'A6*0.2' }]);
    expect(lintPlan(planOf(sheet))).toEqual([
      { rule: 'constant', sheet: 'Mutualisation', address: 'A7', formula: 'A6*0.2', detail: 'number 0.2 typed in the formula' },
    ]);
  });
});
