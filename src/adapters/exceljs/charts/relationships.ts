// Package relationships (.rels parts) and content types: read what ExcelJS wrote, add ours.
import { XML_HEADER, xmlEscape, xmlUnescape } from './xml-text';

export const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** The relationships of a .rels part (empty for none). */
export function parseRelationships(xml: string | null): Relationship[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => {
    const attr = (name: string) => xmlUnescape(new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1] ?? '');
    return { id: attr('Id'), type: attr('Type'), target: attr('Target') };
  });
}

/** A .rels part holding `rels`. */
export function relationshipsXml(rels: readonly Relationship[]): string {
  const items = rels.map((r) => `<Relationship Id="${xmlEscape(r.id)}" Type="${xmlEscape(r.type)}" Target="${xmlEscape(r.target)}"/>`).join('');
  return `${XML_HEADER}<Relationships xmlns="${RELS_NS}">${items}</Relationships>`;
}

/** The first `rIdN` not taken. */
export function freeRelId(rels: readonly Relationship[]): string {
  const taken = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (taken.has(`rId${n}`)) n += 1;
  return `rId${n}`;
}

/** [Content_Types].xml with an Override for each part (kept once). */
export function withOverrides(contentTypes: string, overrides: readonly { partName: string; contentType: string }[]): string {
  const missing = overrides.filter((o) => !contentTypes.includes(`PartName="${o.partName}"`));
  const added = missing.map((o) => `<Override PartName="${xmlEscape(o.partName)}" ContentType="${o.contentType}"/>`).join('');
  return contentTypes.replace('</Types>', `${added}</Types>`);
}
