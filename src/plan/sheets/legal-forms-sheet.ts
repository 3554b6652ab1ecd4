// Formes juridiques (output): DOMAIN §1.1 as a table a board can read, the numeric columns
// the scenario sheets look up by form, a live "used by" column that names the scenarios
// choosing each form, and below it the merger procedure facts of DOMAIN §1.2.
import { COOPERATION_FORMS, type CooperationFormCode } from '../../domain/codes';
import {
  allPartnersDissolved, cooperationForm, cooperationFormTextKey, mergerRules, type CooperationFormTextField,
} from '../../domain/cooperation-forms';
import type { ScenarioDefinition } from '../../engine/scenarios/types';
import type { SheetBuild, SheetContext } from '../context';
import { FORMAT_FLAG } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import { cellRef } from '../layout/sheet-ref';
import { LEGAL_FORM_COLS as C, LEGAL_FORMS_HEADER_ROW, type LegalFormColumn, type LegalFormsSheetLayout } from '../legal-forms-layout';
import type { ScenariosSheetLayout } from '../scenario-refs';
import { putFrame } from './sheet-frame';

const TEXT_COLUMNS: readonly (LegalFormColumn & CooperationFormTextField)[] = ['governance', 'staff', 'authorisation', 'tax', 'use'];

/** DOMAIN §1.2, in order, each with its sources. */
const PROCEDURE_FACTS: readonly { readonly key: string; readonly sources: string }[] = [
  { key: 'notice', sources: 'S13' },
  { key: 'treaty', sources: 'S13' },
  { key: 'auditor', sources: 'S13' },
  { key: 'decisions', sources: 'S13' },
  { key: 'authorisations', sources: 'S15' },
  { key: 'cse', sources: 'S35' },
  { key: 'employment', sources: 'S34' },
];

const WIDTHS: Readonly<Record<LegalFormColumn, number>> = {
  code: 20, name: 26, usedBy: 11, legalBasis: 20, legalPerson: 14, integrationMin: 9, integrationMax: 9,
  governance: 34, staff: 34, authorisation: 30, tax: 34, use: 28, mergerRules: 10, allDissolved: 11, sources: 12, shortName: 22,
};

/**
 * The "used by" formula of a form's row: the codes of the scenarios whose form cell names it,
 * `TRIM(IF('Scénarios'!$D$9=$A6,"S1 ","")&IF('Scénarios'!$E$9=$A6,"S2 ",""))`.
 */
function usedByFormula(scenarios: ScenariosSheetLayout, row: number): string {
  const parts = scenarios.codes.map((code) => `IF(${scenarios.ref(code, 'form')}=${cellRef(row, C.code, { absRow: false })},"${code} ","")`);
  return `TRIM(${parts.join('&')})`;
}

/**
 * The legal forms sheet laid out by `layout`. `definitions` give the "used by" column its expected
 * values (the forms the Scénarios sheet is generated with); its formulas follow the sheet live.
 */
export function buildLegalFormsSheet(
  ctx: SheetContext, layout: LegalFormsSheetLayout, scenarios: ScenariosSheetLayout, dataYear: number, masterCheck: boolean,
  definitions: readonly ScenarioDefinition[],
): SheetBuild {
  const grid = new SheetGrid();
  const title = ctx.t('sheet.legalForms.title');
  putFrame(grid, ctx, { title, sheetClass: 'output', dataYear, masterCheck, masterCheckCol: C.legalBasis });
  grid.text(3, 1, ctx.t('sheet.legalForms.note'), 'note');
  (Object.keys(C) as LegalFormColumn[]).forEach((h) => grid.text(LEGAL_FORMS_HEADER_ROW, C[h], ctx.t(`sheet.legalForms.header.${h}`), 'header'));

  for (const code of COOPERATION_FORMS as readonly CooperationFormCode[]) {
    const row = layout.row(code);
    const form = cooperationForm(code);
    grid.text(row, C.code, code, 'label');
    grid.text(row, C.name, ctx.t(cooperationFormTextKey(code, 'name')), 'text');
    if (scenarios.codes.length > 0) {
      const users = scenarios.codes.filter((s) => definitions.find((d) => d.code === s)?.form === code);
      grid.put(row, C.usedBy, { formula: usedByFormula(scenarios, row), expected: users.join(' '), style: 'output' });
    }
    grid.text(row, C.legalBasis, form.legalBasis, 'text');
    grid.text(row, C.legalPerson, ctx.t(`domain.legalPerson.${form.legalPerson}`), 'text');
    // TRANSFERT_AUTORISATION is a component of levels 4–5, not a level: its cells stay empty.
    if (form.integrationLevel) {
      grid.put(row, C.integrationMin, { value: form.integrationLevel.min, style: 'label', numberFormat: FORMAT_FLAG });
      grid.put(row, C.integrationMax, { value: form.integrationLevel.max, style: 'label', numberFormat: FORMAT_FLAG });
    }
    for (const field of TEXT_COLUMNS) grid.text(row, C[field], ctx.t(cooperationFormTextKey(code, field)), 'text');
    grid.put(row, C.mergerRules, { value: mergerRules(code), style: 'label', numberFormat: FORMAT_FLAG });
    grid.put(row, C.allDissolved, { value: allPartnersDissolved(code), style: 'label', numberFormat: FORMAT_FLAG });
    const sources = form.provenance.kind === 'sourced' ? form.provenance.sources.join(', ') : '';
    grid.text(row, C.sources, sources, 'source');
    grid.text(row, C.shortName, ctx.t(`domain.form.${code}.short`), 'label');
  }

  let row = layout.lastRow + 2;
  grid.text(row++, 1, ctx.t('sheet.legalForms.procedure.title'), 'subtitle');
  for (const fact of PROCEDURE_FACTS) {
    grid.text(row, 1, ctx.t(`sheet.legalForms.procedure.${fact.key}.topic`), 'label');
    grid.text(row, 2, `${ctx.t(`sheet.legalForms.procedure.${fact.key}`)} [${fact.sources}]`, 'label');
    row += 1;
  }
  const lastRow = row - 1;
  const lastCol = C.shortName;
  return {
    sheet: {
      key: 'legalForms', name: layout.sheetName, class: 'output', cells: grid.cells(), tables: [], validations: [],
      conditionalFormats: [{ range: { row: 2, col: C.legalBasis + 1, rows: 1, cols: 1 }, kind: 'trueFalse' }],
      freeze: { rows: LEGAL_FORMS_HEADER_ROW, cols: C.name },
      columnWidths: (Object.keys(C) as LegalFormColumn[]).map((c) => WIDTHS[c]),
      protect: true,
      print: {
        landscape: true, fitToWidth: true,
        area: { row: 1, col: 1, rows: lastRow, cols: lastCol },
        printTitleRows: { first: LEGAL_FORMS_HEADER_ROW, last: LEGAL_FORMS_HEADER_ROW },
        header: ctx.t('sheet.common.printHeader', { title, year: dataYear }),
        footer: ctx.t('sheet.common.printFooter'),
      },
      tabColor: null,
    },
    checks: [],
    names: [],
  };
}
