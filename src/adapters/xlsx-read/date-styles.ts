// Which cell styles make a number a date, by ExcelJS's rule: the style's number format
// (custom, else built-in) holds a date or time letter outside quotes and brackets.
import { supported } from './unsupported';
import { assertPlainXml } from './xml-text';
import { elementRange, tagsNamed } from './xml-tag';
import type { ZipPackage } from './zip-entries';

/** The built-in formats ExcelJS knows by id (its defaultnumformats table, ids with a plain code). */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00',
  12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy',
  18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** ExcelJS's isDateFmt: a date/time letter left once bracketed and quoted parts are removed. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * For each cell style index (`s="…"`, the cellXfs list of xl/styles.xml), whether ExcelJS
 * reads a number with that style as a date. A package without styles is unsupported.
 *
 * @example dateStyles(zip)[3] // true when cellXfs[3] uses format 14 (mm-dd-yy)
 */
export function dateStyles(zip: ZipPackage): boolean[] {
  const xml = zip.text('xl/styles.xml');
  supported(xml !== null, 'package without xl/styles.xml');
  assertPlainXml(xml, 'styles');
  const custom = new Map<number, string>();
  const formats = elementRange(xml, 'numFmts');
  if (formats) {
    for (const tag of tagsNamed(xml, 'numFmt', formats.start, formats.end)) {
      const code = tag.attributes.formatCode;
      supported(code !== undefined, 'number format without a code');
      // ExcelJS drops the backslash of each escaped character before testing the format.
      custom.set(parseInt(tag.attributes.numFmtId, 10), code.replace(/[\\](.)/g, '$1'));
    }
  }
  const xfs = elementRange(xml, 'cellXfs');
  supported(xfs !== null, 'styles without cellXfs');
  const styles = tagsNamed(xml, 'xf', xfs.start, xfs.end).map((tag) => {
    const id = parseInt(tag.attributes.numFmtId, 10);
    // A format id of 0 (or none) means General, never a date.
    return id ? isDateFormat(custom.get(id) || BUILT_IN[id]) : false;
  });
  supported(styles.length > 0, 'empty cellXfs');
  return styles;
}
