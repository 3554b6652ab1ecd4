// A one-sheet plan with every kind of cell the stream writer writes itself: texts with XML specials,
// controls XML forbids, line breaks and astral characters; numbers, booleans; formulas with a text, a
// number, a boolean result; styles and number formats; an empty styled cell. Read back by ExcelJS
// (write-plan-stream-rows.test.ts) and recalculated by LibreOffice (write-plan-stream-libreoffice.test.ts).
import type { PlanSheet, WorkbookPlan } from '../../src/plan/types';
import { fixtureStyles } from '../plan-fixtures/styles';

export const SPECIAL = 'a < b & c > "d" \'e\'';

export function textsPlan(): WorkbookPlan {
  const sheet: PlanSheet = {
    key: 'texts', name: 'Textes', class: 'calculation', tables: [], validations: [], conditionalFormats: [], freeze: null,
    columnWidths: [], protect: false, print: null, tabColor: null,
    cells: [
      { row: 1, col: 1, value: 'Intitulé', style: 'header' },
      { row: 1, col: 2, value: 'Montant', style: 'header' },
      { row: 2, col: 1, value: SPECIAL, style: 'label' },
      { row: 2, col: 2, value: 0.125, style: 'input', numberFormat: '0.0 %' },
      { row: 3, col: 1, value: 'tab\there\nline' },
      { row: 3, col: 2, value: -1234567.891, numberFormat: '#,##0.00 €' },
      { row: 4, col: 1, value: 'ctrl\u0001\u001fchars\u007f' },
      { row: 4, col: 2, value: true },
      { row: 5, col: 1, formula: 'A2&"<"', expected: `${SPECIAL}<`, style: 'calc' },
      { row: 5, col: 2, formula: 'B2*2', expected: 0.25, style: 'total', numberFormat: '0.0 %' },
      { row: 6, col: 1, formula: 'B4', expected: true },
      { row: 6, col: 2, formula: 'NOT(B4)', expected: false },
      { row: 7, col: 1, value: 'Économie 💶' },
      { row: 7, col: 3, style: 'input' },
      // 'tab', tab, 'here', line feed, 'line': 3 + 1 + 4 + 1 + 4 = 13 characters.
      { row: 8, col: 1, formula: 'LEN(A3)', expected: 13 },
      // The controls are dropped on writing: 'ctrlchars' is 9 characters.
      { row: 8, col: 2, formula: 'LEN(A4)', expected: 9 },
    ],
  };
  return { productVersion: 'rows', lang: 'fr', names: [], styles: fixtureStyles, sheets: [sheet] };
}
