// The ExcelJS writer's charts: each chart of the plan is in the package, over the plan's
// ranges, in a package that stays well-formed; checked by reading the zip back.
import fc from 'fast-check';
import { writePlan } from '../../src/adapters/exceljs';
import { addChartsToPackage, withDrawingElement } from '../../src/adapters/exceljs/charts';
import type { PlanChart, PlanChartType, PlanSheet, WorkbookPlan } from '../../src/plan/types';
import { smallPlan } from '../plan-fixtures';
import { chartedPlan } from './charted-model';
import { schemaViolations } from './chart-schema';
import { chartsOfSheet, packageProblems, readParts, seriesRefs, xmllintProblems, type Parts } from './package-inspect';
import { worksheetOrderViolations } from './worksheet-schema';
import { findAll, parseXml } from './xml-tree';

let plan: WorkbookPlan;
let parts: Parts;

beforeAll(async () => {
  plan = chartedPlan('fr');
  parts = await readParts(await writePlan(plan));
}, 60_000);

describe('the charts of the written model', () => {
  it('holds one chart part per chart of the plan', () => {
    const planned = plan.sheets.reduce((n, s) => n + (s.charts?.length ?? 0), 0);
    // Three scenario sheets (1 each), scenarios compared (2), comparison (2), tornado and Monte Carlo (3 each).
    expect(planned).toBe(13);
    expect([...parts.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(planned);
  });

  it('draws each chart on its sheet over the ranges, names and title of the plan', () => {
    for (const sheet of plan.sheets) {
      const written = chartsOfSheet(parts, sheet.name);
      expect(written).toHaveLength(sheet.charts?.length ?? 0);
      (sheet.charts ?? []).forEach((c, i) => {
        const refs = seriesRefs(written[i].root);
        expect(refs.map((r) => r.val)).toEqual(c.series.map((s) => s.values));
        expect(refs.map((r) => r.cat)).toEqual(c.series.map((s) => s.categories));
        expect(refs.map((r) => r.name)).toEqual(c.series.map((s) => s.nameRef));
        const title = findAll(findAll(written[i].root, 'c:title')[0], 'a:t').map((t) => t.text).join('');
        expect(title).toBe(c.title);
        // xdr:from/to are 0-based; the anchor's last cell is covered, so `to` is the cell after it.
        expect(written[i].from).toEqual({ col: c.anchor.col - 1, row: c.anchor.row - 1 });
        expect(written[i].to).toEqual({ col: c.anchor.col - 1 + c.anchor.cols, row: c.anchor.row - 1 + c.anchor.rows });
      });
    }
  });

  it('writes each chart type with the DrawingML groups Excel uses for it', () => {
    const scenario = chartsOfSheet(parts, plan.sheets.find((s) => s.key === 'savings_S1')?.name as string)[0].root;
    const groups = (root: typeof scenario) => findAll(root, 'c:plotArea')[0].children.filter((c) => c.name.endsWith('Chart')).map((g) => g.name);
    expect(groups(scenario)).toEqual(['c:barChart', 'c:lineChart']);
    // Every tornado: horizontal stacked bars, the widest first on top; every histogram: columns.
    const tornados = chartsOfSheet(parts, plan.sheets.find((s) => s.key === 'tornado')?.name as string);
    expect(tornados.map((c) => [findAll(c.root, 'c:barDir')[0].attrs.val, findAll(c.root, 'c:grouping')[0].attrs.val]))
      .toEqual([['bar', 'stacked'], ['bar', 'stacked'], ['bar', 'stacked']]);
    expect(tornados.map((c) => findAll(findAll(c.root, 'c:catAx')[0], 'c:orientation')[0].attrs.val)).toEqual(['maxMin', 'maxMin', 'maxMin']);
    const histograms = chartsOfSheet(parts, plan.sheets.find((s) => s.key === 'monteCarlo')?.name as string);
    expect(histograms.map((c) => findAll(c.root, 'c:barDir')[0].attrs.val)).toEqual(['col', 'col', 'col']);
    expect(findAll(scenario, 'c:barDir')[0].attrs.val).toBe('col');
    expect(findAll(scenario, 'c:grouping')[0].attrs.val).toBe('stacked');
    const comparison = chartsOfSheet(parts, plan.sheets.find((s) => s.key === 'comparison')?.name as string);
    expect(findAll(comparison[0].root, 'c:barDir')[0].attrs.val).toBe('bar');
    expect(findAll(comparison[0].root, 'c:grouping')[0].attrs.val).toBe('stacked');
    expect(findAll(comparison[1].root, 'c:grouping')[0].attrs.val).toBe('clustered');
    // Both groups of the combination share the two axes.
    const axIds = findAll(scenario, 'c:axId').map((a) => a.attrs.val);
    expect(new Set(axIds).size).toBe(2);
  });

  it('caches the values the plan expects in each series', () => {
    const sheet = plan.sheets.find((s) => s.key === 'scenarioComparison');
    const npv = chartsOfSheet(parts, sheet?.name as string)[1].root;
    const cached = findAll(findAll(npv, 'c:numCache')[0], 'c:v').map((v) => Number(v.text));
    const row = Number(/\$(\d+):/.exec(sheet?.charts?.[1].series[0].values as string)?.[1]);
    const expected = [4, 5, 6].map((col) => sheet?.cells.find((c) => c.row === row && c.col === col)?.expected);
    expect(cached).toEqual(expected);
  });

  it('keeps the package well-formed: content types, relationships, r:ids, XML', () => {
    expect(packageProblems(parts)).toEqual([]);
    expect(xmllintProblems(parts)).toBe('');
  });

  it('follows the element order of the DrawingML chart schema in every chart', () => {
    const charts = [...parts].filter(([p]) => p.startsWith('xl/charts/'));
    for (const [path, xml] of charts) expect([path, schemaViolations(parseXml(xml))]).toEqual([path, []]);
  });

  it('has a schema check that flags an element out of its place and a missing one', () => {
    const wrong = parseXml('<c:valAx><c:scaling/><c:axId val="1"/><c:axPos val="l"/></c:valAx>');
    expect(schemaViolations(wrong)).toEqual(['c:valAx: c:axId out of order', 'c:valAx: missing c:crossAx']);
  });

  it('puts <drawing> where the worksheet schema wants it: after the page setup, before the table parts', () => {
    const sheetXml = [...parts].filter(([p, x]) => p.startsWith('xl/worksheets/sheet') && x.includes('<drawing '));
    expect(sheetXml).toHaveLength(7); // the seven sheets with charts (plan-charts.test.ts)
    for (const [, xml] of sheetXml) {
      const at = xml.indexOf('<drawing ');
      for (const before of ['</sheetData>', '<pageMargins', '<pageSetup']) if (xml.includes(before)) expect(xml.indexOf(before)).toBeLessThan(at);
      for (const after of ['<tableParts', '<extLst', '<legacyDrawing']) if (xml.includes(after)) expect(xml.indexOf(after)).toBeGreaterThan(at);
    }
  });

  it('keeps the children of every worksheet in the order of CT_Worksheet', () => {
    const sheets = [...parts].filter(([p]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(sheets).toHaveLength(plan.sheets.length);
    for (const [path, xml] of sheets) expect([path, worksheetOrderViolations(xml)]).toEqual([path, []]);
  });
});

describe('a sheet with charts, a table, validations, conditional formats, protection and print setup', () => {
  // The small plan's data sheet (a table, a list validation) given two charts over its amounts,
  // a conditional format, protection and a print setup: every element the stream writer adds.
  const base = smallPlan();
  const sheet = base.sheets.find((s) => s.key === 'data') as PlanSheet;
  const chart = (key: string, row: number): PlanChart => ({
    key, type: 'column', title: `Montants ${key}`, anchor: { row, col: 4, rows: 10, cols: 5 },
    series: [{ name: 'Montant', values: "'Données'!$B$3:$B$5", categories: "'Données'!$A$3:$A$5" }],
  });
  const full: WorkbookPlan = {
    ...base,
    sheets: base.sheets.map((s) => (s !== sheet ? s : {
      ...s,
      charts: [chart('a', 2), chart('b', 14)],
      conditionalFormats: [{ range: { row: 3, col: 2, rows: 3, cols: 1 }, kind: 'scale', min: -200, max: 2500 }],
      protect: true,
      print: { landscape: true, fitToWidth: true, area: { row: 1, col: 1, rows: 5, cols: 2 }, header: 'En-tête', footer: null },
    })),
  };
  let written: Parts;
  let sheetXml: string;
  beforeAll(async () => {
    written = await readParts(await writePlan(full));
    const index = full.sheets.indexOf(full.sheets.find((s) => s.key === 'data') as PlanSheet) + 1;
    sheetXml = written.get(`xl/worksheets/sheet${index}.xml`) as string;
  });

  it('writes its elements in the order of CT_Worksheet, <drawing> before <tableParts>', () => {
    expect(worksheetOrderViolations(sheetXml)).toEqual([]);
    for (const tag of ['<sheetProtection', '<conditionalFormatting', '<dataValidations', '<pageSetup', '<headerFooter', '<drawing ', '<tableParts']) {
      expect([tag, sheetXml.includes(tag)]).toEqual([tag, true]);
    }
  });

  it('keeps the package well-formed and draws both charts over the planned ranges', () => {
    expect(packageProblems(written)).toEqual([]);
    expect(xmllintProblems(written)).toBe('');
    expect(chartsOfSheet(written, 'Données').map((c) => seriesRefs(c.root).map((r) => r.val))).toEqual([["'Données'!$B$3:$B$5"], ["'Données'!$B$3:$B$5"]]);
  });
});

describe('the worksheet order check', () => {
  it('flags a drawing after the table parts, protection after the validations and a repeated element', () => {
    const xml = '<worksheet><sheetData/><dataValidations/><sheetProtection/><pageSetup/><pageSetup/><tableParts/><drawing/></worksheet>';
    expect(worksheetOrderViolations(xml)).toEqual(['sheetProtection after dataValidations', 'pageSetup after pageSetup', 'drawing after tableParts']);
  });
});

/** The parts without the core properties (time stamps), relationships without the spaces between elements. */
function comparable(parts: Parts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, xml] of parts) if (path !== 'docProps/core.xml') out[path] = path.endsWith('.rels') ? xml.replace(/>\s+</g, '><') : xml;
  return out;
}

describe('addChartsToPackage', () => {
  it('leaves a plan without charts as ExcelJS wrote it', async () => {
    const bytes = await writePlan(smallPlan());
    const out = await readParts(bytes);
    expect([...out.keys()].some((p) => p.includes('chart') || p.includes('drawing'))).toBe(false);
  });

  it('declares the r namespace when the sheet lacks it, and refuses a sheet that already has a drawing', () => {
    const xml = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/><tableParts count="0"/></worksheet>';
    const out = withDrawingElement(xml, 'rId3');
    expect(out).toContain('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
    expect(out.indexOf('<drawing r:id="rId3"/>')).toBeLessThan(out.indexOf('<tableParts'));
    expect(() => withDrawingElement(out, 'rId4')).toThrow('already has a drawing');
  });

  it('keeps any set of charts on any sheets well-formed and complete (seeded property)', async () => {
    const base = smallPlan();
    const types: PlanChartType[] = ['column', 'stackedColumn', 'bar', 'stackedBar', 'line', 'columnLine'];
    const chartArb = (sheetName: string) => fc.record({
      type: fc.constantFrom(...types),
      series: fc.integer({ min: 1, max: 4 }),
      row: fc.integer({ min: 1, max: 60 }),
      title: fc.string({ maxLength: 20 }),
    }).map((c): PlanChart => ({
      key: `k${c.row}`, type: c.type, title: c.title, anchor: { row: c.row, col: 2, rows: 10, cols: 5 },
      series: Array.from({ length: c.series }, (_, i) => ({
        name: `S<&>${i}`, values: `'${sheetName}'!$B$${i + 2}:$D$${i + 2}`, categories: `'${sheetName}'!$B$1:$D$1`, line: i === 0 && c.type === 'columnLine',
      })),
    }));
    const planArb = fc.tuple(...base.sheets.map((s) => fc.array(chartArb(s.name), { maxLength: 3 })))
      .map((lists): WorkbookPlan => ({ ...base, sheets: base.sheets.map((s, i) => ({ ...s, charts: lists[i] })) }));
    await fc.assert(fc.asyncProperty(planArb, async (p) => {
      const out = await readParts(await addChartsToPackage(await writePlan({ ...p, sheets: p.sheets.map((s) => ({ ...s, charts: [] })) }), p));
      expect(packageProblems(out)).toEqual([]);
      // The stream writer adds the same parts while it writes (the core properties differ by their time stamps).
      expect(comparable(await readParts(await writePlan(p)))).toEqual(comparable(out));
      for (const s of p.sheets) {
        const written = chartsOfSheet(out, s.name);
        expect(written.map((w) => seriesRefs(w.root).map((r) => r.val))).toEqual((s.charts ?? []).map((c) => c.series.map((x) => x.values)));
        for (const w of written) expect(schemaViolations(w.root)).toEqual([]);
      }
    }), { seed: 8, numRuns: 25 });
  }, 60_000);
});
