import { handWorkedData } from '../../engine/comparison/data-builders.test-support';
import { LEGAL_FORM_COLS as C, legalFormsLayout } from '../legal-forms-layout';
import { aDefinition } from '../read-scenario-definitions.test-support';
import { scenariosSheetLayout } from '../scenarios-layout';
import { createSheetContext } from '../sheet-context';
import type { PlanCell } from '../types';
import { buildLegalFormsSheet } from './legal-forms-sheet';

const data = handWorkedData();
const defs = [
  aDefinition('S1', data, { form: 'CONVENTION' }),
  aDefinition('S2', data, { form: 'GCSMS' }),
  aDefinition('S3', data, { form: 'GCSMS' }),
];
const scenarios = scenariosSheetLayout(data, ['S1', 'S2', 'S3'], 'Scénarios');
const layout = legalFormsLayout('Formes juridiques');
const built = (lang: 'fr' | 'en') => {
  const ctx = createSheetContext(data, lang, 2024);
  return buildLegalFormsSheet(ctx, legalFormsLayout(ctx.t('sheet.name.legalForms')), scenarios, 2024, true, defs).sheet;
};
const sheet = built('fr');
const at = (row: number, col: number): PlanCell | undefined => sheet.cells.find((c) => c.row === row && c.col === col);

describe('legalFormsLayout', () => {
  it('holds the thirteen forms on rows 6–18, in COOPERATION_FORMS order', () => {
    expect(layout.codes).toBe("'Formes juridiques'!$A$6:$A$18");
    expect(layout.mergerRules).toBe("'Formes juridiques'!$M$6:$M$18");
    expect(layout.allDissolved).toBe("'Formes juridiques'!$N$6:$N$18");
    expect(layout.integrationMax).toBe("'Formes juridiques'!$G$6:$G$18");
    expect(layout.names).toBe("'Formes juridiques'!$B$6:$B$18");
    expect([layout.row('CONVENTION'), layout.row('GCSMS'), layout.row('TRANSFERT_AUTORISATION')]).toEqual([6, 12, 18]);
  });
});

describe('buildLegalFormsSheet', () => {
  it('is a protected output sheet keyed legalForms, printed A4 landscape fit to width', () => {
    expect(sheet).toMatchObject({ key: 'legalForms', name: 'Formes juridiques', class: 'output', protect: true });
    expect(sheet.print).toMatchObject({ landscape: true, fitToWidth: true, printTitleRows: { first: 5, last: 5 } });
  });

  it('writes DOMAIN §1.1 row by row: a GCSMS is a legal person of integration 3 to 4, governed by its general assembly', () => {
    const row = layout.row('GCSMS');
    expect(at(row, C.code)?.value).toBe('GCSMS');
    expect(at(row, C.name)?.value).toBe('Groupement de coopération sociale ou médico-sociale (GCSMS)');
    expect(at(row, C.legalPerson)?.value).toBe('Oui');
    expect([at(row, C.integrationMin)?.value, at(row, C.integrationMax)?.value]).toEqual([3, 4]);
    expect(at(row, C.governance)?.value).toContain('assemblée générale');
    expect(at(row, C.legalBasis)?.value).toContain('CASF L312-7');
    expect(at(row, C.governance)?.style).toBe('text');
  });

  it('holds the merger lookups of DOMAIN §1.2: 1 for partial transfer and both mergers, all dissolved only in a fusion-création', () => {
    const col = (c: number) => sheet.cells.filter((x) => x.col === c && x.row >= 6 && x.row <= 18).map((x) => x.value);
    // CONVENTION … CPOM_COMMUN 0; APPORT_PARTIEL_ACTIF, FUSION_ABSORPTION, FUSION_CREATION 1; TRANSFERT_AUTORISATION 0.
    expect(col(C.mergerRules)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0]);
    expect(col(C.allDissolved)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
  });

  it('leaves the integration level of a transfer of authorisation empty: a component of levels 4–5', () => {
    expect(at(layout.row('TRANSFERT_AUTORISATION'), C.integrationMin)).toBeUndefined();
  });

  it('names the scenarios using each form with a live formula over the scenarios’ form cells', () => {
    const gcsms = at(layout.row('GCSMS'), C.usedBy);
    expect(gcsms?.formula).toBe(
      "TRIM(IF('Scénarios'!$D$9=$A12,\"S1 \",\"\")&IF('Scénarios'!$E$9=$A12,\"S2 \",\"\")&IF('Scénarios'!$F$9=$A12,\"S3 \",\"\"))",
    );
    expect(gcsms?.expected).toBe('S2 S3');
    expect(at(layout.row('CONVENTION'), C.usedBy)?.expected).toBe('S1');
    expect(at(layout.row('GIE'), C.usedBy)?.expected).toBe('');
  });

  it('lists the merger procedure facts below the table with their sources', () => {
    const texts = sheet.cells.filter((c) => c.row > 19 && c.col === 2).map((c) => String(c.value));
    expect(texts).toHaveLength(7);
    expect(texts.find((x) => x.includes('1 550 000 €'))).toMatch(/\[S13\]$/);
    expect(texts.find((x) => x.includes('trois mois de silence'))).toMatch(/\[S15\]$/);
    expect(texts.find((x) => x.includes('L1224-1'))).toMatch(/\[S34\]$/);
    expect(texts.find((x) => x.includes('L2312-8'))).toMatch(/\[S35\]$/);
  });

  it('reads in English', () => {
    const en = built('en');
    expect(en.name).toBe('Legal forms');
    expect(en.cells.find((c) => c.row === layout.row('FUSION_CREATION') && c.col === C.name)?.value).toBe('Merger into a new association');
  });
});
