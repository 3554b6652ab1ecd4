import { TABLE_NAMES } from '../domain/codes';
import type { RawTable, RawWorkbook } from '../data/types';
import { sampleTables } from './sample-tables';

/**
 * The sample as an adapter would hand it over: one sheet per table, named after it,
 * headers on row 1 from column A.
 */
export function sampleRawWorkbook(): RawWorkbook {
  const tables = sampleTables();
  const raw: { [K in (typeof TABLE_NAMES)[number]]?: RawTable } = {};
  for (const name of TABLE_NAMES) {
    raw[name] = { table: name, sheet: name, headerRow: 1, firstColumn: 1, headers: tables[name].headers, rows: tables[name].rows };
  }
  return raw;
}
