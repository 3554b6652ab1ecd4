// Reads an .xlsx package as its parts, and checks what keeps it well-formed: every part has a
// content type, every override names a part, every internal relationship resolves, every XML
// part parses (xmllint). Also finds the charts of a sheet through the relationships.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import JSZip from 'jszip';
import { child, findAll, parseXml, type XmlNode } from './xml-tree';

export type Parts = ReadonlyMap<string, string>;

export async function readParts(bytes: Buffer): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) if (!file.dir) parts.set(path, await file.async('string'));
  return parts;
}

function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

function resolveTarget(part: string, target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(part), target));
}

/** The relationships of `part`: id → { type, target part }. */
export function relationshipsOf(parts: Parts, part: string): Map<string, { type: string; target: string; external: boolean }> {
  const xml = parts.get(relsPathOf(part));
  const out = new Map<string, { type: string; target: string; external: boolean }>();
  if (!xml) return out;
  for (const r of parseXml(xml).children) {
    const external = r.attrs.TargetMode === 'External';
    out.set(r.attrs.Id, { type: r.attrs.Type, target: external ? r.attrs.Target : resolveTarget(part, r.attrs.Target), external });
  }
  return out;
}

/** Problems of the package (empty: well-formed as far as these rules go). */
export function packageProblems(parts: Parts): string[] {
  const problems: string[] = [];
  const types = parseXml(parts.get('[Content_Types].xml') ?? '<Types/>');
  const defaults = new Set(types.children.filter((c) => c.name === 'Default').map((c) => c.attrs.Extension.toLowerCase()));
  const overrides = new Set(types.children.filter((c) => c.name === 'Override').map((c) => c.attrs.PartName.slice(1)));
  for (const path of parts.keys()) {
    if (path === '[Content_Types].xml') continue;
    const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    if (!overrides.has(path) && !defaults.has(ext)) problems.push(`no content type for ${path}`);
  }
  for (const o of overrides) if (!parts.has(o)) problems.push(`override for a missing part ${o}`);
  for (const path of parts.keys()) {
    if (!path.endsWith('.rels')) continue;
    const source = path === '_rels/.rels' ? '' : posix.join(posix.dirname(posix.dirname(path)), posix.basename(path, '.rels'));
    const ids = new Set<string>();
    for (const r of parseXml(parts.get(path) as string).children) {
      if (ids.has(r.attrs.Id)) problems.push(`duplicate ${r.attrs.Id} in ${path}`);
      ids.add(r.attrs.Id);
      if (r.attrs.TargetMode === 'External') continue;
      const target = source === '' ? r.attrs.Target.replace(/^\//, '') : resolveTarget(source, r.attrs.Target);
      if (!parts.has(target)) problems.push(`${path}: ${r.attrs.Id} → missing ${target}`);
    }
  }
  // Every r:id a part uses is one of its relationships.
  for (const [path, xml] of parts) {
    if (!path.endsWith('.xml')) continue;
    const rels = relationshipsOf(parts, path);
    for (const m of xml.matchAll(/\br:id="([^"]+)"/g)) if (!rels.has(m[1])) problems.push(`${path}: r:id ${m[1]} has no relationship`);
  }
  return problems;
}

/** xmllint --noout over every XML part; returns its complaints (empty when all parse). */
export function xmllintProblems(parts: Parts): string {
  const dir = mkdtempSync(join(tmpdir(), 'coop-xml-'));
  try {
    const files: string[] = [];
    for (const [path, xml] of parts) {
      if (!/\.(xml|rels)$/.test(path)) continue;
      const file = join(dir, path.replace(/\[|\]/g, '_'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, xml);
      files.push(file);
    }
    try {
      execFileSync('xmllint', ['--noout', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
      return '';
    } catch (error) {
      return String((error as { stderr?: Buffer }).stderr ?? error);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface SheetChart {
  readonly path: string;
  readonly root: XmlNode;
  /** The two-cell anchor of the chart in the sheet's drawing: 0-based from/to col and row. */
  readonly from: { col: number; row: number };
  readonly to: { col: number; row: number };
}

/** The charts of the sheet named `sheetName`, in drawing order. */
export function chartsOfSheet(parts: Parts, sheetName: string): SheetChart[] {
  const workbook = parseXml(parts.get('xl/workbook.xml') as string);
  const sheet = findAll(workbook, 'sheet').find((s) => s.attrs.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const sheetPath = relationshipsOf(parts, 'xl/workbook.xml').get(sheet.attrs['r:id'])?.target as string;
  const drawingEl = findAll(parseXml(parts.get(sheetPath) as string), 'drawing')[0];
  if (!drawingEl) return [];
  const drawingPath = relationshipsOf(parts, sheetPath).get(drawingEl.attrs['r:id'])?.target as string;
  const drawingRels = relationshipsOf(parts, drawingPath);
  return findAll(parseXml(parts.get(drawingPath) as string), 'xdr:twoCellAnchor').map((a) => {
    const pos = (tag: string) => {
      const m = child(a, tag) as XmlNode;
      return { col: Number(child(m, 'xdr:col')?.text), row: Number(child(m, 'xdr:row')?.text) };
    };
    const path = drawingRels.get(findAll(a, 'c:chart')[0].attrs['r:id'])?.target as string;
    return { path, root: parseXml(parts.get(path) as string), from: pos('xdr:from'), to: pos('xdr:to') };
  });
}

/** A chart's series as its references (name, categories and values formulas) and chart group, in c:idx order. */
export function seriesRefs(chart: XmlNode): { idx: number; group: string; name: string | undefined; cat: string | undefined; val: string | undefined }[] {
  const plot = findAll(chart, 'c:plotArea')[0];
  const all = plot.children.filter((g) => g.name.endsWith('Chart')).flatMap((g) => g.children.filter((s) => s.name === 'c:ser').map((s) => {
    const f = (tag: string) => {
      const el = child(s, tag);
      return el ? findAll(el, 'c:f')[0]?.text : undefined;
    };
    return { idx: Number(child(s, 'c:idx')?.attrs.val), group: g.name, name: f('c:tx'), cat: f('c:cat'), val: f('c:val') };
  }));
  return all.sort((a, b) => a.idx - b.idx);
}
