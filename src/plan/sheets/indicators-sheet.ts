// Indicateurs (output): DOMAIN §4.1 indicators per partner and consolidated. Each
// indicator is three rows: its numerator and denominator (additive: the consolidated
// column is Σ partners + adjustments) and its value, computed in every column from the
// two rows above, so that a consolidated ratio is Σ numerators / Σ denominators.
import { GROUPS, type GroupCode } from '../../domain/codes';
import { carefulSum } from '../../engine/careful-sum';
import { allDataFigures } from '../../engine/comparison/partner-figures';
import { CAF_RATE_EXCLUDED_PRODUIT_PREFIXES, NON_CASH_CHARGE_PREFIXES } from '../../engine/indicators/account-prefix';
import { computeIndicators } from '../../engine/indicators/compute-indicators';
import { indicatorBases } from '../../engine/indicators/indicator-bases';
import { INDICATOR_CATALOGUE, type IndicatorDefinition } from '../../engine/indicators/indicator-catalogue';
import type { IndicatorBases, IndicatorKey, IndicatorUnit, Indicators } from '../../engine/indicators/types';
import type { PlanCheck, SheetBuild, SheetContext } from '../context';
import { mostReportedYear } from '../data-year';
import { booleanFormat, FORMAT_COUNT, FORMAT_EUR, FORMAT_FTE, FORMAT_RATE } from '../layout/number-formats';
import type { ModelContext } from '../sheet-context';
import { cellRef, sheetRef } from '../layout/sheet-ref';
import {
  buildPartnerColumnsSheet, FIRST_BODY_ROW, FIRST_PARTNER_COL, type AdditiveRow, type OutputFrame, type RowRef, type SheetRow,
} from './partner-columns';
import { accountStartsWith, countWhere, equals, filled, sumWhere, text, unlessZero } from './partner-formulas';

const FORMAT_DAYS = '#,##0';
const withinACent = (a: string, b: string) => `ABS(${a}-(${b}))<1/100`;

/** A numerator or denominator row: its formula in a partner column, its unit and format. */
interface Part {
  readonly formula: (code: string, ref: RowRef) => string;
  readonly unit: string;
  readonly format: string;
}

const VALUE_FORMATS: Readonly<Record<IndicatorUnit, string>> = {
  rate: FORMAT_RATE, eur: FORMAT_EUR, days: FORMAT_DAYS, eurPerPlace: FORMAT_EUR, ftePerPlace: FORMAT_FTE,
};

function partsOf(ctx: SheetContext): Readonly<Record<IndicatorKey, { readonly num: Part; readonly den: Part }>> {
  const { t, dataLayout: d } = ctx;
  const P = (f: string) => d.column('Partenaires', f);
  const S = (f: string) => d.column('Sites', f);
  const E = (f: string) => d.column('Effectifs', f);
  const u = {
    eur: t('sheet.unit.eur'), fte: t('sheet.unit.fte'), days: t('sheet.indicators.unit.days'),
    places: t('sheet.indicators.unit.places'), partners: t('sheet.indicators.unit.partners'),
  };
  const part = (unit: string, format: string, formula: Part['formula']): Part => ({ unit, format, formula });
  const eurRef = (key: string) => part(u.eur, FORMAT_EUR, (_c, ref) => ref(key));
  const siteMask = (code: string, ...fields: string[]) => [equals(S('partner'), code), ...fields.map((f) => filled(S(f)))];
  const staffMask = (code: string, field: string) => [equals(E('partner'), code), filled(E(field))];
  const partnerMask = (code: string, ...fields: string[]) => [equals(P('code'), code), ...fields.map((f) => filled(P(f)))];
  const share = (g: GroupCode) => ({ num: eurRef(`base.CHARGES.${g}`), den: eurRef('base.CHARGES.total') });
  const perPlace = (key: string, unit: string, format: string) => ({
    num: part(unit, format, (_c, ref) => `IF(${ref('base.places')}=0,0,${ref(key)})`),
    den: part(u.places, FORMAT_COUNT, (_c, ref) => ref('base.places')),
  });
  return {
    occupancyRate: {
      num: part(u.days, FORMAT_DAYS, (c) => sumWhere(siteMask(c, 'authorisedPlaces', 'daysDelivered'), S('daysDelivered'))),
      den: part(u.days, FORMAT_DAYS, (c) => sumWhere(siteMask(c, 'authorisedPlaces', 'daysDelivered'), S('authorisedPlaces'), S('openingDays'))),
    },
    activityRealisationRate: {
      num: part(u.days, FORMAT_DAYS, (c) => sumWhere(siteMask(c, 'daysDelivered', 'daysFunded'), S('daysDelivered'))),
      den: part(u.days, FORMAT_DAYS, (c) => sumWhere(siteMask(c, 'daysDelivered', 'daysFunded'), S('daysFunded'))),
    },
    expenseShareGroupI: share('I'),
    expenseShareGroupII: share('II'),
    expenseShareGroupIII: share('III'),
    personnelShare: share('II'),
    costPerPlace: perPlace('base.CHARGES.total', u.eur, FORMAT_EUR),
    ftePerPlace: perPlace('base.fte', u.fte, FORMAT_FTE),
    vacancyRate: {
      num: part(u.fte, FORMAT_FTE, (c) => `${sumWhere(staffMask(c, 'budgetedFte'), E('budgetedFte'))}-${sumWhere(staffMask(c, 'budgetedFte'), E('fte'))}`),
      den: part(u.fte, FORMAT_FTE, (c) => sumWhere(staffMask(c, 'budgetedFte'), E('budgetedFte'))),
    },
    absenteeismRate: {
      num: part(u.days, FORMAT_DAYS, (c) => sumWhere(staffMask(c, 'absenceDays'), E('absenceDays'))),
      den: part(u.days, FORMAT_DAYS, (c) => `${sumWhere(staffMask(c, 'absenceDays'), E('fte'))}*365`),
    },
    buildingAgeRatio: {
      num: part(u.eur, FORMAT_EUR, (c) => sumWhere(siteMask(c, 'buildingDepreciationEur', 'grossBuildingsEur'), S('buildingDepreciationEur'))),
      den: part(u.eur, FORMAT_EUR, (c) => sumWhere(siteMask(c, 'buildingDepreciationEur', 'grossBuildingsEur'), S('grossBuildingsEur'))),
    },
    frng: {
      num: part(u.eur, FORMAT_EUR, (c) => `${sumWhere(partnerMask(c, 'permanentCapitalEur', 'netFixedAssetsEur'), P('permanentCapitalEur'))}-${
        sumWhere(partnerMask(c, 'permanentCapitalEur', 'netFixedAssetsEur'), P('netFixedAssetsEur'))}`),
      den: part(u.partners, FORMAT_COUNT, (c) => countWhere(partnerMask(c, 'permanentCapitalEur', 'netFixedAssetsEur'))),
    },
    frngDays: {
      num: eurRef('frng.num'),
      den: part(u.eur, FORMAT_EUR, (_c, ref) => `IF(${ref('frng.den')}=0,0,${ref('base.CHARGES.total')}-${ref('base.nonCash')})`),
    },
    dependenceRatio: {
      num: part(u.eur, FORMAT_EUR, (c) => sumWhere(partnerMask(c, 'financialDebtEur', 'permanentCapitalEur'), P('financialDebtEur'))),
      den: part(u.eur, FORMAT_EUR, (c) => sumWhere(partnerMask(c, 'financialDebtEur', 'permanentCapitalEur'), P('permanentCapitalEur'))),
    },
    cafRate: {
      num: part(u.eur, FORMAT_EUR, (c) => sumWhere(partnerMask(c, 'cafEur'), P('cafEur'))),
      den: part(u.eur, FORMAT_EUR, (c, ref) => `IF(${countWhere(partnerMask(c, 'cafEur'))}=0,0,${ref('base.PRODUITS.total')}-${ref('base.cafExcluded')})`),
    },
  };
}

function baseRows(ctx: SheetContext, bases: readonly IndicatorBases[]): AdditiveRow[] {
  const { t, dataLayout: d } = ctx;
  const B = (f: string) => d.column('Budgets', f);
  const row = (key: string, label: string, unit: string, format: string, formula: (code: string) => string,
    get: (b: IndicatorBases) => number): AdditiveRow => {
    const expected = bases.map(get);
    return { kind: 'additive', key, label, unit, format, partnerFormula: formula, expected, consolidatedExpected: carefulSum(expected) };
  };
  const budget = (side: 'CHARGES' | 'PRODUITS', ...more: string[]) => (code: string) =>
    sumWhere([equals(B('partner'), code), equals(B('side'), text(side)), ...more], B('amountEur'));
  const eur = t('sheet.unit.eur');
  return [
    ...GROUPS.map((g) => row(`base.CHARGES.${g}`, `${t('sheet.common.side.CHARGES')} — ${t(`domain.group.${g}`)}`, eur, FORMAT_EUR,
      budget('CHARGES', equals(B('group'), text(g))), (b) => b.chargesByGroupEur[g])),
    row('base.CHARGES.total', t('sheet.indicators.base.totalCharges'), eur, FORMAT_EUR, budget('CHARGES'), (b) => b.totalChargesEur),
    row('base.nonCash', t('sheet.indicators.base.nonCash'), eur, FORMAT_EUR,
      budget('CHARGES', accountStartsWith(B('account'), NON_CASH_CHARGE_PREFIXES)), (b) => b.nonCashChargesEur),
    row('base.PRODUITS.total', t('sheet.indicators.base.totalProduits'), eur, FORMAT_EUR, budget('PRODUITS'), (b) => b.totalProduitsEur),
    row('base.cafExcluded', t('sheet.indicators.base.cafExcluded'), eur, FORMAT_EUR,
      budget('PRODUITS', accountStartsWith(B('account'), CAF_RATE_EXCLUDED_PRODUIT_PREFIXES)), (b) => b.cafExcludedProduitsEur),
    row('base.places', t('sheet.indicators.base.places'), t('sheet.indicators.unit.places'), FORMAT_COUNT,
      (code) => sumWhere([equals(d.column('Sites', 'partner'), code)], d.column('Sites', 'authorisedPlaces')), (b) => b.authorisedPlaces),
    row('base.fte', t('sheet.indicators.base.fte'), t('sheet.unit.fte'), FORMAT_FTE,
      (code) => sumWhere([equals(d.column('Effectifs', 'partner'), code)], d.column('Effectifs', 'fte')), (b) => b.fte),
  ];
}

function sourceText(ctx: SheetContext, d: IndicatorDefinition): string {
  const source = d.source === 'derived' ? ctx.t('sheet.indicators.source.derived')
    : d.source === 'assumption' ? ctx.t('sheet.indicators.source.assumption') : d.source;
  return `${ctx.t(d.formulaKey)} [${source}]`;
}

/**
 * Indicators with an alert threshold on the assumptions sheet (DOMAIN §4.1: CAF rate below 2 %,
 * dependence ratio above 50 %). The flag row says TRUE when the threshold is respected, so that
 * green means sound and red means alert, like the checks.
 */
const ALERTS: Partial<Record<IndicatorKey, { readonly key: string; readonly sound: '>=' | '<=' }>> = {
  cafRate: { key: 'alert.cafRate', sound: '>=' },
  dependenceRatio: { key: 'alert.dependenceRatio', sound: '<=' },
};

function alertRow(ctx: ModelContext, key: IndicatorKey, result: Indicators): SheetRow | null {
  const alert = ALERTS[key];
  if (!alert) return null;
  const threshold = ctx.entries.find((e) => e.key === alert.key)?.value;
  if (threshold === null || threshold === undefined) throw new Error(`No value for assumption ${alert.key}`);
  const sound = (v: number | null) => (v === null ? null : alert.sound === '>=' ? v >= threshold : v <= threshold);
  return {
    kind: 'derived', key: `${key}.alert`, label: ctx.t(`sheet.indicators.alert.${key}`), unit: ctx.t('sheet.indicators.unit.flag'),
    format: booleanFormat(ctx.t), flag: true, note: ctx.t(`sheet.indicators.alert.${key}.note`, { key: alert.key }),
    // "n/a" stays "n/a": no alert can be raised on an indicator without its data.
    formula: (ref, na) => `IF(ISNUMBER(${ref(key)}),${ref(key)}${alert.sound}${ctx.assumptions.ref(alert.key)},${text(na)})`,
    expected: result.partners.map((p) => sound(p.indicators[key].value)), consolidatedExpected: sound(result.consolidated[key].value),
  };
}

function indicatorRows(ctx: ModelContext, result: Indicators): SheetRow[] {
  const parts = partsOf(ctx);
  const rows: SheetRow[] = [];
  for (const d of INDICATOR_CATALOGUE) {
    const { num, den } = parts[d.key];
    const partnerValues = result.partners.map((p) => p.indicators[d.key]);
    const cons = result.consolidated[d.key];
    rows.push(
      { kind: 'additive', key: `${d.key}.num`, label: ctx.t(d.numeratorKey), unit: num.unit, format: num.format,
        partnerFormula: num.formula, expected: partnerValues.map((v) => v.numerator), consolidatedExpected: cons.numerator },
      { kind: 'additive', key: `${d.key}.den`, label: ctx.t(d.denominatorKey), unit: den.unit, format: den.format,
        partnerFormula: den.formula, expected: partnerValues.map((v) => v.denominator), consolidatedExpected: cons.denominator },
      {
        kind: 'derived', key: d.key, label: ctx.t(d.labelKey), unit: ctx.t(`sheet.indicators.unit.${d.unit}`), format: VALUE_FORMATS[d.unit],
        style: 'output', note: sourceText(ctx, d),
        formula: (ref, na) => {
          const n = ref(`${d.key}.num`);
          const m = ref(`${d.key}.den`);
          const expression = d.kind === 'fraction' ? `${n}/${m}` : d.kind === 'days' ? `${n}*365/${m}` : n;
          return unlessZero(m, expression, na);
        },
        expected: partnerValues.map((v) => v.value), consolidatedExpected: cons.value,
      },
    );
    const alert = alertRow(ctx, d.key, result);
    if (alert) rows.push(alert);
  }
  return rows;
}

/**
 * The indicators sheet. `frame` gives the data year and the master check for row 2
 * (the plan builder knows them); without it, the partners' most frequent year.
 * `result` is the engine's, computed once by the plan builder; computed here when absent.
 */
export function buildIndicatorsSheet(ctx: ModelContext, frame?: OutputFrame, result: Indicators = computeIndicators(ctx.data)): SheetBuild {
  const bases = ctx.data.partners.map((p) => indicatorBases(ctx.data, p.code));
  const built = buildPartnerColumnsSheet(ctx, {
    key: 'indicators',
    sheetKey: 'indicators',
    title: ctx.t('sheet.indicators.title'),
    note: ctx.t('sheet.indicators.note'),
    frame: frame ?? { dataYear: mostReportedYear(ctx.data.partners.map((p) => p.year)) },
    partners: ctx.data.partners.map((p) => ({ code: p.code, name: p.name })),
    rows: [
      { kind: 'section', label: ctx.t('sheet.indicators.section.bases') },
      ...baseRows(ctx, bases),
      { kind: 'blank' },
      { kind: 'section', label: ctx.t('sheet.indicators.section.indicators') },
      ...indicatorRows(ctx, result),
    ],
    na: ctx.t('sheet.indicators.na'),
    headers: {
      label: ctx.t('sheet.indicators.header.label'),
      unit: ctx.t('sheet.indicators.header.unit'),
      consolidated: ctx.t('sheet.indicators.header.consolidated'),
      adjustments: ctx.t('sheet.indicators.header.adjustments'),
      consolidatedNote: ctx.t('sheet.indicators.header.consolidatedNote'),
      adjustmentsNote: ctx.t('sheet.indicators.header.adjustmentsNote'),
      definition: ctx.t('sheet.indicators.header.definition'),
    },
  });
  const B = (f: string) => ctx.dataLayout.column('Budgets', f);
  const cons = (key: string) => built.absolute(key, built.consolidatedCol);
  const direct = allDataFigures(ctx.data);
  const consolidatedCharges = carefulSum(bases.map((b) => b.totalChargesEur));
  const consolidatedGroups = carefulSum(GROUPS.map((g) => carefulSum(bases.map((b) => b.chargesByGroupEur[g]))));
  const checks: PlanCheck[] = [
    { key: 'indicators.totalCharges', label: ctx.t('sheet.indicators.check.totalCharges'),
      formula: withinACent(cons('base.CHARGES.total'),
        `${sumWhere([equals(B('side'), text('CHARGES'))], B('amountEur'))}+${built.absolute('base.CHARGES.total', built.adjustmentsCol)}`),
      expected: Math.abs(consolidatedCharges - direct.totalChargesEur) < 1 / 100 },
    { key: 'indicators.groups', label: ctx.t('sheet.indicators.check.groups'),
      formula: withinACent(`SUM(${built.absoluteRange('base.CHARGES.I', 'base.CHARGES.III', built.consolidatedCol)})`, cons('base.CHARGES.total')),
      expected: Math.abs(consolidatedGroups - consolidatedCharges) < 1 / 100 },
  ];
  return { sheet: built.sheet, checks, names: [] };
}

/** Where the indicators sheet holds each keyed row: for formulas of other sheets (the SWOT sheet). */
export interface IndicatorsSheetLayout {
  readonly sheetName: string;
  /** Row of `base.<…>`, `<indicator>.num`, `<indicator>.den`, `<indicator>` or `<indicator>.alert`. */
  row(key: string): number;
  /** Column of partner `p` (data order), or of the consolidated figures (null). */
  col(p: number | null): number;
  /** Sheet-qualified absolute address of a row's cell for partner `p` (data order), or the consolidated one (null). */
  ref(key: string, p: number | null): string;
}

/**
 * The rows of buildIndicatorsSheet, by key, for `partnerCount` partners: the same order as the
 * sheet's rows (a section, the bases, a blank, a section, then per indicator its numerator,
 * denominator, value and, for CAF rate and dependence, its alert).
 * @example indicatorsSheetLayout(3, 'Indicateurs').ref('occupancyRate', null) // "'Indicateurs'!$F$…"
 */
export function indicatorsSheetLayout(partnerCount: number, sheetName: string): IndicatorsSheetLayout {
  const keys: (string | null)[] = [
    null, ...GROUPS.map((g) => `base.CHARGES.${g}`), 'base.CHARGES.total', 'base.nonCash', 'base.PRODUITS.total',
    'base.cafExcluded', 'base.places', 'base.fte', null, null,
    ...INDICATOR_CATALOGUE.flatMap((d) => [`${d.key}.num`, `${d.key}.den`, d.key, ...(ALERTS[d.key] ? [`${d.key}.alert`] : [])]),
  ];
  const row = (key: string): number => {
    const i = keys.indexOf(key);
    if (i < 0) throw new Error(`No row ${key} on the indicators sheet`);
    return FIRST_BODY_ROW + i;
  };
  const col = (p: number | null) => FIRST_PARTNER_COL + (p === null ? partnerCount : p);
  return { sheetName, row, col, ref: (key, p) => sheetRef(sheetName, cellRef(row(key), col(p))) };
}
