import { lintFormula, lintPlan } from '../../../test/lint/modelling-lint';
import { handWorkedData } from '../../engine/comparison/data-builders.test-support';
import { legalFormsLayout } from '../legal-forms-layout';
import { aDefinition, withFunction } from '../read-scenario-definitions.test-support';
import { scenariosSheetLayout } from '../scenarios-layout';
import { createSheetContext } from '../sheet-context';
import { PLAN_STYLES } from '../styles';
import type { PlanCell, WorkbookPlan } from '../types';
import { buildLegalFormsSheet } from './legal-forms-sheet';
import { buildScenariosSheet } from './scenarios-sheet';

const data = handWorkedData(); // partners A, B, A*; sites S1, S2, S3
const ctx = createSheetContext(data, 'fr', 2024);
const s1 = aDefinition('S1', data, { name: '', shareKept: 0.8 });
const s2 = withFunction(aDefinition('S2', data, { form: 'GCSMS', partnerFlags: [1, 0, 0], siteFlags: [0, 1, 0], delayYears: 1 }),
  { code: 'PAIE_RH', pooled: 1, bottomUp: 1, fteRemoved: 1.5, oneOffEur: 12_000 });
const defs = [s1, s2];
const layout = scenariosSheetLayout(data, ['S1', 'S2'], 'Scénarios');
const { sheet, checks } = buildScenariosSheet(ctx, layout, defs, 2024, true);
const at = (row: number, col: number): PlanCell | undefined => sheet.cells.find((c) => c.row === row && c.col === col);

describe('buildScenariosSheet', () => {
  it('is an unprotected input sheet keyed scenarios, with the scenario codes on the header row', () => {
    expect(sheet).toMatchObject({ key: 'scenarios', name: 'Scénarios', class: 'input', protect: false });
    expect([at(6, 4)?.value, at(6, 5)?.value]).toEqual(['S1', 'S2']);
    expect(at(6, 6)?.value).toBe('Note / source');
  });

  it('says at the top what S0 is and how to add a scenario', () => {
    expect(at(3, 1)?.value).toContain('S0');
    expect(at(3, 1)?.value).toContain('sans économie ni coût');
    expect(at(4, 1)?.value).toContain('build --scenarios');
  });

  it('writes every lever as an input cell with the definition’s value', () => {
    const cell = (code: string, key: string) => at(layout.row(key), layout.col(code));
    expect(cell('S2', 'form')).toMatchObject({ value: 'GCSMS', style: 'input' });
    expect(cell('S1', 'name')).toMatchObject({ value: null, style: 'input' });
    expect(cell('S2', 'partner.B')).toMatchObject({ value: 0, style: 'input', numberFormat: '0' });
    expect(cell('S2', 'bottomUp.PAIE_RH')?.value).toBe(1);
    expect(cell('S2', 'fteRemoved.PAIE_RH')).toMatchObject({ value: 1.5, numberFormat: '0.00' });
    expect(cell('S2', 'oneOffEur.PAIE_RH')?.value).toBe(12_000);
    expect(cell('S2', 'site.S2')?.value).toBe(1);
    expect(cell('S1', 'shareKept')).toMatchObject({ value: 0.8, numberFormat: '0.0%' });
    const levers = sheet.cells.filter((c) => c.col >= 4 && c.col <= 5 && c.row > 6);
    // 2 + 3 partners + 14 × 4 + 3 + 3 sites + 1 + 4 + 3 = 75 rows, two columns.
    expect(levers).toHaveLength(150);
    expect(levers.every((c) => c.style === 'input' && c.formula === undefined)).toBe(true);
  });

  it('labels rows from i18n and the data: function names, partner and site names', () => {
    expect(at(layout.row('pooled.ACHATS'), 2)?.value).toBe('Achats : mutualisée');
    expect(at(layout.row('partner.A*'), 2)?.value).toBe('Partner A* (A*)');
    expect(at(layout.row('site.S3'), 2)?.value).toBe('S3 (B)');
    expect(at(layout.row('pooled.ACHATS') - 1, 1)?.value).toBe('Fonction : Achats');
  });

  it('validates flags as whole 0–1, the form as a list of codes, the share 0–1 and years as whole 0–30', () => {
    const ruleAt = (key: string) => sheet.validations.find((v) => v.range.row <= layout.row(key) && layout.row(key) < v.range.row + v.range.rows);
    expect(ruleAt('partner.B')).toMatchObject({ kind: 'whole', min: 0, max: 1, range: { row: 11, rows: 3, col: 4, cols: 2 } });
    expect(ruleAt('form')).toMatchObject({ kind: 'list', values: expect.arrayContaining(['GCSMS', 'FUSION_CREATION']) });
    expect(ruleAt('shareKept')).toMatchObject({ kind: 'decimal', min: 0, max: 1 });
    expect(ruleAt('delayYears')).toMatchObject({ kind: 'whole', min: 0, max: 30 });
    expect(ruleAt('loanYears')).toMatchObject({ kind: 'whole', min: 0, max: 30 });
    expect(ruleAt('legalFeesEur')).toMatchObject({ kind: 'decimal', min: 0 });
    expect(ruleAt('name')).toBeUndefined();
  });

  it('checks flags, the share kept and two partners per scenario, the last as a warning', () => {
    expect(checks.map((c) => [c.key, c.expected, c.severity ?? 'error'])).toEqual([
      ['scenarios.flags.S1', true, 'error'], ['scenarios.shareKept.S1', true, 'error'], ['scenarios.partners.S1', true, 'warning'],
      // S2 has only partner A in: the warning fails.
      ['scenarios.flags.S2', true, 'error'], ['scenarios.shareKept.S2', true, 'error'], ['scenarios.partners.S2', false, 'warning'],
    ]);
    expect(checks[2].formula).toBe("SUM('Scénarios'!$D$11:$D$13)>1");
    expect(checks[1].formula).toBe("AND(ISNUMBER('Scénarios'!$D$96),'Scénarios'!$D$96>=0,'Scénarios'!$D$96<=1)");
    // The flag runs: partners, pooled + bottom-up of each of 14 functions, the three switches, the sites.
    expect(checks[0].formula.match(/SUMPRODUCT/g)).toHaveLength(17);
    expect(checks[0].formula).toContain("SUMPRODUCT(('Scénarios'!$D$11:$D$13<>0)*('Scénarios'!$D$11:$D$13<>1))");
    expect(checks.flatMap((c) => lintFormula(c.formula, 'control'))).toEqual([]);
  });

  it('expects a failing flag check when a flag is neither 0 nor 1', () => {
    const bad = buildScenariosSheet(ctx, layout, [{ ...s1, harmonisation: 2 }, s2], 2024, true);
    expect(bad.checks.find((c) => c.key === 'scenarios.flags.S1')?.expected).toBe(false);
    const share = buildScenariosSheet(ctx, layout, [{ ...s1, shareKept: 1.2 }, s2], 2024, true);
    expect(share.checks.find((c) => c.key === 'scenarios.shareKept.S1')?.expected).toBe(false);
  });

  it('passes the modelling lint in a plan made of the scenarios and legal forms sheets', () => {
    const legal = buildLegalFormsSheet(ctx, legalFormsLayout('Formes juridiques'), layout, 2024, true, defs);
    const plan: WorkbookPlan = { productVersion: 'test', lang: 'fr', sheets: [sheet, legal.sheet], names: [], styles: PLAN_STYLES };
    expect(lintPlan(plan)).toEqual([]);
  });

  it('builds in English with the English sheet texts', () => {
    const en = createSheetContext(data, 'en', 2024);
    const built = buildScenariosSheet(en, scenariosSheetLayout(data, ['S1'], en.t('sheet.name.scenarios')), [s1], 2024, true);
    expect(built.sheet.name).toBe('Scenarios');
    expect(built.sheet.cells.find((c) => c.row === 15 && c.col === 2)?.value).toBe('General management: pooled');
  });
});
