// Contrôles (control): every check of every sheet as TRUE/FALSE, the master check
// (blocking checks only), the data warnings with their location and the indicators
// shown as "n/a" (the issue: an indicator without its data is "n/a" with a warning).
import type { Issue } from '../../data/types';
import { formatIssue } from '../../data/format-issue';
import type { IndicatorNote } from '../../engine/indicators/types';
import type { PlanCheck, SheetBuild, SheetContext } from '../context';
import { indicatorNoteText } from '../indicator-note-text';
import { booleanFormat } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import { rangeRef } from '../layout/sheet-ref';
import { MASTER_CHECK_NAME } from './sheet-frame';

export const MASTER_CHECK_ROW = 5;
export const MASTER_CHECK_COL = 2;
const HEADER_ROW = 7;

/** The master check's value: every blocking check passes. */
export function masterCheckOf(checks: readonly PlanCheck[]): boolean {
  return checks.filter((c) => (c.severity ?? 'error') === 'error').every((c) => c.expected);
}

export function buildChecksSheet(
  ctx: SheetContext, checks: readonly PlanCheck[], warnings: readonly Issue[], dataYear: number, indicatorNotes: readonly IndicatorNote[] = [],
): SheetBuild {
  const grid = new SheetGrid();
  grid.text(1, 1, ctx.t('sheet.checks.title'), 'title');
  grid.text(2, 1, ctx.t('sheet.common.classLine', { class: ctx.t('sheet.class.control'), year: dataYear }), 'subtitle');
  grid.text(3, 1, ctx.t('sheet.checks.note'), 'note');
  const ordered = [
    ...checks.filter((c) => (c.severity ?? 'error') === 'error'),
    ...checks.filter((c) => c.severity === 'warning'),
  ];
  const errorCount = ordered.filter((c) => (c.severity ?? 'error') === 'error').length;
  const first = HEADER_ROW + 1;
  (['check', 'result', 'level'] as const).forEach((h, i) => grid.text(HEADER_ROW, i + 1, ctx.t(`sheet.checks.header.${h}`), 'header'));
  ordered.forEach((c, i) => {
    grid.text(first + i, 1, c.label);
    grid.put(first + i, 2, { formula: c.formula, expected: c.expected, style: 'check', numberFormat: booleanFormat(ctx.t) });
    grid.text(first + i, 3, ctx.t(`sheet.checks.level.${c.severity ?? 'error'}`), 'note');
  });
  grid.text(MASTER_CHECK_ROW, 1, ctx.t('sheet.common.masterCheck'), 'total');
  grid.put(MASTER_CHECK_ROW, MASTER_CHECK_COL, {
    formula: errorCount > 0 ? `AND(${rangeRef(first, 2, first + errorCount - 1, 2)})` : 'TRUE()',
    expected: masterCheckOf(checks), style: 'check', numberFormat: booleanFormat(ctx.t),
  });
  let row = first + ordered.length + 1;
  grid.text(row++, 1, ctx.t('sheet.checks.warnings'), 'subtitle');
  if (warnings.length === 0 && indicatorNotes.length === 0) grid.text(row++, 1, ctx.t('sheet.checks.noWarnings'), 'note');
  for (const w of warnings) grid.text(row++, 1, formatIssue(w, ctx.lang), 'note');
  for (const note of indicatorNotes) grid.text(row++, 1, indicatorNoteText(note, ctx.data, ctx.lang, ctx.t), 'note');
  return {
    sheet: {
      key: 'checks', name: ctx.names.checks, class: 'control', cells: grid.cells(), tables: [], validations: [],
      conditionalFormats: [
        { range: { row: MASTER_CHECK_ROW, col: MASTER_CHECK_COL, rows: 1, cols: 1 }, kind: 'trueFalse' },
        ...(ordered.length > 0 ? [{ range: { row: first, col: 2, rows: ordered.length, cols: 1 }, kind: 'trueFalse' as const }] : []),
      ],
      freeze: { rows: HEADER_ROW, cols: 0 },
      columnWidths: [90, 12, 12],
      protect: true,
      print: {
        landscape: true, fitToWidth: true, area: { row: 1, col: 1, rows: row, cols: 3 },
        header: ctx.t('sheet.common.printHeader', { title: ctx.t('sheet.checks.title'), year: dataYear }),
        footer: ctx.t('sheet.common.printFooter'),
      },
      tabColor: 'FFC00000',
    },
    checks: [],
    names: [{ name: MASTER_CHECK_NAME, sheetKey: 'checks', row: MASTER_CHECK_ROW, col: MASTER_CHECK_COL }],
  };
}
