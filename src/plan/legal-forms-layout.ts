// Where the legal forms reference sheet (Formes juridiques) holds its table: one row per
// cooperation form in COOPERATION_FORMS order, the lookup columns the scenario sheets read.
import { COOPERATION_FORMS } from '../domain/codes';
import type { LegalFormsLayout } from './scenario-refs';
import { rangeRef, sheetRef } from './layout/sheet-ref';

/** Columns of the table, in reading order: who uses the form comes right after its name. */
export const LEGAL_FORM_COLS = {
  code: 1, name: 2, usedBy: 3, legalBasis: 4, legalPerson: 5, integrationMin: 6, integrationMax: 7,
  governance: 8, staff: 9, authorisation: 10, tax: 11, use: 12, mergerRules: 13, allDissolved: 14, sources: 15, shortName: 16,
} as const;
export type LegalFormColumn = keyof typeof LEGAL_FORM_COLS;
export const LEGAL_FORMS_HEADER_ROW = 5;
export const LEGAL_FORMS_FIRST_ROW = LEGAL_FORMS_HEADER_ROW + 1;

export interface LegalFormsSheetLayout extends LegalFormsLayout {
  /** Row of a form's line. */
  row(code: string): number;
  readonly lastRow: number;
}

/**
 * The legal forms sheet's layout, named `sheetName`: rows 6 … 18 hold the thirteen forms.
 * @example legalFormsLayout('Formes juridiques').mergerRules // "'Formes juridiques'!$M$6:$M$18"
 */
export function legalFormsLayout(sheetName: string): LegalFormsSheetLayout {
  const lastRow = LEGAL_FORMS_FIRST_ROW + COOPERATION_FORMS.length - 1;
  const column = (c: LegalFormColumn) => sheetRef(sheetName, rangeRef(LEGAL_FORMS_FIRST_ROW, LEGAL_FORM_COLS[c], lastRow, LEGAL_FORM_COLS[c]));
  return {
    sheetName,
    codes: column('code'),
    names: column('name'),
    shortNames: column('shortName'),
    integrationMin: column('integrationMin'),
    integrationMax: column('integrationMax'),
    mergerRules: column('mergerRules'),
    allDissolved: column('allDissolved'),
    lastRow,
    row(code) {
      const i = (COOPERATION_FORMS as readonly string[]).indexOf(code);
      if (i < 0) throw new Error(`No legal form ${code}`);
      return LEGAL_FORMS_FIRST_ROW + i;
    },
  };
}
