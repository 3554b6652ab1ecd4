// The SWOT sheet's first two blocks: the reference cost of each establishment type (links to the
// assumptions sheet) and the facts by partner and for the group that the rules read besides the
// indicators (places by type, the weighted reference range and its thresholds, service types held,
// shared départements, distinct collective agreements).
import { costPerPlaceKey, SWOT_COST_TYPES, SWOT_SERVICE_TYPES } from '../../domain/swot-rules';
import type { SwotFacts, SwotResult } from '../../engine/swot/types';
import { FORMAT_COUNT, FORMAT_EUR } from '../layout/number-formats';
import type { SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef } from '../layout/sheet-ref';
import type { ModelContext } from '../sheet-context';
import { provenanceText } from './assumptions-sheet';
import type { IndicatorsSheetLayout } from './indicators-sheet';
import { countWhere, equals, sumWhere, text } from './partner-formulas';
import { SWOT_COLS as C, SWOT_FIRST_PARTNER_COL } from './swot-sheet-layout';

/** Where the facts stand: a row by key, a column per partner then the group. */
export interface SwotFactsLayout {
  row(key: string): number;
  col(p: number | null): number;
  /** Relative-free absolute address of a fact's cell for partner p or the group (null). */
  ref(key: string, p: number | null): string;
  readonly lastRow: number;
}

const rel = (row: number, col: number) => cellRef(row, col, { absRow: false, absCol: false });

/** Writes both blocks from `startRow`; returns where each fact stands. */
export function putSwotFacts(
  ctx: ModelContext, grid: SheetGrid, startRow: number, indicators: IndicatorsSheetLayout, result: SwotResult,
): SwotFactsLayout {
  const { t, data } = ctx;
  const na = t('sheet.indicators.na');
  const P = data.partners.length;
  const col = (p: number | null) => SWOT_FIRST_PARTNER_COL + (p === null ? P : p);
  const partnerCols = data.partners.map((_, p) => col(p));
  const S = (f: string) => ctx.dataLayout.column('Sites', f);
  const rows = new Map<string, number>();
  let row = startRow;

  // Reference costs by type: the assumptions' low and high (the value when a type has no range).
  grid.text(row++, C.key, t('swot.section.references'), 'subtitle');
  (['type', 'label', 'unit', 'source', 'low', 'high', 'base'] as const).forEach((h, i) => grid.text(row, i + 1, t(`swot.header.reference.${h}`), 'header'));
  row += 1;
  const firstRefRow = row;
  for (const type of SWOT_COST_TYPES) {
    const key = costPerPlaceKey(type);
    const entry = ctx.entries.find((e) => e.key === key)!;
    grid.text(row, C.key, type, 'note');
    grid.text(row, C.text, t(`domain.establishment.${type}`));
    grid.text(row, C.flag, t('swot.unit.eurPerPlace'), 'unit');
    grid.text(row, C.rule, provenanceText(ctx, entry.provenance), 'source');
    grid.put(row, C.value, { formula: ctx.assumptions.ref(entry.low ? `${key}.low` : key), expected: entry.low?.value ?? entry.value, style: 'calc', numberFormat: FORMAT_EUR });
    grid.put(row, C.threshold, { formula: ctx.assumptions.ref(entry.high ? `${key}.high` : key), expected: entry.high?.value ?? entry.value, style: 'calc', numberFormat: FORMAT_EUR });
    // The central figure, for the reader (the rules use the range).
    grid.put(row, C.entity, { formula: ctx.assumptions.ref(key), expected: entry.value, style: 'calc', numberFormat: FORMAT_EUR });
    row += 1;
  }
  const lastRefRow = row - 1;
  const lows = rangeRef(firstRefRow, C.value, lastRefRow, C.value);
  const highs = rangeRef(firstRefRow, C.threshold, lastRefRow, C.threshold);
  row += 1;

  // Facts by partner: codes read from the data sheet, then one row per fact.
  grid.text(row++, C.key, t('swot.section.facts'), 'subtitle');
  const codeRow = row;
  grid.text(codeRow, C.text, t('swot.header.partner'), 'header');
  grid.text(codeRow, C.flag, t('swot.header.unit'), 'header');
  grid.text(codeRow, C.rule, t('swot.header.definition'), 'header');
  data.partners.forEach((p, i) => grid.put(codeRow, col(i), {
    formula: ctx.dataLayout.cell('Partenaires', 'code', i), expected: p.code, style: 'header',
  }));
  grid.text(codeRow, col(null), t('swot.group'), 'header');
  row += 1;
  const code = (c: number) => cellRef(codeRow, c, { absCol: false });
  const facts = [...result.partnerFacts, result.groupFacts];
  const asExpected = (v: number | null) => (v === null ? na : v);

  type Formula = (c: number, p: number | null) => string;
  const factRow = (key: string, keyText: string, label: string, unitKey: string, note: string, format: string,
    formula: Formula, get: (f: SwotFacts) => number | null, groupFormula?: Formula) => {
    rows.set(key, row);
    grid.text(row, C.key, keyText, 'note');
    grid.text(row, C.text, label);
    grid.text(row, C.flag, t(unitKey), 'unit');
    if (note) grid.text(row, C.rule, note, 'note');
    facts.forEach((f, i) => {
      const p = i < P ? i : null;
      const c = col(p);
      grid.put(row, c, { formula: (p === null && groupFormula ? groupFormula : formula)(c, p), expected: asExpected(get(f)), style: p === null ? 'total' : 'calc', numberFormat: format });
    });
    row += 1;
  };
  const sumPartners: Formula = () => `SUM(${rangeRef(row, partnerCols[0], row, partnerCols[P - 1], { absRow: false, absCol: false })})`;
  const columnRange = (first: number, last: number, c: number) => rangeRef(first, c, last, c, { absRow: false, absCol: false });

  const firstPlaces = row;
  SWOT_COST_TYPES.forEach((type, i) => factRow(`places.${type}`, type, t('swot.fact.places', { type: t(`domain.establishment.${type}`) }),
    'swot.unit.places', '', FORMAT_COUNT,
    (c) => sumWhere([equals(S('partner'), code(c)), equals(S('type'), cellRef(row, C.key))], S('authorisedPlaces')),
    (f) => f.placesByCostType[i], sumPartners));
  const lastPlaces = row - 1;
  const at = (key: string, c: number) => rel(rows.get(key)!, c);
  factRow('placesWithReference', 'placesWithReference', t('swot.fact.placesWithReference'), 'swot.unit.places', '', FORMAT_COUNT,
    (c) => `SUM(${columnRange(firstPlaces, lastPlaces, c)})`, (f) => f.placesWithReference);
  factRow('totalPlaces', 'totalPlaces', t('swot.fact.totalPlaces'), 'swot.unit.places', t('swot.fact.totalPlaces.note'), FORMAT_COUNT,
    (_c, p) => indicators.ref('base.places', p), (f) => f.totalPlaces);
  const reference = (key: string, label: string, range: string, get: (f: SwotFacts) => number | null) => factRow(key, key, label, 'swot.unit.eurPerPlace',
    t('swot.fact.reference.note'), FORMAT_EUR,
    (c) => `IF(${at('placesWithReference', c)}=0,${text(na)},SUMPRODUCT(${columnRange(firstPlaces, lastPlaces, c)},${range})/${at('placesWithReference', c)})`, get);
  reference('referenceLow', t('swot.fact.referenceLow'), lows, (f) => f.referenceLowEur);
  reference('referenceHigh', t('swot.fact.referenceHigh'), highs, (f) => f.referenceHighEur);
  const tolerance = ctx.assumptions.ref('swot.costPerPlaceTolerance');
  const covered = (c: number) => `AND(${at('totalPlaces', c)}>0,${at('placesWithReference', c)}=${at('totalPlaces', c)})`;
  factRow('lowThreshold', 'lowThreshold', t('swot.fact.lowThreshold'), 'swot.unit.eurPerPlace', t('swot.fact.threshold.note'), FORMAT_EUR,
    (c) => `IF(${covered(c)},${at('referenceLow', c)}*(1-${tolerance}),${text(na)})`, (f) => f.lowThresholdEur);
  factRow('highThreshold', 'highThreshold', t('swot.fact.highThreshold'), 'swot.unit.eurPerPlace', t('swot.fact.threshold.note'), FORMAT_EUR,
    (c) => `IF(${covered(c)},${at('referenceHigh', c)}*(1+${tolerance}),${text(na)})`, (f) => f.highThresholdEur);

  const firstSites = row;
  SWOT_SERVICE_TYPES.forEach((type, i) => factRow(`sites.${type}`, type, t('swot.fact.sites', { type: t(`domain.establishment.${type}`) }),
    'swot.unit.sites', '', FORMAT_COUNT,
    (c) => countWhere([equals(S('partner'), code(c)), equals(S('type'), cellRef(row, C.key))]),
    (f) => f.sitesByServiceType[i], sumPartners));
  const lastSites = row - 1;
  factRow('typeCount', 'typeCount', t('swot.fact.typeCount'), 'swot.unit.types', '', FORMAT_COUNT,
    (c) => `SUMPRODUCT(--(${columnRange(firstSites, lastSites, c)}>0))`, (f) => f.typeCount);

  const P_ = (f: string) => ctx.dataLayout.column('Partenaires', f);
  const dataCell = (f: string, p: number) => ctx.dataLayout.cell('Partenaires', f, p);
  factRow('sharesDepartment', 'sharesDepartment', t('swot.fact.sharesDepartment'), 'swot.unit.partners', t('swot.fact.sharesDepartment.note'), FORMAT_COUNT,
    (_c, p) => `(LEN(${dataCell('department', p!)})>0)*(SUMPRODUCT(--(${P_('department')}=${dataCell('department', p!)}))>1)`,
    (f) => f.sharesDepartment, sumPartners);
  // The agreements of the partners up to this one: the first with its agreement counts it once.
  const upTo = (p: number) => `${dataCell('agreement', 0)}:${dataCell('agreement', p).slice(dataCell('agreement', p).lastIndexOf('!') + 1)}`;
  factRow('firstAgreement', 'firstAgreement', t('swot.fact.firstAgreement'), 'swot.unit.agreements', t('swot.fact.firstAgreement.note'), FORMAT_COUNT,
    (_c, p) => `(LEN(${dataCell('agreement', p!)})>0)*(SUMPRODUCT(--(${upTo(p!)}=${dataCell('agreement', p!)}))=1)`,
    (f) => f.firstAgreement, sumPartners);

  return {
    row: (key) => {
      const r = rows.get(key);
      if (r === undefined) throw new Error(`No SWOT fact ${key}`);
      return r;
    },
    col,
    ref: (key, p) => cellRef(rows.get(key)!, col(p)),
    lastRow: row - 1,
  };
}
