// Where a worksheet part keeps what the partner tables need: the <sheetData> range, merged
// ranges, hyperlinked cells and table parts (all after <sheetData> in a well-formed sheet).
import { decodeRange, type CellBox } from '../exceljs/input-range';
import { supported } from './unsupported';
import { assertPlainXml } from './xml-text';
import { elementRange, rootTag, tagsNamed } from './xml-tag';

export interface SheetLayout {
  /** The <sheetData> content range. */
  readonly data: { readonly start: number; readonly end: number };
  readonly merges: readonly CellBox[];
  /** Cells ExcelJS turns into hyperlink values (external links, by their `r:id`). */
  readonly hyperlinks: ReadonlySet<string>;
  /** The relationship ids of the sheet's tables, in order. */
  readonly tableIds: readonly string[];
}

const AFTER_DATA = ['mergeCells', 'hyperlinks', 'tableParts'];
const PLAIN_RANGE = /^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$/;

/**
 * The layout of worksheet `xml`; `rels` are its relationships. Overlapping merges and links
 * to a missing relationship (ExcelJS throws on both) are unsupported.
 *
 * @example sheetLayout(xml, rels).tableIds // ['rId1']
 */
export function sheetLayout(xml: string, rels: ReadonlyMap<string, string | undefined>, part: string): SheetLayout {
  const data = elementRange(xml, 'sheetData', 0, xml.length, true);
  supported(data !== null, `${part} without <sheetData>`);
  assertPlainXml(xml, part, data);
  supported(rootTag(xml).name === 'worksheet', `root of ${part}`);
  for (const name of AFTER_DATA) supported(xml.lastIndexOf(`<${name}`, data.start) < 0, `<${name}> before <sheetData>`);
  const tail = data.end;
  const merges: CellBox[] = [];
  const mergeList = elementRange(xml, 'mergeCells', tail);
  if (mergeList) {
    for (const tag of tagsNamed(xml, 'mergeCell', mergeList.start, mergeList.end)) {
      const ref = tag.attributes.ref ?? '';
      supported(PLAIN_RANGE.test(ref), `merged range ${ref}`);
      const box = decodeRange(ref) as CellBox;
      supported(merges.length < 2000 && !merges.some((m) => intersects(m, box)), 'overlapping or too many merged ranges');
      merges.push(box);
    }
  }
  const hyperlinks = new Set<string>();
  const linkList = elementRange(xml, 'hyperlinks', tail);
  if (linkList) {
    for (const tag of tagsNamed(xml, 'hyperlink', linkList.start, linkList.end)) {
      const id = tag.attributes['r:id'];
      if (!id) continue;
      supported(rels.get(id) !== undefined, 'hyperlink without its relationship');
      hyperlinks.add(tag.attributes.ref);
    }
  }
  const tableList = elementRange(xml, 'tableParts', tail);
  const tableIds = tableList ? tagsNamed(xml, 'tablePart', tableList.start, tableList.end).map((t) => t.attributes['r:id']) : [];
  return { data, merges, hyperlinks, tableIds };
}

function intersects(a: CellBox, b: CellBox): boolean {
  return !(b.bottom < a.top || b.top > a.bottom || b.right < a.left || b.left > a.right);
}
