// A small hand-made plan: an assumptions sheet, a data sheet with a table and
// a calculation sheet whose formulas read both, through cell ranges and
// defined names. Every `expected` is a hand calculation noted beside it.
import type { PlanCell, PlanSheet, WorkbookPlan } from '../../src/plan/types';
import { fixtureStyles } from './styles';

const rate = 0.045;
const savingsRate = 0.1;
const amounts = [1000, 2500, -200];
// Σ amounts = 3300; savings per year = 0.1 × 3300 = 330.
const savings = savingsRate * (1000 + 2500 - 200);

const assumptions: PlanSheet = {
  key: 'assumptions',
  name: 'Hypothèses',
  class: 'input',
  cells: [
    { row: 1, col: 1, value: 'Hypothèses', style: 'title' },
    { row: 3, col: 1, value: 'Taux d’actualisation', style: 'label' },
    { row: 3, col: 2, value: rate, style: 'input', numberFormat: '0.0 %' },
    { row: 3, col: 3, value: 'taux', style: 'unit' },
    { row: 4, col: 1, value: 'Taux d’économie', style: 'label' },
    { row: 4, col: 2, value: savingsRate, style: 'input', numberFormat: '0.0 %' },
    { row: 4, col: 3, value: 'key.savings', style: 'source' },
  ],
  tables: [],
  validations: [{ range: { row: 3, col: 2, rows: 2, cols: 1 }, kind: 'decimal', min: 0, max: 1 }],
  conditionalFormats: [],
  freeze: { rows: 2, cols: 1 },
  columnWidths: [28, 12, 14],
  protect: false,
  print: null,
  tabColor: 'FFFFC000',
};

const data: PlanSheet = {
  key: 'data',
  name: 'Données',
  class: 'input',
  cells: [
    { row: 1, col: 1, value: 'Données', style: 'title' },
    { row: 2, col: 1, value: 'Partenaire', style: 'header' },
    { row: 2, col: 2, value: 'Montant', style: 'header' },
    ...amounts.flatMap((amount, i): PlanCell[] => [
      { row: 3 + i, col: 1, value: i === 1 ? 'B' : 'A', style: 'input' },
      { row: 3 + i, col: 2, value: amount, style: 'input', numberFormat: '#,##0 €' },
    ]),
  ],
  tables: [{ name: 'T_Lignes', row: 2, col: 1, headers: ['Partenaire', 'Montant'], rowCount: 3 }],
  validations: [{ range: { row: 3, col: 1, rows: 3, cols: 1 }, kind: 'list', values: ['A', 'B'] }],
  conditionalFormats: [],
  freeze: { rows: 2, cols: 0 },
  columnWidths: [16, 14],
  protect: false,
  print: null,
  tabColor: 'FFFFC000',
};

// Years 0–2 in columns B–D; row 5 discounts each year's savings.
const yearCols = [2, 3, 4];
const calc: PlanSheet = {
  key: 'calc',
  name: "L'analyse",
  class: 'calculation',
  cells: [
    { row: 1, col: 1, value: 'Analyse', style: 'title' },
    ...yearCols.map((col, i): PlanCell => ({ row: 2, col, value: 2025 + i, style: 'header' })),
    { row: 3, col: 1, value: 'Total A', style: 'label' },
    // SUMIFS over partner A: 1000 − 200 = 800.
    { row: 3, col: 2, formula: "SUMIFS('Données'!$B$3:$B$5,'Données'!$A$3:$A$5,\"A\")", expected: 800, style: 'calc', numberFormat: '#,##0 €' },
    { row: 4, col: 1, value: 'Économies', style: 'label' },
    ...yearCols.map((col): PlanCell => ({
      row: 4,
      col,
      formula: "'Hypothèses'!$B$4*SUM('Données'!$B$3:$B$5)",
      expected: savings,
      style: 'calc',
    })),
    { row: 5, col: 1, value: 'Actualisées', style: 'label' },
    // 330 / 1.045^t: 330, 315.78947368421055, 302.18131453034497.
    ...yearCols.map((col, t): PlanCell => {
      const letter = String.fromCharCode(64 + col);
      return {
        row: 5,
        col,
        formula: `${letter}4/(1+DiscountRate)^(${letter}$2-$B$2)`,
        expected: savings / (1 + rate) ** t,
        style: 'calc',
      };
    }),
    { row: 6, col: 1, value: 'VAN', style: 'label' },
    // 330 + 330/1.045 + 330/1.045² = 947.9707882145555 (year 0 undiscounted).
    { row: 6, col: 2, formula: 'B4+NPV(DiscountRate,C4:D4)', expected: savings + savings / 1.045 + savings / 1.045 ** 2, style: 'total' },
    { row: 7, col: 2, formula: 'IF(B3>0,"positive","negative")', expected: 'positive', style: 'calc' },
    { row: 8, col: 2, formula: 'B6>0', expected: true, style: 'check' },
    { row: 9, col: 2, formula: "'Données'!B5>0", expected: false, style: 'check' },
    // 800 / 0 fails, IFERROR turns it into 0.
    { row: 10, col: 2, formula: 'IFERROR(B3/0,0)', expected: 0, style: 'calc' },
    { row: 11, col: 1, value: 'Données', style: 'link', linkTo: 'data' },
  ],
  tables: [],
  validations: [],
  conditionalFormats: [{ range: { row: 8, col: 2, rows: 2, cols: 1 }, kind: 'trueFalse' }],
  freeze: { rows: 2, cols: 1 },
  columnWidths: [20, 14, 14, 14],
  protect: true,
  print: null,
  tabColor: null,
  timeline: { row: 2, firstCol: 2, count: 3 },
};

const summary: PlanSheet = {
  key: 'summary',
  name: 'Synthèse',
  class: 'output',
  cells: [
    { row: 1, col: 1, value: 'Synthèse', style: 'title' },
    { row: 3, col: 1, value: 'VAN', style: 'label' },
    // The defined name S1_NPV, read back: 947.9707882145555 as above.
    { row: 3, col: 2, formula: 'S1_NPV', expected: savings + savings / 1.045 + savings / 1.045 ** 2, style: 'output', numberFormat: '#,##0 €' },
    { row: 4, col: 1, value: 'Contrôle', style: 'label' },
    // Both checks of the analysis: TRUE and FALSE → FALSE.
    { row: 4, col: 2, formula: "AND('L''analyse'!B8,'L''analyse'!B9)", expected: false, style: 'check' },
  ],
  tables: [],
  validations: [],
  conditionalFormats: [{ range: { row: 4, col: 2, rows: 1, cols: 1 }, kind: 'trueFalse' }],
  freeze: null,
  columnWidths: [20, 16],
  protect: true,
  print: {
    landscape: true,
    fitToWidth: true,
    area: { row: 1, col: 1, rows: 4, cols: 2 },
    header: 'Synthèse – 2024',
    footer: null,
  },
  tabColor: 'FF70AD47',
};

/** The small plan; a fresh copy each call so that tests may alter it. */
export function smallPlan(): WorkbookPlan {
  return {
    productVersion: '0.1.0-test',
    lang: 'fr',
    sheets: [assumptions, data, calc, summary],
    names: [
      { name: 'DiscountRate', sheetKey: 'assumptions', row: 3, col: 2 },
      { name: 'S1_NPV', sheetKey: 'calc', row: 6, col: 2 },
    ],
    styles: fixtureStyles,
  };
}
