// The SWOT sheet's outputs under its rule rows: how many entities each rule fires for, the 2×2
// matrix (derived items by rank, then the users' own input rows), the counts by entity and
// quadrant, and the TOWS suggestions whose two rules both fire.
import { SWOT_QUADRANTS, SWOT_RULES, type SwotQuadrant, type SwotRule, type SwotRuleId } from '../../domain/swot-rules';
import { TOWS_SUGGESTIONS } from '../../domain/swot-tows';
import type { SwotItem, SwotResult, SwotUserItems } from '../../engine/swot/types';
import { FORMAT_COUNT } from '../layout/number-formats';
import type { SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import type { ModelContext } from '../sheet-context';
import type { PlanConditionalFormat } from '../types';
import { text } from './partner-formulas';
import { SWOT_COLS as C, SWOT_USER_ROWS, swotUserKey } from './swot-sheet-layout';

/** One rule row of the sheet: its rule, entity (partner index or null), row, the engine's item and text. */
export interface RuleRow { readonly rule: SwotRule; readonly p: number | null; readonly row: number; readonly item: SwotItem; readonly text: string }

/** Cells other sheets (the cover, the task pane) may read. */
export interface SwotSheetRefs {
  /** Sheet-qualified address of how many entities a rule fires for. */
  readonly firing: Readonly<Record<SwotRuleId, string>>;
  /** Sheet-qualified address of a quadrant's total (derived items that fire + user items). */
  readonly totals: Readonly<Record<SwotQuadrant, string>>;
}

export interface SwotOutputsWriter {
  readonly ctx: ModelContext;
  readonly grid: SheetGrid;
  readonly sheetName: string;
  readonly result: SwotResult;
  readonly ruleRows: readonly RuleRow[];
  /** First and last rule row of each quadrant's block. */
  readonly blocks: Readonly<Record<SwotQuadrant, { readonly first: number; readonly last: number }>>;
  readonly userItems: SwotUserItems;
  readonly flagFormat: string;
  entityLabel(p: number | null): string;
  readonly conditionalFormats: PlanConditionalFormat[];
}

const rel = (row: number, col: number) => cellRef(row, col, { absRow: false, absCol: false });

/** Writes the outputs from `startRow`; returns the next free row and the cells others may read. */
export function putSwotOutputs(w: SwotOutputsWriter, startRow: number): SwotSheetRefs & { row: number } {
  const { ctx, grid, sheetName, result, ruleRows, blocks, flagFormat, entityLabel, conditionalFormats } = w;
  const { t, data } = ctx;
  let row = startRow;
  // How many entities each rule fires for: the TOWS suggestions read these.
  grid.text(row++, C.key, t('swot.section.summary'), 'subtitle');
  grid.text(row, C.key, t('swot.header.ruleId'), 'header');
  grid.text(row, C.text, t('swot.header.ruleLabel'), 'header');
  grid.text(row, C.flag, t('swot.header.quadrant'), 'header');
  grid.text(row, C.value, t('swot.header.firing'), 'header');
  row += 1;
  const firing = {} as Record<SwotRuleId, string>;
  const firingLocal = {} as Record<SwotRuleId, string>;
  for (const rule of SWOT_RULES) {
    const rows = ruleRows.filter((r) => r.rule.id === rule.id).map((r) => r.row);
    grid.text(row, C.key, rule.id, 'note');
    grid.text(row, C.text, t(`swot.rule.${rule.id}`));
    grid.text(row, C.flag, t(`swot.quadrant.${rule.quadrant}.short`), 'unit');
    grid.put(row, C.value, {
      formula: `SUMPRODUCT(--(${rangeRef(Math.min(...rows), C.flag, Math.max(...rows), C.flag)}))`,
      expected: result.firing[rule.id], style: 'calc', numberFormat: FORMAT_COUNT,
    });
    firingLocal[rule.id] = cellRef(row, C.value);
    firing[rule.id] = sheetRef(sheetName, cellRef(row, C.value));
    row += 1;
  }
  row += 1;

  // The matrix: strengths | weaknesses, then opportunities | threats; derived items, then the users'.
  grid.text(row++, C.key, t('swot.section.matrix'), 'subtitle');
  grid.text(row++, C.key, t('swot.matrix.note'), 'note');
  const userRanges = {} as Record<SwotQuadrant, string>;
  const kept = w.userItems;
  const pairs: [SwotQuadrant, SwotQuadrant][] = [['S', 'W'], ['O', 'T']];
  for (const pair of pairs) {
    pair.forEach((q, side) => grid.text(row, side === 0 ? C.text : C.rule, t(`swot.quadrant.${q}`), 'header'));
    row += 1;
    const slots = Math.max(...pair.map((q) => blocks[q].last - blocks[q].first + 1));
    for (let k = 1; k <= slots; k++) {
      pair.forEach((q, side) => {
        const { first, last } = blocks[q];
        if (k > last - first + 1) return;
        const keyCol = side === 0 ? C.key : C.flag;
        const firing_ = ruleRows.filter((r) => r.row >= first && r.row <= last && r.item.applies);
        grid.put(row, keyCol, { value: k, style: 'note', numberFormat: FORMAT_COUNT });
        grid.put(row, keyCol + 1, {
          formula: `IFERROR(INDEX(${rangeRef(first, C.text, last, C.text)},MATCH(${rel(row, keyCol)},${rangeRef(first, C.rank, last, C.rank)},0)),"")`,
          expected: firing_[k - 1]?.text ?? '', style: 'text',
        });
      });
      row += 1;
    }
    pair.forEach((q, side) => grid.text(row, side === 0 ? C.text : C.rule, t('swot.matrix.userItems', { quadrant: t(`swot.quadrant.${q}.short`) }), 'note'));
    row += 1;
    const userRows = Math.max(SWOT_USER_ROWS, ...pair.map((q) => kept[q].length + 2));
    const firstUser = row;
    for (let i = 1; i <= userRows; i++) {
      pair.forEach((q, side) => {
        const keyCol = side === 0 ? C.key : C.flag;
        grid.text(row, keyCol, swotUserKey(q, i), 'note');
        grid.put(row, keyCol + 1, { value: kept[q][i - 1] ?? null, style: 'input' });
      });
      row += 1;
    }
    pair.forEach((q, side) => {
      const textCol = side === 0 ? C.text : C.rule;
      userRanges[q] = rangeRef(firstUser, textCol, row - 1, textCol);
    });
    row += 1;
  }

  // Counts by entity and quadrant, the users' items, the totals.
  grid.text(row++, C.key, t('swot.section.counts'), 'subtitle');
  const quadCol = (i: number) => C.value + i;
  grid.text(row, C.text, t('swot.header.entity'), 'header');
  SWOT_QUADRANTS.forEach((q, i) => grid.text(row, quadCol(i), t(`swot.quadrant.${q}.short`), 'header'));
  row += 1;
  const firstCount = row;
  const entities: (number | null)[] = [...data.partners.map((_, p) => p), null];
  for (const p of entities) {
    const label = entityLabel(p);
    grid.text(row, C.text, label, p === null ? 'total' : 'label');
    SWOT_QUADRANTS.forEach((q, i) => {
      const { first, last } = blocks[q];
      const expected = ruleRows.filter((r) => r.rule.quadrant === q && r.p === p && r.item.applies).length;
      grid.put(row, quadCol(i), {
        formula: `SUMPRODUCT((${rangeRef(first, C.entity, last, C.entity)}=${cellRef(row, C.text)})*${rangeRef(first, C.flag, last, C.flag)})`,
        expected, style: 'calc', numberFormat: FORMAT_COUNT,
      });
    });
    row += 1;
  }
  grid.text(row, C.text, t('swot.counts.userItems'));
  SWOT_QUADRANTS.forEach((q, i) => grid.put(row, quadCol(i), {
    formula: `SUMPRODUCT(--(LEN(${userRanges[q]})>0))`, expected: kept[q].length, style: 'calc', numberFormat: FORMAT_COUNT,
  }));
  row += 1;
  grid.text(row, C.text, t('swot.counts.total'), 'total');
  const totals = {} as Record<SwotQuadrant, string>;
  SWOT_QUADRANTS.forEach((q, i) => {
    const derived = ruleRows.filter((r) => r.rule.quadrant === q && r.item.applies).length;
    grid.put(row, quadCol(i), {
      formula: `SUM(${rangeRef(firstCount, quadCol(i), row - 1, quadCol(i), { absRow: false, absCol: false })})`,
      expected: derived + kept[q].length, style: 'total', numberFormat: FORMAT_COUNT,
    });
    totals[q] = sheetRef(sheetName, cellRef(row, quadCol(i)));
  });
  row += 2;

  // TOWS: a strategy shows when its internal and its external rule both fire (for any entity).
  grid.text(row++, C.key, t('swot.section.tows'), 'subtitle');
  grid.text(row++, C.key, t('swot.tows.note'), 'note');
  (['id', 'text', 'flag', 'pairing', 'kind'] as const).forEach((h, i) => grid.text(row, i + 1, t(`swot.header.tows.${h}`), 'header'));
  row += 1;
  const firstTows = row;
  TOWS_SUGGESTIONS.forEach((s, i) => {
    const applies = result.tows[i].applies;
    const quadrantOf = (id: SwotRuleId) => SWOT_RULES.find((r) => r.id === id)!.quadrant;
    grid.text(row, C.key, s.id, 'note');
    grid.put(row, C.flag, { formula: `AND(${firingLocal[s.internal]}>0,${firingLocal[s.external]}>0)`, expected: applies, style: 'check', numberFormat: flagFormat });
    const suggestion = t(`swot.tows.${s.id}`);
    grid.put(row, C.text, { formula: `IF(${rel(row, C.flag)},${text(suggestion)},"")`, expected: applies ? suggestion : '', style: 'text' });
    grid.text(row, C.rule, t('swot.tows.pairing', {
      internal: `${t(`swot.quadrant.${quadrantOf(s.internal)}.short`)} — ${t(`swot.rule.${s.internal}`)}`,
      external: `${t(`swot.quadrant.${quadrantOf(s.external)}.short`)} — ${t(`swot.rule.${s.external}`)}`,
    }), 'note');
    grid.text(row, C.value, s.kind, 'unit');
    row += 1;
  });
  conditionalFormats.push({ range: { row: firstTows, col: C.flag, rows: row - firstTows, cols: 1 }, kind: 'trueFalse' });
  return { row, firing, totals };
}
