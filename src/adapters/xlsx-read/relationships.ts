// A package relationships part (`…/_rels/*.rels`): relationship id → target, as ExcelJS maps them.
import { assertPlainXml } from './xml-text';
import { tagsNamed } from './xml-tag';
import type { ZipPackage } from './zip-entries';

/**
 * The targets of the relationships part `path` by id (a later duplicate id wins, as in ExcelJS);
 * empty when the package has no such part.
 *
 * @example relationships(zip, 'xl/_rels/workbook.xml.rels').get('rId4') // 'worksheets/sheet1.xml'
 */
export function relationships(zip: ZipPackage, path: string): Map<string, string | undefined> {
  const xml = zip.text(path);
  const targets = new Map<string, string | undefined>();
  if (xml === null) return targets;
  assertPlainXml(xml, path);
  for (const tag of tagsNamed(xml, 'Relationship')) targets.set(tag.attributes.Id, tag.attributes.Target);
  return targets;
}
