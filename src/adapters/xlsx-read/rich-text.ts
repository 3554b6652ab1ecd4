// The text of `<t>` elements and rich text runs (`<r>`), as ExcelJS's text and rich text readers build it.
import { supported } from './unsupported';
import { decodeText, unescapeExcel } from './xml-text';
import { readTag, tagStartsAt } from './xml-tag';

/** The decoded text of the `<t>` whose start tag ends at `start` (not self-closing); returns it and the index after `</t>`. */
export function textElement(xml: string, start: number): { text: string; end: number } {
  const close = xml.indexOf('</t>', start);
  supported(close >= 0 && xml.indexOf('<', start) === close, 'markup inside <t>');
  return { text: decodeText(xml.slice(start, close)), end: close + 4 };
}

/**
 * The text of the run whose `<r>` start tag ends at `start`: the last `<t>` of the run with
 * Excel's `_xHHHH_` escapes undone ('' when the run has none; its formatting is ignored).
 * Returns it and the index after `</r>`.
 */
export function runText(xml: string, start: number): { text: string; end: number } {
  const close = xml.indexOf('</r>', start);
  supported(close >= 0, 'unclosed <r>');
  // Inside <sheetData> only runs are searched loosely: a comment or instruction there could hide a <t>.
  const run = xml.slice(start, close);
  supported(run.indexOf('<!') < 0 && run.indexOf('<?') < 0, 'comment or instruction in a rich text run');
  let text = '';
  for (let at = xml.indexOf('<t', start); at >= 0 && at < close; at = xml.indexOf('<t', at + 1)) {
    if (!tagStartsAt(xml, at, 't')) continue;
    const tag = readTag(xml, at);
    if (tag.selfClosing) {
      text = '';
      continue;
    }
    const element = textElement(xml, tag.end);
    text = unescapeExcel(element.text);
    at = element.end - 1;
  }
  return { text, end: close + 4 };
}
