// Préparation (input): the key success factors of DOMAIN §9 and §6.1 as a checklist the board
// scores 0–3, each with its weight; the readiness index (0–100 %), each factor's weighted gap
// weight × (3 − score), a unique priority rank (ties to the factor listed first) and the three
// factors to work on first by LARGE / INDEX / MATCH. Every formula carries the engine's value.
import { READINESS_FACTORS, READINESS_SCORE_MAX, READINESS_SCORE_MIN } from '../../domain/readiness-factors';
import type { ReadinessInputs, ReadinessResult } from '../../engine/risks/readiness-index';
import type { PlanCheck, SheetBuild, SheetContext } from '../context';
import { FORMAT_FLAG, FORMAT_RATE } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import {
  READINESS_COLS as C, READINESS_FIRST_ROW as FIRST, READINESS_HEADER_ROW as HEADER, READINESS_INDEX_ROW, READINESS_LAST_ROW as LAST,
  READINESS_NOTE_ROW, READINESS_PRIORITIES_HEADER, READINESS_PROVENANCE_ROW, READINESS_SCALE_COUNT,
  READINESS_SCALE_FIRST, READINESS_SCALE_HEADER,
} from './readiness-sheet-layout';
import type { ReadinessRefs } from './risks-sheet-refs';
import { putFrame } from './sheet-frame';

const FORMAT_WEIGHT = '0.0';
const FORMAT_GAP = '0.0';

export interface ReadinessSheetOptions {
  readonly inputs: ReadinessInputs;
  /** readinessIndex(READINESS_FACTORS ids, inputs, READINESS_SCORE_MAX): the expected values. */
  readonly result: ReadinessResult;
  readonly dataYear: number;
  readonly masterCheck: boolean;
}

/**
 * The readiness sheet (key `readiness`, class input, unprotected).
 * @example buildReadinessSheet(ctx, { inputs, result, dataYear: 2024, masterCheck: true }).refs.index // "'Préparation'!$D$27"
 */
export function buildReadinessSheet(ctx: SheetContext, o: ReadinessSheetOptions): SheetBuild & { refs: ReadinessRefs } {
  const t = ctx.t;
  const name = ctx.names.readiness ?? t('sheet.name.readiness');
  const grid = new SheetGrid();
  putFrame(grid, ctx, { title: t('sheet.readiness.title'), sheetClass: 'input', dataYear: o.dataYear, masterCheck: o.masterCheck, masterCheckCol: C.score });
  grid.text(READINESS_NOTE_ROW, 1, t('sheet.readiness.note'), 'note');
  grid.text(READINESS_PROVENANCE_ROW, 1, t('sheet.readiness.provenance'), 'source');

  grid.text(READINESS_SCALE_HEADER - 1, 1, t('sheet.readiness.section.scale'), 'subtitle');
  grid.text(READINESS_SCALE_HEADER, 1, t('sheet.readiness.scale.score'), 'header');
  grid.text(READINESS_SCALE_HEADER, C.factor, t('sheet.readiness.scale.meaning'), 'header');
  for (let v = READINESS_SCORE_MIN; v <= READINESS_SCORE_MAX; v++) {
    const row = READINESS_SCALE_FIRST + v - READINESS_SCORE_MIN;
    grid.put(row, 1, { value: v, style: 'note', numberFormat: FORMAT_FLAG });
    grid.text(row, C.factor, t(`sheet.readiness.scale.${v}`));
  }
  const scale = rangeRef(READINESS_SCALE_FIRST, 1, READINESS_SCALE_FIRST + READINESS_SCALE_COUNT - 1, 1);
  const max = `MAX(${scale})`;

  grid.text(HEADER - 1, 1, t('sheet.readiness.section.factors'), 'subtitle');
  (['id', 'area', 'factor', 'score', 'weight', 'gap', 'rank', 'sources'] as const).forEach((h) => grid.text(HEADER, C[h], t(`sheet.readiness.header.${h}`), 'header'));
  const column = (col: number) => rangeRef(FIRST, col, LAST, col);
  const scores = column(C.score);
  const weights = column(C.weight);
  const gaps = column(C.gap);
  const ranks = column(C.rank);
  READINESS_FACTORS.forEach((f, i) => {
    const row = FIRST + i;
    const here = (col: number) => cellRef(row, col, { absRow: false, absCol: false });
    grid.text(row, C.id, f.id);
    grid.text(row, C.area, t(`readiness.area.${f.area}`));
    grid.text(row, C.factor, t(`readiness.${f.id}`), 'text');
    grid.put(row, C.score, { value: o.inputs.scores[f.id] ?? 0, style: 'input', numberFormat: FORMAT_FLAG });
    grid.put(row, C.weight, { value: o.inputs.weights[f.id] ?? 0, style: 'input', numberFormat: FORMAT_WEIGHT });
    grid.put(row, C.gap, { formula: `${here(C.weight)}*(${max}-${here(C.score)})`, expected: o.result.gaps[i], style: 'calc', numberFormat: FORMAT_GAP });
    // Unique rank: the gaps larger than this one, plus the equal ones listed up to here (a tie goes to the first listed).
    grid.put(row, C.rank, {
      formula: `SUMPRODUCT(--(${gaps}>${here(C.gap)}))+SUMPRODUCT(--(${cellRef(FIRST, C.gap)}:${here(C.gap)}=${here(C.gap)}))`,
      expected: o.result.priorityRank[i], style: 'calc', numberFormat: FORMAT_FLAG,
    });
    grid.text(row, C.sources, f.sources.join(', '), 'source');
  });
  grid.text(READINESS_INDEX_ROW, C.factor, t('sheet.readiness.index'), 'total');
  grid.put(READINESS_INDEX_ROW, C.score, {
    formula: `IF(SUM(${weights})=0,0,SUMPRODUCT(${weights},${scores})/(${max}*SUM(${weights})))`,
    expected: o.result.index, style: 'output', numberFormat: FORMAT_RATE,
  });

  grid.text(READINESS_PRIORITIES_HEADER - 1, 1, t('sheet.readiness.section.priorities'), 'subtitle');
  grid.text(READINESS_PRIORITIES_HEADER, C.id, t('sheet.readiness.priority.rank'), 'header');
  grid.text(READINESS_PRIORITIES_HEADER, C.area, t('sheet.readiness.header.id'), 'header');
  grid.text(READINESS_PRIORITIES_HEADER, C.factor, t('sheet.readiness.priority.factor'), 'header');
  grid.text(READINESS_PRIORITIES_HEADER, C.gap, t('sheet.readiness.priority.gap'), 'header');
  const priorityRow = (k: number) => READINESS_PRIORITIES_HEADER + k;
  o.result.priorities.forEach((p, j) => {
    const k = j + 1;
    const row = priorityRow(k);
    const at = `MATCH(${cellRef(row, C.id, { absRow: false })},${ranks},0)`;
    grid.put(row, C.id, { value: k, style: 'note', numberFormat: FORMAT_FLAG });
    grid.put(row, C.area, { formula: `INDEX(${column(C.id)},${at})`, expected: p.id, style: 'calc' });
    grid.put(row, C.factor, { formula: `INDEX(${column(C.factor)},${at})`, expected: t(`readiness.${p.id}`), style: 'output' });
    grid.put(row, C.gap, { formula: `LARGE(${gaps},${cellRef(row, C.id, { absRow: false })})`, expected: p.gap, style: 'calc', numberFormat: FORMAT_GAP });
  });
  const lastRow = priorityRow(o.result.priorities.length);
  const w = READINESS_FACTORS.map((f) => o.inputs.weights[f.id] ?? 0);
  const s = READINESS_FACTORS.map((f) => o.inputs.scores[f.id] ?? 0);
  const q = (a: string) => sheetRef(name, a);
  const checks: PlanCheck[] = [
    {
      key: 'readiness.scores', label: t('sheet.readiness.check.scores'),
      formula: `IFERROR(AND(COUNT(${q(scores)})=ROWS(${q(scores)}),MIN(${q(scores)})>=MIN(${q(scale)}),MAX(${q(scores)})<=MAX(${q(scale)}),SUMPRODUCT(--(MOD(${q(scores)},1)<>0))=0),FALSE)`,
      expected: s.every((v) => Number.isInteger(v) && v >= READINESS_SCORE_MIN && v <= READINESS_SCORE_MAX),
    },
    {
      key: 'readiness.weights', label: t('sheet.readiness.check.weights'),
      formula: `IFERROR(AND(COUNT(${q(weights)})=ROWS(${q(weights)}),MIN(${q(weights)})>=0,SUM(${q(weights)})>0),FALSE)`,
      expected: w.every((v) => v >= 0) && w.reduce((a, b) => a + b, 0) > 0,
    },
  ];
  return {
    sheet: {
      key: 'readiness', name, class: 'input', cells: grid.cells(), tables: [],
      validations: [
        { range: { row: FIRST, col: C.score, rows: READINESS_FACTORS.length, cols: 1 }, kind: 'whole', min: READINESS_SCORE_MIN, max: READINESS_SCORE_MAX },
        { range: { row: FIRST, col: C.weight, rows: READINESS_FACTORS.length, cols: 1 }, kind: 'decimal', min: 0, max: 100 },
      ],
      conditionalFormats: [
        { range: { row: 2, col: C.score + 1, rows: 1, cols: 1 }, kind: 'trueFalse' },
        // The weighted gap: what is left to do, green when nothing, red at the heaviest factor's full gap.
        { range: { row: FIRST, col: C.gap, rows: READINESS_FACTORS.length, cols: 1 }, kind: 'scale', min: 0, max: READINESS_SCORE_MAX * Math.max(...READINESS_FACTORS.map((f) => f.weight)) },
      ],
      freeze: { rows: HEADER, cols: C.id },
      columnWidths: [10, 16, 64, 11, 9, 11, 9, 16],
      protect: false,
      print: {
        landscape: true, fitToWidth: true,
        area: { row: 1, col: 1, rows: lastRow, cols: C.sources },
        header: t('sheet.common.printHeader', { title: t('sheet.readiness.title'), year: o.dataYear }),
        footer: t('sheet.common.printFooter'),
      },
      tabColor: 'FFFFC000',
    },
    checks,
    names: [],
    refs: {
      sheetName: name,
      index: sheetRef(name, cellRef(READINESS_INDEX_ROW, C.score)),
      priority: (k) => {
        if (k < 1 || k > o.result.priorities.length) throw new Error(`No priority ${k} on the readiness sheet`);
        return sheetRef(name, cellRef(priorityRow(k), C.factor));
      },
    },
  };
}
