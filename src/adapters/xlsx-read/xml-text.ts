// Text and attribute values of the XML parts, decoded the way ExcelJS's XML parser (saxes)
// hands them over: line ends normalised, the five entities and character references replaced.
// Whatever saxes would reject (an unknown entity, a bad character reference) is unsupported.
import { supported, XlsxUnsupported } from './unsupported';

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character data: `\r\n` and `\r` become `\n`, then entities are replaced. */
export function decodeText(raw: string): string {
  const text = raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw;
  return text.indexOf('&') >= 0 ? decodeEntities(text) : text;
}

/** An attribute value: line ends and tabs become spaces (XML attribute normalisation), then entities. */
export function decodeAttribute(raw: string): string {
  supported(raw.indexOf('<') < 0, '"<" in an attribute');
  const text = /[\r\n\t]/.test(raw) ? raw.replace(/\r\n|[\r\n\t]/g, ' ') : raw;
  return text.indexOf('&') >= 0 ? decodeEntities(text) : text;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_:][\w.:-]*)?(;)?/g, (whole, name: string | undefined, semi: string | undefined) => {
    supported(name !== undefined && semi !== undefined, `entity ${whole}`);
    if (name[0] !== '#') {
      const named = NAMED[name];
      if (named === undefined) throw new XlsxUnsupported(`entity ${whole}`);
      return named;
    }
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    supported(isXmlChar(code), `character reference ${whole}`);
    return String.fromCodePoint(code);
  });
}

/** XML 1.0's Char production: what a character reference may name. */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff)
    || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/**
 * ExcelJS decodes some texts a second time (sheet names, `str` cells): only the five named
 * entities in lower case, anything else left as it is.
 */
export function excelXmlDecode(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&([a-z]*);/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : whole));
}

/** Excel's `_xHHHH_` escapes (upper-case hex only), as ExcelJS undoes them in shared strings and rich text runs. */
export function unescapeExcel(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Rejects what the targeted scanner does not model but saxes would treat specially: comments,
 * CDATA sections and DOCTYPEs (`<!`), processing instructions after the declaration, `]]>` in
 * text and characters XML forbids (saxes fails on these; ExcelJS then reports a broken file).
 * With `skip`, markup is looked for only outside that range (a sheet's <sheetData>, whose
 * scanner rejects any element it does not expect).
 */
export function assertPlainXml(xml: string, part: string, skip?: { readonly start: number; readonly end: number }): void {
  const declarationEnd = /^<\?xml[\s?]/.test(xml) ? xml.indexOf('?>') + 2 : 0;
  if (skip === undefined) {
    supported(xml.indexOf('<!') < 0 && xml.indexOf('<?', declarationEnd) < 0, `comment, CDATA, DOCTYPE or processing instruction in ${part}`);
  } else {
    const headInstruction = xml.lastIndexOf('<?', skip.start);
    supported(xml.lastIndexOf('<!', skip.start) < 0 && xml.indexOf('<!', skip.end) < 0
      && (headInstruction < 0 || (headInstruction === 0 && declarationEnd > 0)) && xml.indexOf('<?', skip.end) < 0,
    `comment, CDATA, DOCTYPE or processing instruction in ${part}`);
  }
  supported(xml.indexOf(']]>') < 0, `"]]>" in ${part}`);
  // eslint-disable-next-line no-control-regex
  supported(!/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/.test(xml), `forbidden character in ${part}`);
}
