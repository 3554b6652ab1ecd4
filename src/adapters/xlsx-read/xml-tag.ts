// One start tag of an XML part read at a known position: its name, its attributes (decoded)
// and where it ends. The parts are scanned with indexOf rather than a full XML parser: the
// reader looks only at the few elements the partner tables need.
import { decodeAttribute } from './xml-text';
import { supported } from './unsupported';

export interface XmlTag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Index just after the tag's `>`. */
  readonly end: number;
  readonly selfClosing: boolean;
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/** True when `<name` starts at `at` and is followed by the end of the name. */
export function tagStartsAt(xml: string, at: number, name: string): boolean {
  if (!xml.startsWith(name, at + 1) || xml.charCodeAt(at) !== 60) return false;
  const next = xml.charCodeAt(at + 1 + name.length);
  return isSpace(next) || next === 62 || next === 47;
}

/**
 * The start tag beginning at `at` (which holds `<`). Attribute values keep any `>` they hold;
 * a duplicate attribute or an unquoted value is unsupported, as saxes would reject it.
 *
 * @example readTag('<c r="A1" t="s">', 0) // { name: 'c', attributes: { r: 'A1', t: 's' }, end: 16, selfClosing: false }
 */
export function readTag(xml: string, at: number): XmlTag {
  let i = at + 1;
  while (i < xml.length) {
    const code = xml.charCodeAt(i);
    if (isSpace(code) || code === 62 || code === 47) break;
    i += 1;
  }
  const name = xml.slice(at + 1, i);
  const attributes: Record<string, string> = {};
  for (;;) {
    while (isSpace(xml.charCodeAt(i))) i += 1;
    const code = xml.charCodeAt(i);
    if (code === 62) return { name, attributes, end: i + 1, selfClosing: false };
    if (code === 47) {
      supported(xml.charCodeAt(i + 1) === 62, 'tag syntax');
      return { name, attributes, end: i + 2, selfClosing: true };
    }
    const equals = xml.indexOf('=', i);
    supported(equals > i, 'tag syntax');
    const key = xml.slice(i, equals).trimEnd();
    let q = equals + 1;
    while (isSpace(xml.charCodeAt(q))) q += 1;
    const quote = xml[q];
    supported(quote === '"' || quote === "'", 'attribute syntax');
    const close = xml.indexOf(quote, q + 1);
    supported(close > q && key.length > 0 && !/[\s<>/"']/.test(key), 'attribute syntax');
    supported(!Object.prototype.hasOwnProperty.call(attributes, key), 'duplicate attribute');
    attributes[key] = decodeAttribute(xml.slice(q + 1, close));
    i = close + 1;
  }
}

/** Every `<name …>` start tag in [from, to), in document order. */
export function tagsNamed(xml: string, name: string, from = 0, to = xml.length): XmlTag[] {
  const tags: XmlTag[] = [];
  for (let at = xml.indexOf(`<${name}`, from); at >= 0 && at < to; at = xml.indexOf(`<${name}`, at + 1)) {
    if (tagStartsAt(xml, at, name)) tags.push(readTag(xml, at));
  }
  return tags;
}

/**
 * The content range of the only `<name>…</name>` element in [from, to); null when absent;
 * unsupported when repeated. With `closeFromEnd`, the end tag is looked for from the end of
 * the part (a sheet's <sheetData> is most of it); the content is then scanned strictly.
 */
export function elementRange(
  xml: string, name: string, from = 0, to = xml.length, closeFromEnd = false,
): { start: number; end: number } | null {
  let at = xml.indexOf(`<${name}`, from);
  while (at >= 0 && at < to && !tagStartsAt(xml, at, name)) at = xml.indexOf(`<${name}`, at + 1);
  if (at < 0 || at >= to) return null;
  const tag = readTag(xml, at);
  const close = tag.selfClosing ? tag.end : closeFromEnd ? xml.lastIndexOf(`</${name}>`, to) : xml.indexOf(`</${name}>`, tag.end);
  supported(close >= tag.end, `unclosed <${name}>`);
  supported(close >= 0 && close <= to, `unclosed <${name}>`);
  // These elements never nest: a second one can only come after the first one's end.
  supported(tagsNamed(xml, name, close, to).length === 0, `repeated <${name}>`);
  return { start: tag.end, end: close };
}

/** The root element's start tag (after the XML declaration). */
export function rootTag(xml: string): XmlTag {
  let at = xml.indexOf('<');
  if (xml.startsWith('<?', at)) at = xml.indexOf('<', xml.indexOf('?>', at));
  supported(at >= 0, 'XML part without a root');
  return readTag(xml, at);
}
