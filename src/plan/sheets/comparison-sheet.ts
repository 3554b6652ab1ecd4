// Comparatif (output): the partners side by side, then the consolidated column
// (Σ partners + adjustments) and the adjustments. Every figure is a live formula over
// the data sheet; each carries the engine's value (comparePartners) for the tests.
import { FUNCTION_CODES, GROUPS, STAFF_CATEGORIES, type GroupCode } from '../../domain/codes';
import { carefulSum } from '../../engine/careful-sum';
import { comparePartners } from '../../engine/comparison/compare-partners';
import { NOT_ALLOCATED, type Comparison, type ComparisonCheck, type EntityComparison, type FunctionBucket } from '../../engine/comparison/types';
import type { PlanCheck, SheetBuild, SheetContext } from '../context';
import { mostReportedYear } from '../data-year';
import { FORMAT_COUNT, FORMAT_EUR, FORMAT_FTE } from '../layout/number-formats';
import {
  buildPartnerColumnsSheet, type AdditiveRow, type DerivedRow, type OutputFrame, type PartnerColumnsSheet, type SheetRow,
} from './partner-columns';
import { countWhere, equals, sumWhere, text, unlessZero } from './partner-formulas';

const FORMAT_M2 = '#,##0 "m²"';
const BUCKETS: readonly FunctionBucket[] = [...FUNCTION_CODES, NOT_ALLOCATED];

/** Reconciliations hold to the cent (the engine uses the same bound). */
const withinACent = (a: string, b: string) => `ABS(${a}-(${b}))<1/100`;

function rowsOf(ctx: SheetContext, c: Comparison): SheetRow[] {
  const { t, dataLayout: d } = ctx;
  const B = (field: string) => d.column('Budgets', field);
  const S = (field: string) => d.column('Sites', field);
  const E = (field: string) => d.column('Effectifs', field);
  const eur = t('sheet.unit.eur');
  const fte = t('sheet.unit.fte');
  const each = (get: (e: EntityComparison) => number) => ({ expected: c.partners.map(get), consolidatedExpected: get(c.consolidated) });
  const eachOrNa = (get: (e: EntityComparison) => number | null) => ({ expected: c.partners.map(get), consolidatedExpected: get(c.consolidated) });
  const additive = (key: string, label: string, unit: string, format: string, conditions: (code: string) => string[], range: string,
    get: (e: EntityComparison) => number): AdditiveRow => ({
    kind: 'additive', key, label, unit, format, partnerFormula: (code) => sumWhere(conditions(code), range), ...each(get),
  });
  const fnLabel = (f: FunctionBucket) => (f === NOT_ALLOCATED ? t('sheet.comparison.notAllocated') : t(`domain.function.${f}`));
  const fnCondition = (range: string, f: FunctionBucket) => equals(range, text(f === NOT_ALLOCATED ? '' : f));
  const total = (key: string, label: string, unit: string, format: string, first: string, last: string,
    get: (e: EntityComparison) => number): DerivedRow => ({
    kind: 'derived', key, label, unit, format, style: 'total', formula: (ref) => `SUM(${ref(first)}:${ref(last)})`, ...each(get),
  });
  const side = (s: 'CHARGES' | 'PRODUITS', g: GroupCode) =>
    t('sheet.common.groupRow', { side: t(`sheet.common.side.${s}`), group: t(`domain.group.${g}`), title: t(`domain.groupTitle.${s}.${g}`) });
  const byGroup = (s: 'CHARGES' | 'PRODUITS'): AdditiveRow[] => GROUPS.map((g) => additive(
    `${s}.${g}`, side(s, g), eur, FORMAT_EUR,
    (code) => [equals(B('partner'), code), equals(B('side'), text(s)), equals(B('group'), text(g))], B('amountEur'),
    (e) => (s === 'CHARGES' ? e.chargesByGroupEur[g] : e.produitsByGroupEur[g]),
  ));
  const sideTotal = (s: 'CHARGES' | 'PRODUITS'): AdditiveRow => ({
    ...additive(`${s}.total`, t(`sheet.comparison.total.${s}`), eur, FORMAT_EUR,
      (code) => [equals(B('partner'), code), equals(B('side'), text(s))], B('amountEur'),
      (e) => (s === 'CHARGES' ? e.totalChargesEur : e.totalProduitsEur)),
    style: 'total',
  });
  const staffRows = (what: 'fte' | 'payroll', by: 'cat' | 'fn'): SheetRow[] => {
    const keys: readonly string[] = by === 'cat' ? STAFF_CATEGORIES : BUCKETS;
    const field = what === 'fte' ? 'fte' : 'loadedPayrollEur';
    const unit = what === 'fte' ? fte : eur;
    const format = what === 'fte' ? FORMAT_FTE : FORMAT_EUR;
    const value = (x: { fte: number; loadedPayrollEur: number }) => (what === 'fte' ? x.fte : x.loadedPayrollEur);
    const rows: SheetRow[] = keys.map((k) => additive(
      `${what}.${by}.${k}`,
      by === 'cat' ? t(`domain.category.${k}`) : fnLabel(k as FunctionBucket),
      unit, format,
      (code) => [equals(E('partner'), code), by === 'cat' ? equals(E('category'), text(k)) : fnCondition(E('function'), k as FunctionBucket)],
      E(field),
      (e) => value(by === 'cat' ? e.staffByCategory[k as keyof typeof e.staffByCategory] : e.staffByFunction[k as FunctionBucket]),
    ));
    rows.push(total(`${what}.${by}.total`, t(`sheet.comparison.total.${what}`), unit, format,
      `${what}.${by}.${keys[0]}`, `${what}.${by}.${keys[keys.length - 1]}`, (e) => value(e.staffTotal)));
    return rows;
  };
  const na = (ref: string, expression: string, naText: string) => unlessZero(ref, expression, naText);
  return [
    { kind: 'section', label: t('sheet.comparison.section.budget') },
    ...byGroup('CHARGES'),
    sideTotal('CHARGES'),
    ...byGroup('PRODUITS'),
    sideTotal('PRODUITS'),
    { kind: 'derived', key: 'result', label: t('sheet.comparison.result'), unit: eur, format: FORMAT_EUR, style: 'total',
      formula: (ref) => `${ref('PRODUITS.total')}-${ref('CHARGES.total')}`, ...each((e) => e.resultEur) },
    { kind: 'blank' },
    { kind: 'section', label: t('sheet.comparison.section.functions') },
    ...BUCKETS.map((f) => additive(`charges.fn.${f}`, fnLabel(f), eur, FORMAT_EUR,
      (code) => [equals(B('partner'), code), equals(B('side'), text('CHARGES')), fnCondition(B('function'), f)], B('amountEur'),
      (e) => e.chargesByFunctionEur[f])),
    total('charges.fn.total', t('sheet.comparison.total.CHARGES'), eur, FORMAT_EUR, `charges.fn.${BUCKETS[0]}`, `charges.fn.${NOT_ALLOCATED}`,
      (e) => carefulSum(BUCKETS.map((f) => e.chargesByFunctionEur[f]))),
    { kind: 'blank' },
    { kind: 'section', label: t('sheet.comparison.section.staffByCategory') },
    ...staffRows('fte', 'cat'),
    ...staffRows('payroll', 'cat'),
    { kind: 'section', label: t('sheet.comparison.section.averageCost') },
    ...STAFF_CATEGORIES.map((k): DerivedRow => ({
      kind: 'derived', key: `avg.cat.${k}`, label: t(`domain.category.${k}`), unit: t('sheet.unit.eurPerFte'), format: FORMAT_EUR,
      formula: (ref, naText) => na(ref(`fte.cat.${k}`), `${ref(`payroll.cat.${k}`)}/${ref(`fte.cat.${k}`)}`, naText),
      ...eachOrNa((e) => e.averageCostPerFteByCategoryEur[k]),
    })),
    { kind: 'derived', key: 'avg.total', label: t('sheet.comparison.averageCostAll'), unit: t('sheet.unit.eurPerFte'), format: FORMAT_EUR, style: 'total',
      formula: (ref, naText) => na(ref('fte.cat.total'), `${ref('payroll.cat.total')}/${ref('fte.cat.total')}`, naText),
      ...eachOrNa((e) => e.averageCostPerFteEur) },
    { kind: 'blank' },
    { kind: 'section', label: t('sheet.comparison.section.staffByFunction') },
    ...staffRows('fte', 'fn'),
    ...staffRows('payroll', 'fn'),
    { kind: 'blank' },
    { kind: 'section', label: t('sheet.comparison.section.sites') },
    { kind: 'additive', key: 'sites', label: t('sheet.comparison.sites'), unit: t('sheet.comparison.unit.sites'), format: FORMAT_COUNT,
      partnerFormula: (code) => countWhere([equals(S('partner'), code)]), ...each((e) => e.sites) },
    additive('places', t('sheet.comparison.places'), t('sheet.comparison.unit.places'), FORMAT_COUNT,
      (code) => [equals(S('partner'), code)], S('authorisedPlaces'), (e) => e.authorisedPlaces),
    additive('daysDelivered', t('sheet.comparison.daysDelivered'), t('sheet.comparison.unit.days'), FORMAT_COUNT,
      (code) => [equals(S('partner'), code)], S('daysDelivered'), (e) => e.daysDelivered),
    additive('rent', t('sheet.comparison.rent'), t('sheet.unit.eurPerYear'), FORMAT_EUR,
      (code) => [equals(S('partner'), code)], S('rentAndChargesEur'), (e) => e.rentAndChargesEur),
    additive('floorArea', t('sheet.comparison.floorArea'), t('sheet.comparison.unit.m2'), FORMAT_M2,
      (code) => [equals(S('partner'), code)], S('floorAreaM2'), (e) => e.floorAreaM2),
  ];
}

function checksOf(ctx: SheetContext, built: PartnerColumnsSheet, c: Comparison): PlanCheck[] {
  const B = (field: string) => ctx.dataLayout.column('Budgets', field);
  const cons = (key: string) => built.absolute(key, built.consolidatedCol);
  const adj = (key: string) => built.absolute(key, built.adjustmentsCol);
  const ok = (key: ComparisonCheck['key']) => c.checks.find((x) => x.key === key)?.ok ?? false;
  const direct = (side: 'CHARGES' | 'PRODUITS') => `${sumWhere([equals(B('side'), text(side))], B('amountEur'))}+${adj(`${side}.total`)}`;
  return [
    { key: 'comparison.totalCharges', label: ctx.t('sheet.comparison.check.totalCharges'),
      formula: withinACent(cons('CHARGES.total'), direct('CHARGES')), expected: ok('totalChargesFromPartners') },
    { key: 'comparison.totalProduits', label: ctx.t('sheet.comparison.check.totalProduits'),
      formula: withinACent(cons('PRODUITS.total'), direct('PRODUITS')), expected: ok('totalProduitsFromPartners') },
    { key: 'comparison.groups', label: ctx.t('sheet.comparison.check.groups'),
      formula: withinACent(`SUM(${built.absoluteRange('CHARGES.I', 'CHARGES.III', built.consolidatedCol)})`, cons('CHARGES.total')),
      expected: ok('chargesGroupsReconcile') },
    { key: 'comparison.functions', label: ctx.t('sheet.comparison.check.functions'),
      formula: withinACent(cons('charges.fn.total'), cons('CHARGES.total')), expected: ok('chargesFunctionsReconcile') },
    { key: 'comparison.staff', label: ctx.t('sheet.comparison.check.staff'),
      formula: withinACent(cons('fte.fn.total'), cons('fte.cat.total')), expected: ok('staffFteReconcile') },
  ];
}

/**
 * The partner comparison sheet. `frame` gives the data year and the master check for
 * row 2 (the plan builder knows them); without it, the partners' most frequent year.
 * `comparison` is the engine's, computed once by the plan builder; computed here when absent.
 */
export function buildComparisonSheet(ctx: SheetContext, frame?: OutputFrame, comparison: Comparison = comparePartners(ctx.data)): SheetBuild {
  const built = buildPartnerColumnsSheet(ctx, {
    key: 'comparison',
    sheetKey: 'comparison',
    title: ctx.t('sheet.comparison.title'),
    note: ctx.t('sheet.comparison.note'),
    frame: frame ?? { dataYear: mostReportedYear(ctx.data.partners.map((p) => p.year)) },
    partners: ctx.data.partners.map((p) => ({ code: p.code, name: p.name })),
    rows: rowsOf(ctx, comparison),
    na: ctx.t('sheet.comparison.na'),
    headers: {
      label: ctx.t('sheet.comparison.header.label'),
      unit: ctx.t('sheet.comparison.header.unit'),
      consolidated: ctx.t('sheet.comparison.header.consolidated'),
      adjustments: ctx.t('sheet.comparison.header.adjustments'),
      consolidatedNote: ctx.t('sheet.comparison.header.consolidatedNote'),
      adjustmentsNote: ctx.t('sheet.comparison.header.adjustmentsNote'),
    },
  });
  return { sheet: built.sheet, checks: checksOf(ctx, built, comparison), names: [] };
}
