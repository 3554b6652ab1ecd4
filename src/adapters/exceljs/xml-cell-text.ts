// Text of a worksheet cell's XML (a formula, a text result), escaped as ExcelJS escapes it
// (utils.xmlEncode of ExcelJS 4.4), so that the stream writer's own rows read back as its would.

/** The controls ExcelJS drops: all but tab, line feed and carriage return, and DEL (XML 1.0 forbids most of them). */
const DROPPED = [...Array(32).keys()].filter((code) => code !== 9 && code !== 10 && code !== 13).concat(127);
const CLASS = `[<>&'"${DROPPED.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`;
const SPECIAL = new RegExp(CLASS);
const SPECIALS = new RegExp(CLASS, 'g');
const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/**
 * `text` safe in an element or an attribute: the specials as entities; the characters XML 1.0 forbids
 * dropped, since no entity may stand for them either (a file with one of them does not open).
 * @example xmlCellText('a<b & "c"\u0001') // 'a&lt;b &amp; &quot;c&quot;'
 */
export function xmlCellText(text: string): string {
  // Nearly every text has no special: one test, no copy.
  if (!SPECIAL.test(text)) return text;
  return text.replace(SPECIALS, (ch) => ENTITIES[ch] ?? '');
}
