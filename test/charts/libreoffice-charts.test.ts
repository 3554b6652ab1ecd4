// The charts through LibreOffice: it reads every chart of the written model over the planned
// ranges (.ods), prints each one (PDF: its title is on a page and the page is not blank where the
// chart stands), and draws them from the recalculated cells: with the savings rates doubled and
// the caches left as they were, the savings, cumulative, NPV and tornado charts change, and the
// partner charts and the Monte Carlo histograms (values stamped with their seed) do not. The model
// has thirteen charts: one per scenario sheet, two on the scenarios compared, two on the comparison,
// and a tornado and a histogram per scenario on the two sensitivity sheets. Two soffice runs in all. RENDER_CHART_DOCS=1 also writes docs/charts-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { writePlan } from '../../src/adapters/exceljs';
import { ASSUMPTION_COLS } from '../../src/plan/assumptions-layout';
import type { PlanChart, PlanSheet, WorkbookPlan } from '../../src/plan/types';
import { describeWithLibreOffice } from '../harness/libreoffice';
import { chartedPlan } from './charted-model';
import { readParts } from './package-inspect';
import { difference, ink, pageText, pdfPages, renderPng, RenderDir, type Box, type GreyPage } from './render';

const DPI = 30;

/** The plan with every savings rate doubled on the assumptions sheet; the expected values (the caches) untouched. */
function withDoubledSavingsRates(plan: WorkbookPlan): WorkbookPlan {
  const sheet = plan.sheets.find((s) => s.key === 'assumptions') as PlanSheet;
  const rows = new Set(sheet.cells.filter((c) => c.col === ASSUMPTION_COLS.key && String(c.value).startsWith('savingsRate.')).map((c) => c.row));
  const cells = sheet.cells.map((c) => (rows.has(c.row) && c.col === ASSUMPTION_COLS.value && typeof c.value === 'number' ? { ...c, value: c.value * 2 } : c));
  return { ...plan, sheets: plan.sheets.map((s) => (s === sheet ? { ...sheet, cells } : s)) };
}

/** LibreOffice's notation of a plan range: `'Sheet'!$I$5:$N$5` → `'Sheet'.I5:'Sheet'.N5`. */
function libreOfficeRange(ref: string): string {
  const m = /^('(?:[^']|'')+'|[^!]+)!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref) as RegExpExecArray;
  // LibreOffice quotes a sheet name only when it is not one word (letters, accented ones too, digits, _).
  const sheet = /^'[\p{L}\p{N}_]+'$/u.test(m[1]) ? m[1].slice(1, -1) : m[1];
  return `${sheet}.${m[2]}${m[3]}:${sheet}.${m[4] ?? m[2]}${m[5] ?? m[3]}`;
}

const count = (text: string, part: string) => text.split(part).length - 1;

/**
 * LibreOffice prints no page of a print area that holds only empty cells, so that a plan without
 * its charts would print fewer pages: a dot in the last cell of each print area keeps the pages
 * the same in every variant compared here (the charts stand left of it).
 */
function withPageMarkers(plan: WorkbookPlan): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((s) => {
      const area = s.print?.area;
      if (!area || !(s.charts ?? []).length) return s;
      return { ...s, cells: [...s.cells, { row: area.row + area.rows - 1, col: area.col + area.cols - 1, value: '.' }] };
    }),
  };
}

describeWithLibreOffice('the model\'s charts in LibreOffice', () => {
  let plan: WorkbookPlan;
  let charts: { sheet: PlanSheet; chart: PlanChart }[];
  let render: RenderDir;
  let pdf: Record<string, string>;
  let ods: JSZip;
  let pages: Record<'charted' | 'plain' | 'edited', GreyPage[]>;
  let bytes: Record<'charted' | 'plain' | 'edited', Buffer>;
  /** Each page's text (pdftotext), by variant. */
  let texts: Record<'charted' | 'plain', string[]>;

  beforeAll(async () => {
    plan = withPageMarkers(chartedPlan('fr'));
    charts = plan.sheets.flatMap((sheet) => (sheet.charts ?? []).map((chart) => ({ sheet, chart })));
    bytes = {
      charted: await writePlan(plan),
      // The same sheets and print areas without the charts: what differs on a page is the charts.
      plain: await writePlan({ ...plan, sheets: plan.sheets.map((s) => ({ ...s, charts: [] })) }),
      edited: await writePlan(withDoubledSavingsRates(plan)),
    };
    render = new RenderDir();
    pdf = render.convert(bytes, 'pdf');
    ods = await JSZip.loadAsync(readFileSync(render.convert({ charted: bytes.charted }, 'ods').charted));
    pages = { charted: pdfPages(pdf.charted, DPI), plain: pdfPages(pdf.plain, DPI), edited: pdfPages(pdf.edited, DPI) };
    const all = (name: 'charted' | 'plain') => Array.from({ length: pages[name].length }, (_, p) => pageText(pdf[name], p + 1));
    texts = { charted: all('charted'), plain: all('plain') };
  }, 300_000);

  afterAll(() => render?.dispose());

  it('reads every chart as a chart object on its sheet, over the planned ranges', async () => {
    // Three scenarios: 3 savings + 2 + 2 + 3 tornados + 3 histograms.
    expect(charts).toHaveLength(13);
    expect(charts.filter((c) => c.sheet.key === 'tornado' && c.chart.key.startsWith('tornado_'))).toHaveLength(3);
    expect(charts.filter((c) => c.sheet.key === 'monteCarlo' && c.chart.key.startsWith('histogram_'))).toHaveLength(3);
    const content = await ods.file('content.xml')?.async('string') as string;
    const tables = content.split('<table:table ').slice(1);
    for (const sheet of plan.sheets) {
      const table = tables.find((t) => t.startsWith(`table:name="${sheet.name.replace(/'/g, '&apos;')}"`)) as string;
      const objects = [...table.matchAll(/<draw:object draw:notify-on-update-of-ranges="([^"]*)"[^>]*xlink:href="\.\/([^"]+)"/g)];
      expect([sheet.key, objects.length]).toEqual([sheet.key, sheet.charts?.length ?? 0]);
      for (const [i, chart] of (sheet.charts ?? []).entries()) {
        const ranges = ` ${objects[i][1].replace(/&apos;/g, "'")} `;
        for (const s of chart.series) expect(ranges).toContain(` ${libreOfficeRange(s.values)} `);
        const object = await ods.file(`${objects[i][2]}/content.xml`)?.async('string') as string;
        expect(object).toContain('<chart:chart ');
      }
    }
  });

  it('prints every chart: its title is on a page of the PDF, and the page is not blank where it stands', () => {
    expect(pages.charted.length).toBe(pages.plain.length);
    const { charted, plain } = texts;
    for (const { chart } of charts) {
      const on = charted.map((text, p) => (count(text, chart.title) > count(plain[p], chart.title) ? p : -1)).filter((p) => p >= 0);
      expect([chart.title, on.length > 0]).toEqual([chart.title, true]);
      for (const p of on) {
        const { box } = difference(pages.charted[p], pages.plain[p]);
        expect(box).not.toBeNull();
        // Bars, lines, axes and labels: well over 2 % of the chart's box is drawn.
        const b = box as Box;
        expect(ink(pages.charted[p], b)).toBeGreaterThan(0.02 * (b.right - b.left + 1) * (b.bottom - b.top + 1));
      }
    }
  });

  it('draws from the recalculated cells: doubled savings rates change the scenario charts, not the partner charts', async () => {
    // The caches in the chart parts are the same in both files: only LibreOffice's recalculation can tell them apart.
    const chartParts = async (b: Buffer) => [...(await readParts(b))].filter(([p]) => p.startsWith('xl/charts/'));
    expect(await chartParts(bytes.edited)).toEqual(await chartParts(bytes.charted));
    const changedIn = (title: string) => {
      const pagesWith = texts.charted.map((_, p) => p).filter((p) => texts.charted[p].includes(title));
      return pagesWith.some((p) => {
        // Inside the chart's box (where the charted page differs from the plain one), the edited page differs from the charted one.
        const { box } = difference(pages.charted[p], pages.plain[p]);
        if (!box) return false;
        const { width } = pages.charted[p];
        let changed = 0;
        for (let y = box.top; y <= box.bottom; y++) {
          for (let x = box.left; x <= box.right; x++) {
            if (Math.abs(pages.charted[p].pixels[y * width + x] - pages.edited[p].pixels[y * width + x]) > 32) changed += 1;
          }
        }
        return changed > 20;
      });
    };
    const byKey = (key: string) => charts.filter((c) => c.chart.key.replace(/_S\d+$/, '') === key).map((c) => c.chart.title);
    for (const title of [...byKey('savingsByYear'), ...byKey('cumulativeNetBenefit'), ...byKey('npvByScenario'), ...byKey('tornado')]) {
      expect([title, changedIn(title)]).toEqual([title, true]);
    }
    for (const title of [...byKey('expenseStructure'), ...byKey('capacityByPartner'), ...byKey('histogram')]) {
      expect([title, changedIn(title)]).toEqual([title, false]);
    }
    expect(byKey('tornado')).toHaveLength(3);
    expect(byKey('histogram')).toHaveLength(3);
  });

  if (process.env.RENDER_CHART_DOCS === '1') {
    it('writes the PNG renders of two charts for the README', () => {
      const docs = join(__dirname, '..', '..', 'docs');
      mkdirSync(docs, { recursive: true });
      const shots: [string, string][] = [
        [charts.find((c) => c.chart.key === 'savingsByYear')?.chart.title as string, 'charts-savings-by-year.png'],
        [charts.find((c) => c.chart.key === 'cumulativeNetBenefit')?.chart.title as string, 'charts-cumulative-net-benefit.png'],
      ];
      for (const [title, file] of shots) {
        const p = texts.charted.findIndex((text) => text.includes(title));
        const { box } = difference(pages.charted[p], pages.plain[p]);
        renderPng(pdf.charted, p + 1, box as Box, DPI, 170, join(docs, file));
      }
    });
  }
});
