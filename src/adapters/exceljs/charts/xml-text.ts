// XML text and attribute escaping for the parts this module writes.
import { xmlCellText } from '../xml-cell-text';

/**
 * Escapes `&`, `<`, `>` and both quotes, so the text is safe in elements and attributes; the
 * controls XML 1.0 forbids are dropped, as in the sheets' cells (a partner name pasted with one
 * would otherwise make a chart part unreadable).
 */
export function xmlEscape(text: string): string {
  return xmlCellText(text);
}

/** Undoes xmlEscape (and numeric entities), for names read from ExcelJS's parts. */
export function xmlUnescape(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
