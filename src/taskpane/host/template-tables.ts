// The empty partner tables a user fills in: the schema's headers in the user's
// language, on a sheet named after the table, headers on row 1.
import type { RawTable } from '../../data/types';
import { tableSpec } from '../../data/schema';
import type { TableName } from '../../domain/codes';
import type { Lang } from '../../i18n';

/** An empty table of the schema, headers in `lang`. */
export function templateTable(table: TableName, lang: Lang): RawTable {
  const spec = tableSpec(table);
  return {
    table,
    sheet: table,
    headerRow: 1,
    firstColumn: 1,
    headers: spec.columns.map((c) => (lang === 'en' ? c.en : c.fr)),
    rows: [],
  };
}
