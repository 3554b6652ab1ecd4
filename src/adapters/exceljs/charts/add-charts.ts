// Adds the plan's charts to the .xlsx package ExcelJS wrote (ExcelJS writes no charts):
// per sheet with charts, one drawing part and its relationships, one chart part per chart,
// the sheet's <drawing r:id> and relationship, and the content types of the new parts.
import JSZip from 'jszip';
import type { PlanSheet, WorkbookPlan } from '../../../plan/types';
import { PlanWriteError } from '../plan-write-error';
import { rangeValuesOf } from './range-values';
import { freeRelId, parseRelationships, REL_DRAWING, relationshipsXml, withOverrides } from './relationships';
import { sheetChartParts } from './sheet-chart-parts';
import { xmlUnescape } from './xml-text';

/** Elements that follow <drawing> in CT_Worksheet (dml/sml schema order): it goes before the first present. */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async('string') : null;
}

/** `worksheets/sheet1.xml` from xl/_rels/workbook.xml.rels → `xl/worksheets/sheet1.xml`. */
function partPath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = [...base.split('/').slice(0, -1), ...target.split('/')];
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Sheet name → its part path, from the workbook and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = parseRelationships(await text(zip, 'xl/_rels/workbook.xml.rels'));
  if (!workbook) throw new PlanWriteError('The package has no xl/workbook.xml');
  const byId = new Map(rels.map((r) => [r.id, partPath('xl/workbook.xml', r.target)]));
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[1])?.[1];
    const path = id === undefined ? undefined : byId.get(id);
    if (name !== undefined && path !== undefined) parts.set(xmlUnescape(name), path);
  }
  return parts;
}

/** The next free number of `xl/<folder>/<stem>N.xml`. */
function nextNumber(zip: JSZip, folder: string, stem: string): number {
  const re = new RegExp(`^xl/${folder}/${stem}(\\d+)\\.xml$`);
  return Object.keys(zip.files).reduce((max, path) => Math.max(max, Number(re.exec(path)?.[1] ?? 0)), 0) + 1;
}

/** The sheet XML with <drawing r:id> in its schema place and the r namespace declared. */
export function withDrawingElement(sheetXml: string, relId: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new PlanWriteError('The sheet already has a drawing');
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (!root) throw new PlanWriteError('Not a worksheet part');
  if (!/\bxmlns:r=/.test(root[0])) xml = xml.replace(root[0], root[0].replace(/>$/, ` xmlns:r="${R_NS}">`));
  const element = `<drawing r:id="${relId}"/>`;
  const positions = AFTER_DRAWING.map((name) => new RegExp(`<${name}\\b`).exec(xml)?.index ?? -1).filter((i) => i >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : xml.lastIndexOf('</worksheet>');
  return `${xml.slice(0, at)}${element}${xml.slice(at)}`;
}

/**
 * The package `bytes` with every chart of `plan` added; unchanged when the plan has none.
 * @example const withCharts = await addChartsToPackage(await wb.xlsx.writeBuffer(), plan);
 */
export async function addChartsToPackage(bytes: Buffer | Uint8Array, plan: WorkbookPlan): Promise<Buffer> {
  const charted = plan.sheets.filter((s): s is PlanSheet & { charts: NonNullable<PlanSheet['charts']> } => (s.charts ?? []).length > 0);
  if (charted.length === 0) return Buffer.from(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const values = rangeValuesOf(plan);
  let chartNo = nextNumber(zip, 'charts', 'chart');
  let drawingNo = nextNumber(zip, 'drawings', 'drawing');
  const overrides: { partName: string; contentType: string }[] = [];
  for (const sheet of charted) {
    const sheetPath = parts.get(sheet.name);
    if (!sheetPath) throw new PlanWriteError(`No part for sheet ${sheet.name}`);
    const made = sheetChartParts(sheet.charts, values, chartNo, drawingNo);
    for (const part of made.parts) zip.file(part.path, part.xml);
    overrides.push(...made.overrides);
    const sheetFile = sheetPath.split('/').pop() as string;
    const sheetRelsPath = `${sheetPath.slice(0, -sheetFile.length)}_rels/${sheetFile}.rels`;
    const sheetRels = parseRelationships(await text(zip, sheetRelsPath));
    const drawingRelId = freeRelId(sheetRels);
    zip.file(sheetRelsPath, relationshipsXml([...sheetRels, { id: drawingRelId, type: REL_DRAWING, target: made.drawingTarget }]));
    zip.file(sheetPath, withDrawingElement((await text(zip, sheetPath)) ?? '', drawingRelId));
    chartNo += sheet.charts.length;
    drawingNo += 1;
  }
  const contentTypes = await text(zip, '[Content_Types].xml');
  if (!contentTypes) throw new PlanWriteError('The package has no [Content_Types].xml');
  zip.file('[Content_Types].xml', withOverrides(contentTypes, overrides));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
