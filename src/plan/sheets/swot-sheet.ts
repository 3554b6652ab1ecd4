// SWOT (output, with unlocked input areas): items derived from the data by the rules of
// src/domain/swot-rules.ts, each row showing its rule, the indicator cell it reads, the threshold
// and TRUE/FALSE; the matrix gathering the items that fire by quadrant, beside the users' own items
// (input cells, kept on regeneration); counts by entity and quadrant; the TOWS suggestions whose
// two rules both fire. Every item is a live formula: an edited input or data cell changes the text.
import { SWOT_QUADRANTS, SWOT_RULES, type SwotQuadrant, type SwotRuleId } from '../../domain/swot-rules';
import type { IndicatorKey } from '../../engine/indicators/types';
import type { SwotResult, SwotUserItems } from '../../engine/swot/types';
import type { SheetBuild } from '../context';
import type { BasesLayout } from './bases-sheet-layout';
import { booleanFormat, FORMAT_COUNT, FORMAT_EUR, FORMAT_RATE } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef } from '../layout/sheet-ref';
import type { ModelContext } from '../sheet-context';
import type { PlanConditionalFormat } from '../types';
import type { IndicatorsSheetLayout } from './indicators-sheet';
import { putFrame } from './sheet-frame';
import { putSwotFacts, type SwotFactsLayout } from './swot-sheet-facts';
import { putSwotOutputs, type RuleRow, type SwotSheetRefs } from './swot-sheet-outputs';
import { SWOT_COLS as C, SWOT_SHEET_KEY } from './swot-sheet-layout';
import { templateFormula, templateText, type Piece, type PieceFormat } from './swot-sheet-text';

export interface SwotSheetInput {
  readonly indicators: IndicatorsSheetLayout;
  readonly bases: BasesLayout;
  /** swotItems(data, indicators, entries): the expected values. */
  readonly result: SwotResult;
  /** What users typed in the previous sheet (readSwotUserItems); none on a first generation. */
  readonly userItems?: SwotUserItems;
  readonly dataYear: number;
  readonly masterCheck: boolean;
}

export type { SwotSheetRefs } from './swot-sheet-outputs';

const NO_ITEMS: SwotUserItems = { S: [], W: [], O: [], T: [] };

const INDICATOR_OF: Partial<Record<SwotRuleId, IndicatorKey>> = {
  occupancyHigh: 'occupancyRate', costPerPlaceLow: 'costPerPlace', costPerPlaceHigh: 'costPerPlace',
  personnelShareHigh: 'personnelShare', buildingAgeHigh: 'buildingAgeRatio', cafRateLow: 'cafRate', dependenceHigh: 'dependenceRatio',
};

const rel = (row: number, col: number) => cellRef(row, col, { absRow: false, absCol: false });
const short = (sheetName: string, row: number, col: number) => `${sheetName}!${rel(row, col)}`;


/** The rule's test on the row's value (E) and threshold (F). */
function appliesFormula(rule: SwotRuleId, e: string, f: string): string {
  switch (rule) {
    case 'occupancyHigh': case 'buildingAgeHigh': return `AND(ISNUMBER(${e}),${e}>=${f})`;
    case 'personnelShareHigh': case 'dependenceHigh': return `AND(ISNUMBER(${e}),${e}>${f})`;
    case 'cafRateLow': return `AND(ISNUMBER(${e}),${e}<${f})`;
    case 'costPerPlaceLow': return `AND(ISNUMBER(${e}),ISNUMBER(${f}),${e}<${f})`;
    case 'costPerPlaceHigh': return `AND(ISNUMBER(${e}),ISNUMBER(${f}),${e}>${f})`;
    case 'complementaryTypes': return `${e}>${f}`;
    case 'sameDepartment': return `${e}>0`;
    case 'agreementsDiffer': return `${e}>1`;
  }
}

const formatOf = (rule: SwotRuleId): PieceFormat => (rule.startsWith('costPerPlace') ? 'eur'
  : rule === 'complementaryTypes' || rule === 'sameDepartment' || rule === 'agreementsDiffer' ? 'count' : 'percent');

/**
 * The SWOT sheet (key `swot`). Class output: a board reads it; its only input cells, unlocked on
 * the protected sheet, are the users' rows of the matrix, read back by readSwotUserItems.
 * @example buildSwotSheet(ctx, { indicators, bases: basesBuild.layout, result: swotItems(data, indicators, ctx.entries), dataYear, masterCheck: true })
 */
export function buildSwotSheet(ctx: ModelContext, input: SwotSheetInput): SheetBuild & { refs: SwotSheetRefs } {
  const { t, data } = ctx;
  const { result } = input;
  const na = t('sheet.indicators.na');
  const mark = t('swot.decimalMark');
  const sheetName = ctx.names[SWOT_SHEET_KEY] ?? t('sheet.name.swot');
  const grid = new SheetGrid();
  const P = data.partners.length;
  const flagFormat = booleanFormat(t);
  const conditionalFormats: PlanConditionalFormat[] = [];

  putFrame(grid, ctx, { title: t('swot.title'), sheetClass: 'output', dataYear: input.dataYear, masterCheck: input.masterCheck, masterCheckCol: C.rule });
  grid.text(3, C.key, t('swot.note'), 'note');
  const facts: SwotFactsLayout = putSwotFacts(ctx, grid, 5, input.indicators, result);
  let row = facts.lastRow + 2;

  // Derived items: one block per quadrant, one row per rule and entity.
  grid.text(row++, C.key, t('swot.section.rules'), 'subtitle');
  (['key', 'text', 'flag', 'rule', 'value', 'threshold', 'entity', 'rank'] as const).forEach((h) => grid.text(row, C[h], t(`swot.header.${h}`), 'header'));
  row += 1;
  const entityLabel = (p: number | null) => (p === null ? t('swot.group') : data.partners[p].code);
  const harmonisationCost = `${input.bases.total('harmonisationGap')}*${ctx.assumptions.ref('harmonisation.shareOfGapClosed')}`;
  const ruleRows: RuleRow[] = [];
  const blocks = {} as Record<SwotQuadrant, { first: number; last: number }>;
  let itemIndex = 0;
  for (const q of SWOT_QUADRANTS) {
    grid.text(row++, C.text, t(`swot.quadrant.${q}`), 'subtitle');
    const first = row;
    for (const rule of SWOT_RULES.filter((r) => r.quadrant === q)) {
      const entities: (number | null)[] = rule.scope === 'group' ? [null] : [...data.partners.map((_, p) => p), null];
      for (const p of entities) {
        const item = result.items[itemIndex++];
        if (item.rule !== rule.id || item.entity !== (p === null ? null : data.partners[p].code)) throw new Error(`SWOT items out of order at ${rule.id}`);
        const e = rel(row, C.value);
        const f = rel(row, C.threshold);
        const format = formatOf(rule.id);
        const indicator = INDICATOR_OF[rule.id];
        // The value: the indicator's cell, or the group fact the rule counts.
        const valueFormula = indicator ? input.indicators.ref(indicator, p)
          : rule.id === 'complementaryTypes' ? facts.ref('typeCount', null)
            : rule.id === 'sameDepartment' ? facts.ref('sharesDepartment', null) : facts.ref('firstAgreement', null);
        const thresholdFormula = rule.id === 'costPerPlaceLow' ? facts.ref('lowThreshold', p)
          : rule.id === 'costPerPlaceHigh' ? facts.ref('highThreshold', p)
            : rule.id === 'complementaryTypes' ? `MAX(${rangeRef(facts.row('typeCount'), facts.col(0), facts.row('typeCount'), facts.col(P - 1))})`
              : rule.thresholdKey ? ctx.assumptions.ref(rule.thresholdKey) : null;
        const numberFormat = format === 'eur' ? FORMAT_EUR : format === 'count' ? FORMAT_COUNT : FORMAT_RATE;
        grid.text(row, C.key, `${rule.id}.${p === null ? 'group' : data.partners[p].code}`, 'note');
        grid.text(row, C.entity, entityLabel(p));
        grid.put(row, C.value, { formula: valueFormula, expected: item.value ?? na, style: 'calc', numberFormat });
        if (thresholdFormula) grid.put(row, C.threshold, { formula: thresholdFormula, expected: item.threshold ?? na, style: 'calc', numberFormat });
        grid.put(row, C.flag, { formula: appliesFormula(rule.id, e, f), expected: item.applies, style: 'check', numberFormat: flagFormat });
        const source = indicator
          ? short(input.indicators.sheetName, input.indicators.row(indicator), input.indicators.col(p))
          : rel(valueFormula === facts.ref('typeCount', null) ? facts.row('typeCount') : facts.row(rule.id === 'sameDepartment' ? 'sharesDepartment' : 'firstAgreement'), facts.col(null));
        const thresholdSource = rule.thresholdKey && !rule.id.startsWith('costPerPlace') ? ` ; ${t('swot.rule.thresholdAt', { key: rule.thresholdKey })}` : '';
        grid.text(row, C.rule, `${t(`swot.rule.${rule.id}`)} — ${t('swot.rule.source', { cell: source })}${thresholdSource}`, 'note');
        const pieces: Record<string, Piece> = {
          entity: { formula: rel(row, C.entity), format: 'text', value: entityLabel(p) },
          value: { formula: e, format, value: item.value },
          threshold: { formula: f, format, value: item.threshold },
          cost: { formula: harmonisationCost, format: 'eur', value: result.harmonisationCostEur },
        };
        const template = t(`swot.item.${rule.id}`);
        const itemText = item.applies ? templateText(template, pieces, mark) : '';
        grid.put(row, C.text, { formula: `IF(${rel(row, C.flag)},${templateFormula(template, pieces, mark)},"")`, expected: itemText, style: 'text' });
        ruleRows.push({ rule, p, row, item, text: itemText });
        row += 1;
      }
    }
    const last = row - 1;
    blocks[q] = { first, last };
    conditionalFormats.push({ range: { row: first, col: C.flag, rows: last - first + 1, cols: 1 }, kind: 'trueFalse' });
    // Rank of a firing item within its quadrant: the matrix lists the items by it.
    let rank = 0;
    for (const r of ruleRows.filter((x) => x.row >= first)) {
      if (r.item.applies) rank += 1;
      grid.put(r.row, C.rank, {
        formula: `IF(${rel(r.row, C.flag)},SUMPRODUCT(--(${cellRef(first, C.flag)}:${cellRef(r.row, C.flag, { absRow: false })})),0)`,
        expected: r.item.applies ? rank : 0, style: 'calc', numberFormat: FORMAT_COUNT,
      });
    }
    row += 1;
  }

  const outputs = putSwotOutputs({
    ctx, grid, sheetName, result, ruleRows, blocks, userItems: input.userItems ?? NO_ITEMS, flagFormat, entityLabel, conditionalFormats,
  }, row);
  row = outputs.row;
  const lastRow = row - 1;
  const lastCol = Math.max(C.rank, facts.col(null));

  return {
    sheet: {
      key: SWOT_SHEET_KEY, name: sheetName, class: 'output', cells: grid.cells(), tables: [], validations: [], conditionalFormats,
      freeze: null,
      columnWidths: [18, 60, 14, 60, ...Array.from({ length: lastCol - 4 }, () => 14)],
      protect: true,
      print: {
        landscape: true, fitToWidth: true, area: { row: 1, col: 1, rows: lastRow, cols: lastCol },
        header: t('sheet.common.printHeader', { title: t('swot.title'), year: input.dataYear }), footer: t('sheet.common.printFooter'),
      },
      tabColor: null,
    },
    checks: [],
    names: [],
    refs: { firing: outputs.firing, totals: outputs.totals },
  };
}
