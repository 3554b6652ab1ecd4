// Where the normalised partner data stands on the data sheet (Données): the four
// tables side by side, headers on one row, so that every table can grow downwards
// and one frozen header row serves them all. Other sheets' formulas point here.
import { TABLE_NAMES, type TableName } from '../domain/codes';
import type { CooperationData } from '../data/types';
import { tableSpec } from '../data/schema';
import type { DataLayout } from './context';
import { cellRef, rangeRef, sheetRef } from './layout/sheet-ref';

/** Row of the table labels, of the headers and of the first record. */
export const DATA_LABEL_ROW = 4;
export const DATA_HEADER_ROW = 5;
export const DATA_FIRST_ROW = 6;

/** Two extra fields per table: the record's origin in the user's tables. */
export const ORIGIN_TABLE_FIELD = 'origin.table';
export const ORIGIN_ROW_FIELD = 'origin.row';

export interface DataBlock {
  readonly table: TableName;
  /** First column of the block (1 = A). */
  readonly firstCol: number;
  /** Schema fields, then the two origin fields. */
  readonly fields: readonly string[];
  /** Records in CooperationData. */
  readonly recordCount: number;
  /** Body rows on the sheet: one reserved row when the table is empty, so that ranges stay valid. */
  readonly rowCount: number;
}

export interface DataSheetLayout extends DataLayout {
  readonly blocks: readonly DataBlock[];
  /** Column of a field, 1-based. */
  columnIndex(table: TableName, field: string): number;
  /** Absolute address of the table's first cell on the row just below its body (where Excel appends a typed row). */
  belowTable(table: TableName): string;
}

/** Records of one table in CooperationData order. */
export function tableRecords(data: CooperationData, table: TableName): readonly object[] {
  switch (table) {
    case 'Partenaires': return data.partners;
    case 'Sites': return data.sites;
    case 'Budgets': return data.budgets;
    case 'Effectifs': return data.staff;
  }
}

/**
 * Lay the data sheet out for `data`.
 * @example dataSheetLayout(data, 'Données').column('Budgets', 'amountEur') // "'Données'!$AO$6:$AO$413"
 */
export function dataSheetLayout(data: CooperationData, sheetName: string): DataSheetLayout {
  const blocks: DataBlock[] = [];
  let firstCol = 1;
  for (const table of TABLE_NAMES) {
    const fields = [...tableSpec(table).columns.map((c) => c.field), ORIGIN_TABLE_FIELD, ORIGIN_ROW_FIELD];
    const recordCount = tableRecords(data, table).length;
    blocks.push({ table, firstCol, fields, recordCount, rowCount: Math.max(1, recordCount) });
    firstCol += fields.length + 1; // one blank column between tables
  }
  const block = (table: TableName): DataBlock => {
    const found = blocks.find((b) => b.table === table);
    if (!found) throw new Error(`No data block for ${table}`);
    return found;
  };
  const columnIndex = (table: TableName, field: string): number => {
    const b = block(table);
    const i = b.fields.indexOf(field);
    if (i < 0) throw new Error(`No field ${field} in table ${table}`);
    return b.firstCol + i;
  };
  return {
    sheetName,
    blocks,
    columnIndex,
    column(table, field) {
      const col = columnIndex(table, field);
      const last = DATA_FIRST_ROW + block(table).rowCount - 1;
      return sheetRef(sheetName, rangeRef(DATA_FIRST_ROW, col, last, col));
    },
    belowTable(table) {
      const b = block(table);
      return sheetRef(sheetName, cellRef(DATA_FIRST_ROW + b.rowCount, b.firstCol));
    },
    cell(table, field, index) {
      const b = block(table);
      if (index < 0 || index >= b.rowCount) throw new Error(`No record ${index} in table ${table}`);
      return sheetRef(sheetName, cellRef(DATA_FIRST_ROW + index, columnIndex(table, field)));
    },
  };
}
