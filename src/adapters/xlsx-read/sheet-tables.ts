// The Excel tables of one worksheet as ExcelJS's table model gives them to findTable: ExcelJS falls
// back to the name when the display name is missing, and reads a totals row only from `totalsRowCount="1"`.
import type { TableModel } from '../locate-partner-tables';
import { supported } from './unsupported';
import { assertPlainXml } from './xml-text';
import { rootTag, tagsNamed } from './xml-tag';
import type { ZipPackage } from './zip-entries';

const TABLE_TARGET = /^\.\.\/tables\/(table\d+)\.xml$/;

/**
 * The tables of a sheet, in the order ExcelJS keeps them (keyed by name: a repeated or
 * numeric name would reorder them, and is unsupported).
 *
 * @example sheetTables(zip, ['rId1'], rels)[0].name // 'Budgets'
 */
export function sheetTables(zip: ZipPackage, ids: readonly string[], rels: ReadonlyMap<string, string | undefined>): TableModel[] {
  const names = new Set<string>();
  return ids.map((id) => {
    const target = rels.get(id);
    const match = TABLE_TARGET.exec(target ?? '');
    const path = match ? `xl/tables/${match[1]}.xml` : '';
    const xml = match ? zip.text(path) : null;
    supported(xml !== null, `table part ${target}`);
    assertPlainXml(xml, path);
    const root = rootTag(xml);
    supported(root.name === 'table' && tagsNamed(xml, 'tableColumns').length === 1, `table part ${path}`);
    const { name, displayName, ref, totalsRowCount } = root.attributes;
    const key = String(name);
    supported(!names.has(key) && !/^(0|[1-9]\d*)$/.test(key), `table name ${key}`);
    names.add(key);
    return { name, displayName: displayName || name, ref, totalsRow: totalsRowCount === '1' };
  });
}
