// The shared string table (xl/sharedStrings.xml), each entry already the CellValue a cell
// showing it gives: plain text, rich text runs joined, '' as null.
import type { CellValue } from '../../data/types';
import { runText, textElement } from './rich-text';
import { supported } from './unsupported';
import { assertPlainXml, unescapeExcel } from './xml-text';
import { readTag, rootTag } from './xml-tag';
import type { ZipPackage } from './zip-entries';

/**
 * The shared strings in order, or null when the package has none. An `<si>` ExcelJS would
 * choke on (plain text followed by runs, an unknown child) is unsupported.
 *
 * @example sharedStrings(zip)?.[0] // 'Code'
 */
export function sharedStrings(zip: ZipPackage): CellValue[] | null {
  const xml = zip.text('xl/sharedStrings.xml');
  if (xml === null) return null;
  assertPlainXml(xml, 'sharedStrings');
  const root = rootTag(xml);
  supported(root.name === 'sst', 'shared strings root');
  const strings: CellValue[] = [];
  if (root.selfClosing) return strings;
  let at = root.end;
  for (;;) {
    const lt = xml.indexOf('<', at);
    supported(lt >= 0, 'unclosed <sst>');
    if (xml.startsWith('</sst>', lt)) return strings;
    const si = readTag(xml, lt);
    supported(si.name === 'si', `<${si.name}> in shared strings`);
    if (si.selfClosing) {
      strings.push(null);
      at = si.end;
      continue;
    }
    const close = xml.indexOf('</si>', si.end);
    supported(close >= 0, 'unclosed <si>');
    strings.push(sharedString(xml, si.end, close));
    at = close + 5;
  }
}

/** One `<si>`: a `<t>` sets the text (the last one wins), `<r>` runs are joined, phonetic parts ignored. */
function sharedString(xml: string, start: number, end: number): CellValue {
  // The common case, one plain <t>.
  if (xml.startsWith('<t>', start)) {
    const t = textElement(xml, start + 3);
    if (t.end === end) return nonEmpty(unescapeExcel(t.text));
  }
  let text: string | undefined;
  let runs: string[] | undefined;
  let at = start;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 || lt >= end) break;
    const tag = readTag(xml, lt);
    if (tag.name === 't') {
      if (tag.selfClosing) {
        text = '';
        at = tag.end;
      } else {
        const t = textElement(xml, tag.end);
        text = unescapeExcel(t.text);
        at = t.end;
      }
    } else if (tag.name === 'r') {
      // Runs after a plain <t> make ExcelJS throw; runs before it are dropped by it.
      supported(text === undefined, 'text followed by runs in a shared string');
      const run = tag.selfClosing ? { text: '', end: tag.end } : runText(xml, tag.end);
      (runs ??= []).push(run.text);
      at = run.end;
    } else if (tag.name === 'rPh' || tag.name === 'phoneticPr') {
      at = tag.selfClosing ? tag.end : skipElement(xml, tag.end, tag.name);
    } else {
      supported(false, `<${tag.name}> in a shared string`);
    }
  }
  if (text !== undefined) return nonEmpty(text);
  return runs ? nonEmpty(runs.join('')) : null;
}

function skipElement(xml: string, start: number, name: string): number {
  const close = xml.indexOf(`</${name}>`, start);
  supported(close >= 0, `unclosed <${name}>`);
  return close + name.length + 3;
}

const nonEmpty = (text: string): string | null => (text === '' ? null : text);
