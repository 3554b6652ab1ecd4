// Données (input): the validated, normalised partner data as four tables side by side,
// each record with its origin in the user's tables. Formulas elsewhere read these cells.
import type { TableName } from '../../domain/codes';
import { tableSpec, type ColumnKind } from '../../data/schema';
import type { SheetBuild, SheetContext } from '../context';
import {
  DATA_FIRST_ROW, DATA_HEADER_ROW, DATA_LABEL_ROW, ORIGIN_ROW_FIELD, ORIGIN_TABLE_FIELD,
  tableRecords, type DataSheetLayout,
} from '../data-layout';
import { FORMAT_COUNT, FORMAT_EUR, FORMAT_FTE, FORMAT_YEAR } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import type { CellScalar, PlanTable } from '../types';
import { putFrame } from './sheet-frame';

const TABLE_IDS: Readonly<Record<TableName, string>> = {
  Partenaires: 'Data_Partenaires', Sites: 'Data_Sites', Budgets: 'Data_Budgets', Effectifs: 'Data_Effectifs',
};

function formatOf(kind: ColumnKind | null): string | undefined {
  if (kind === null || kind.type !== 'number') return kind === null ? FORMAT_COUNT : undefined;
  switch (kind.unit) {
    case 'eur': return FORMAT_EUR;
    case 'fte': return FORMAT_FTE;
    case 'year': return FORMAT_YEAR;
    default: return FORMAT_COUNT;
  }
}

function fieldValue(record: object, field: string): CellScalar {
  const r = record as Record<string, unknown> & { origin: { table: string; row: number } };
  if (field === ORIGIN_TABLE_FIELD) return r.origin.table;
  if (field === ORIGIN_ROW_FIELD) return r.origin.row;
  const v = r[field];
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

/** The data sheet for `ctx.data`, laid out by `layout` (see dataSheetLayout). */
export function buildDataSheet(ctx: SheetContext, layout: DataSheetLayout, dataYear: number, masterCheck: boolean): SheetBuild {
  const grid = new SheetGrid();
  putFrame(grid, ctx, { title: ctx.t('sheet.data.title'), sheetClass: 'input', dataYear, masterCheck, masterCheckCol: 8 });
  grid.text(3, 1, ctx.t('sheet.data.note'), 'note');
  const tables: PlanTable[] = [];
  const widths: number[] = [];
  // Labels and headers first, then the records row by row across the four tables, so that the
  // grid receives them in sheet order (a large cooperation has hundreds of thousands of them).
  const bodies = layout.blocks.map((block) => {
    const spec = tableSpec(block.table);
    const columns = block.fields.map((field) => (field === ORIGIN_TABLE_FIELD || field === ORIGIN_ROW_FIELD ? null : spec.columns.find((c) => c.field === field)!));
    const headers = block.fields.map((field, i) => {
      if (field === ORIGIN_TABLE_FIELD) return ctx.t('sheet.data.originTable');
      if (field === ORIGIN_ROW_FIELD) return ctx.t('sheet.data.originRow');
      const column = columns[i]!;
      return ctx.lang === 'fr' ? column.fr : column.en;
    });
    grid.text(DATA_LABEL_ROW, block.firstCol, ctx.t(`domain.table.${block.table}`), 'subtitle');
    headers.forEach((h, i) => {
      grid.text(DATA_HEADER_ROW, block.firstCol + i, h, 'header');
      widths[block.firstCol + i - 1] = Math.min(40, Math.max(10, h.length + 2));
    });
    tables.push({ name: TABLE_IDS[block.table], row: DATA_HEADER_ROW, col: block.firstCol, headers, rowCount: block.rowCount });
    const numberFormats = block.fields.map((field, i) => formatOf(field === ORIGIN_ROW_FIELD ? null : columns[i]?.kind ?? { type: 'text' as const }));
    return { block, records: tableRecords(ctx.data, block.table), numberFormats };
  });
  const longest = Math.max(0, ...bodies.map((b) => b.records.length));
  for (let index = 0; index < longest; index += 1) {
    for (const { block, records, numberFormats } of bodies) {
      if (index >= records.length) continue;
      const record = records[index];
      block.fields.forEach((field, i) => {
        const value = fieldValue(record, field);
        if (value === null) return;
        const numberFormat = typeof value === 'number' ? numberFormats[i] : undefined;
        const row = DATA_FIRST_ROW + index;
        const col = block.firstCol + i;
        grid.place(numberFormat ? { row, col, value, style: 'input', numberFormat } : { row, col, value, style: 'input' });
        if (typeof value === 'string') widths[block.firstCol + i - 1] = Math.min(40, Math.max(widths[block.firstCol + i - 1] ?? 10, value.length + 2));
      });
    }
  }
  // The blank column after each table (index = column − 1).
  for (const block of layout.blocks) widths[block.firstCol + block.fields.length - 1] = 3;
  return {
    sheet: {
      key: 'data',
      name: layout.sheetName,
      class: 'input',
      cells: grid.cells(),
      tables,
      validations: [],
      conditionalFormats: [{ range: { row: 2, col: 9, rows: 1, cols: 1 }, kind: 'trueFalse' }],
      freeze: { rows: DATA_HEADER_ROW, cols: 0 },
      columnWidths: Array.from({ length: widths.length }, (_, i) => widths[i] ?? 10),
      protect: false,
      print: null,
      tabColor: 'FF2E75B6',
    },
    checks: [],
    names: [],
  };
}
