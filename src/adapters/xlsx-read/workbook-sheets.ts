// The worksheets of a workbook in tab order, with the names and parts ExcelJS would give them.
import { relationships } from './relationships';
import { supported } from './unsupported';
import { assertPlainXml, excelXmlDecode } from './xml-text';
import { elementRange, tagsNamed } from './xml-tag';
import type { ZipPackage } from './zip-entries';

export interface SheetPart {
  /** The tab name. */
  readonly name: string;
  /** The worksheet part, `xl/worksheets/sheetN.xml`. */
  readonly path: string;
  /** Its relationships part. */
  readonly relsPath: string;
}

export interface WorkbookSheets {
  readonly sheets: readonly SheetPart[];
  /** Serial 0 is 1904-01-01 rather than 1899-12-31. */
  readonly date1904: boolean;
}

// ExcelJS takes worksheets from entries whose name holds this (unanchored) and skips the rest
// (chart sheets, dialog sheets); we read only parts of the strict shape.
const LOOSE_SHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const STRICT_SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const SHEET_NAME_REJECTED = /[*?:/\\[\]]|^'|'$/;

/**
 * The sheets listed in `xl/workbook.xml` that are worksheets, in tab order, and the date system.
 * Anything ExcelJS would refuse or rename (an empty, too long, duplicate or ill-formed name,
 * odd sheet ids, two tabs on one part) is unsupported.
 *
 * @example workbookSheets(zip).sheets.map((s) => s.name) // ['Partenaires', 'Sites', …]
 */
export function workbookSheets(zip: ZipPackage): WorkbookSheets {
  const xml = zip.text('xl/workbook.xml');
  supported(xml !== null, 'package without xl/workbook.xml');
  assertPlainXml(xml, 'workbook');
  const rels = relationships(zip, 'xl/_rels/workbook.xml.rels');
  const list = elementRange(xml, 'sheets');
  supported(list !== null, 'workbook without <sheets>');
  const properties = tagsNamed(xml, 'workbookPr');
  supported(properties.length <= 1, 'repeated <workbookPr>');
  const sheets: SheetPart[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  const paths = new Set<string>();
  for (const tag of tagsNamed(xml, 'sheet', list.start, list.end)) {
    const { sheetId, name: rawName } = tag.attributes;
    const target = rels.get(tag.attributes['r:id']);
    // ExcelJS keys sheets by sheetId: anything but distinct positive integers reorders or drops them.
    supported(/^[1-9]\d*$/.test(sheetId ?? '') && !ids.has(sheetId), 'sheet id');
    ids.add(sheetId);
    if (target === undefined) continue;
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!zip.has(path) || !LOOSE_SHEET.test(path)) continue;
    const match = STRICT_SHEET.exec(path);
    supported(match !== null && !paths.has(path), `sheet part ${path}`);
    paths.add(path);
    supported(rawName !== undefined, 'sheet without a name');
    const name = excelXmlDecode(rawName);
    supported(name !== '' && name !== 'History' && name.length <= 31 && !SHEET_NAME_REJECTED.test(name), `sheet name ${name}`);
    supported(!names.has(name.toLowerCase()), `duplicate sheet name ${name}`);
    names.add(name.toLowerCase());
    sheets.push({ name, path, relsPath: `xl/worksheets/_rels/sheet${match[1]}.xml.rels` });
  }
  supported(zip.names.every((n) => !LOOSE_SHEET.test(n) || STRICT_SHEET.test(n)), 'worksheet part name');
  return { sheets, date1904: properties[0]?.attributes.date1904 === '1' };
}
