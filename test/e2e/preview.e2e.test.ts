// End to end, in Debian's headless Chromium: the production build of the task
// pane, served over plain http, runs its in-browser preview. Insert the sample,
// generate, check each scenario's NPV against the engine, download the .xlsx and
// have LibreOffice recalculate it; add a scenario in the pane and regenerate.
//
// Run: npx jest test/e2e   (E2E_REUSE_BUILD=1 reuses an existing dist/taskpane build)
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { columnLetters, validateWorkbook } from '../../src/data';
import { buildModel } from '../../src/plan/build-model';
import { sampleRawWorkbook } from '../../src/sample';
import { serveStatic } from '../../scripts/serve-static';
import { compareWithPlan, describeMismatches, errorCells } from '../harness/compare-with-plan';
import { findSoffice, LibreOfficeSession } from '../harness/libreoffice';
import { findChromium, launchChromium } from './chromium';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'taskpane');
const OUT = join(ROOT, 'test-output', 'e2e');
const DOCS = join(ROOT, 'docs');
/** Tests write only test-output/; the README's picture is refreshed on request, so a test run never changes tracked files. */
const UPDATE_README_SCREENSHOTS = process.env.UPDATE_README_SCREENSHOTS === '1';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/';
const LONG = 180_000;

function buildProduction(): Promise<void> {
  if (process.env.E2E_REUSE_BUILD === '1' && existsSync(join(DIST, 'taskpane.html'))) return Promise.resolve();
  const cli = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, '--mode', 'production'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`webpack failed:\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
}

/** Formatted like the pane promises: whole euros, French grouping (not the pane's own code). */
const frenchEuros = (amount: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(amount);
/** Reads until the page shows `want` (or gives up after a generous while), and returns what it last read. */
async function settled<T>(read: () => Promise<T>, want: T, waitMs = 60_000): Promise<T> {
  const until = Date.now() + waitMs;
  let last = await read();
  while (last !== want && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await read();
  }
  return last;
}

/** A step of the pane (the preview's sheet tabs share some of their names). */
let step: (name: string) => ReturnType<Page['getByRole']>;
/** Spaces of every width as one: what a user reads. */
const spaces = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const chromiumPath = findChromium();
const describeInChromium = chromiumPath ? describe : process.env.CI === 'true' ? describe : describe.skip;
if (!chromiumPath && process.env.CI !== 'true') {
  console.warn('[skip] preview end-to-end test: Chromium not found (apt-get install chromium); skipped outside CI.');
}

describeInChromium('task pane preview in headless Chromium', () => {
  let browser: Browser | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let page: Page;
  const productErrors: string[] = [];

  beforeAll(async () => {
    if (!chromiumPath) throw new Error('Chromium is not installed; CI must install it (apt-get install chromium)');
    mkdirSync(OUT, { recursive: true });
    await buildProduction();
    server = await serveStatic(DIST);
    browser = await launchChromium(chromiumPath);
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true, locale: 'fr-FR' });
    page = await context.newPage();
    step = (name) => page.getByRole('tablist', { name: 'Étapes' }).getByRole('tab', { name });
    page.setDefaultTimeout(60_000);
    // No network here, and none wanted: the CDN request for Office.js is refused at once,
    // so the page takes the no-Office path deterministically.
    await page.route(`${OFFICE_CDN}**`, (route) => route.abort());
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() !== 'error') return;
      if ((message.location().url ?? '').startsWith(OFFICE_CDN)) return;
      productErrors.push(`${message.text()} @ ${message.location().url}`);
    });
    page.on('pageerror', (error) => productErrors.push(`uncaught: ${error.message}`));
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts the preview when Office.js cannot load, in French', async () => {
    await page.goto(`${server!.url}/taskpane.html?workbook=empty`);
    await page.getByRole('heading', { name: 'Modélisation de coopération' }).waitFor();
    await page.getByText('Aperçu dans le navigateur').waitFor();
    expect(await page.getByTestId('table-Partenaires').textContent()).toContain('absent');
    await page.screenshot({ path: join(OUT, '01-empty-workbook.png') });
  }, LONG);

  it('inserts the sample tables and lists them as found', async () => {
    await page.getByRole('button', { name: 'Insérer l’exemple' }).click();
    await page.getByText('Les quatre tableaux sont présents.').waitFor();
    const sample = sampleRawWorkbook();
    expect(spaces((await page.getByTestId('table-Budgets').textContent()) ?? '')).toContain(`${sample.Budgets!.rows.length} ligne(s)`);
    await page.screenshot({ path: join(OUT, '02-sample-inserted.png') });
  }, LONG);

  it('goes to the cell of a validation issue and highlights it', async () => {
    const buttons = page.getByRole('button', { name: /^Aller à la cellule / });
    // The sample carries warnings located in a cell: without any, this step would test nothing, so it fails.
    await buttons.first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    expect(await buttons.count()).toBeGreaterThan(0);
    const goTo = buttons.first();
    const label = (await goTo.getAttribute('aria-label')) ?? '';
    const [, sheet, cell] = /Aller à la cellule (.+)!([A-Z]+\d+)$/.exec(label) ?? [];
    await goTo.click();
    const target = page.locator(`table[data-sheet="${sheet}"] td[data-address="${cell}"]`);
    await target.waitFor();
    expect(await target.getAttribute('data-highlighted')).toBe('true');
    const inView = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.screenshot({ path: join(OUT, '03-go-to-cell.png') });
  }, LONG);

  it('reaches the Generate step with the keyboard alone', async () => {
    await step('Données').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Générer le modèle' }).waitFor();
  }, LONG);

  it('generates the model and shows each scenario’s NPV, its Monte Carlo median, the weighted first choice, the master check, the top risks and the readiness index', async () => {
    await page.getByTestId('generate').click();
    await page.getByTestId('npv-S1').waitFor({ timeout: 120_000 });

    const validation = validateWorkbook(sampleRawWorkbook());
    if (!validation.ok) throw new Error('the sample must validate');
    const { result } = buildModel(validation.value, { lang: 'fr', generatedAt: new Date(), productVersion: 'e2e' });
    expect(result.scenarios.map((s) => s.code)).toEqual(['S1', 'S2', 'S3']);
    for (const scenario of result.scenarios) {
      if (!scenario.npvEur.ok) throw new Error(`the sample's NPV of ${scenario.code} must be computable (${scenario.npvEur.reason})`);
      const shown = spaces((await page.getByTestId(`npv-${scenario.code}`).textContent()) ?? '');
      expect(shown).toBe(spaces(frenchEuros(scenario.npvEur.value)));
    }
    expect(await page.getByTestId('first-choice').textContent()).toContain(`: ${result.scoring.first} — `);
    expect(await page.getByTestId('master-check').textContent()).toContain(
      result.masterCheck ? 'Tous les contrôles sont vérifiés' : 'Au moins un contrôle échoue',
    );
    const links = await page.getByTestId('sheet-links').getByRole('button').allTextContents();
    expect(links.length).toBeGreaterThanOrEqual(5);

    // The Monte Carlo median of S1 and the readiness index, as the engine computes them (same seed, same draws).
    const s1Range = result.sensitivity.scenarios.find((s) => s.code === 'S1')!.monteCarlo;
    expect(spaces((await page.getByTestId('mc-p50-S1').textContent()) ?? '')).toBe(spaces(frenchEuros(s1Range.p50Eur)));
    const readinessPercent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(result.readiness.index);
    expect(spaces((await page.getByTestId('readiness-index').textContent()) ?? '')).toBe(spaces(`Indice de préparation : ${readinessPercent}`));
    expect(await page.getByTestId('top-risks').getByRole('listitem').count()).toBe(3);

    await page.screenshot({ path: join(OUT, '04-results.png') });
    // The README's picture: the task pane alone, results showing.
    await page.locator('main').screenshot({ path: join(OUT, 'taskpane.png') });
    if (UPDATE_README_SCREENSHOTS) {
      mkdirSync(DOCS, { recursive: true });
      await page.locator('main').screenshot({ path: join(DOCS, 'taskpane.png') });
    }
  }, LONG);

  it('fits the results, Monte Carlo range, risks and readiness included, in a 340 px task pane without horizontal overflow', async () => {
    await page.setViewportSize({ width: 340, height: 900 });
    try {
      await page.getByTestId('readiness-index').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(OUT, '04b-results-340px.png'), fullPage: true });
      const overflow = await page.evaluate(() => {
        const root = document.scrollingElement as HTMLElement;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      // Every figure of the range lies within the pane.
      const right = await page.getByTestId('monte-carlo').locator('td').evaluateAll((cells) =>
        Math.max(...cells.map((el) => el.getBoundingClientRect().right)));
      expect(right).toBeLessThanOrEqual(340);
    } finally {
      await page.setViewportSize({ width: 1280, height: 1000 });
    }
  }, LONG);

  it('shows a generated sheet from its link', async () => {
    const link = page.getByTestId('sheet-links').getByRole('button').nth(1);
    const name = ((await link.textContent()) ?? '').trim();
    await link.click();
    await page.locator(`table[data-sheet="${name}"]`).waitFor();
    await page.screenshot({ path: join(OUT, '05-generated-sheet.png') });
  }, LONG);

  it('downloads an .xlsx that LibreOffice recalculates without error, to the engine’s values', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByTestId('download').click(),
    ]);
    const file = join(OUT, 'preview-model.xlsx');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('modele-cooperation.xlsx');
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    if (!findSoffice()) {
      if (process.env.CI === 'true') throw new Error('LibreOffice (soffice) is not installed; CI must install libreoffice-calc');
      console.warn('[skip] LibreOffice not found: the downloaded model was not recalculated.');
      return;
    }
    const validation = validateWorkbook(sampleRawWorkbook());
    if (!validation.ok) throw new Error('the sample must validate');
    const { plan } = buildModel(validation.value, { lang: 'fr', generatedAt: new Date(), productVersion: 'e2e', warnings: validation.warnings });
    const session = await LibreOfficeSession.start();
    try {
      const grid = await session.recalculateGrid(bytes);
      expect(errorCells(grid)).toEqual([]);
      const comparison = compareWithPlan(plan, grid);
      expect(comparison.compared).toBeGreaterThan(0);
      if (comparison.mismatches.length > 0) throw new Error(describeMismatches(comparison.mismatches));
    } finally {
      session.dispose();
    }
  }, 300_000);

  it('shows a value typed into the assumptions sheet in the pane, and regenerates with it', async () => {
    const validation = validateWorkbook(sampleRawWorkbook());
    if (!validation.ok) throw new Error('the sample must validate');
    const { plan } = buildModel(validation.value, { lang: 'fr', generatedAt: new Date(), productVersion: 'e2e' });
    // Where the discount rate stands: the plan's defined name DiscountRate.
    const name = plan.names.find((n) => n.name === 'DiscountRate')!;
    const sheetName = plan.sheets.find((sh) => sh.key === name.sheetKey)!.name;
    const address = `${columnLetters(name.col)}${name.row}`;

    // Type 6 % into the sheet of the preview, as a user would in Excel.
    await page.getByTestId('preview-workbook').getByRole('tab', { name: sheetName }).click();
    const cell = page.getByLabel(`Cellule ${sheetName}!${address}`, { exact: true }); // D8, not D82…
    expect(await cell.inputValue()).toBe('4,5 %'); // the default discount rate (MODELLING.md)
    await cell.fill('6 %');
    await cell.press('Enter');

    // The pane reads it from the sheet (the single source of truth).
    await step('Hypothèses').click();
    const field = page.getByLabel('Taux d’actualisation (%)');
    expect(await settled(() => field.inputValue(), '6')).toBe('6');

    // Regenerating keeps it: the NPV is the engine's at 6 %.
    await step('Générer').click();
    const before = spaces((await page.getByTestId('npv-S1').textContent()) ?? '');
    await page.getByRole('button', { name: 'Régénérer' }).click();
    const { result } = buildModel(validation.value, {
      lang: 'fr', generatedAt: new Date(), productVersion: 'e2e', overrides: { discountRate: 0.06 },
    });
    const s1 = result.scenarios[0];
    if (!s1.npvEur.ok) throw new Error('NPV at 6 % must be computable');
    const expected = spaces(frenchEuros(s1.npvEur.value));
    expect(expected).not.toBe(before); // else this test could not tell a kept value from a lost one
    expect(await settled(async () => spaces((await page.getByTestId('npv-S1').textContent()) ?? ''), expected)).toBe(expected);
    await page.screenshot({ path: join(OUT, '06-regenerated.png') });
  }, LONG);

  it('fits the assumptions panel in a 340 px task pane, ramp-up fields included, without horizontal overflow', async () => {
    // 340 px: the narrowest width Excel gives a task pane (desktop default is about 350).
    await page.setViewportSize({ width: 340, height: 900 });
    try {
      await step('Hypothèses').click();
      await page.getByRole('heading', { name: 'Hypothèses du modèle' }).waitFor();
      // Open the first function: its ramp-up fields are the widest row of the panel.
      await page.locator('[aria-labelledby="savings-heading"]').getByRole('button').first().click();
      const firstRamp = page.getByLabel(/^Année 1 \(\d{4}\)$/).first();
      await firstRamp.waitFor();
      await page.screenshot({ path: join(OUT, '08-assumptions-340px.png'), fullPage: true });
      const overflow = await page.evaluate(() => {
        const root = document.scrollingElement as HTMLElement;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      // Each ramp-up field lies within the pane, none over its neighbour.
      const boxes = await page.getByLabel(/^Année \d+ \(\d{4}\)$/).evaluateAll((inputs) =>
        inputs.filter((el) => (el as HTMLElement).offsetParent !== null).slice(0, 6).map((el) => {
          const r = (el.closest('.fui-Input') ?? el).getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top };
        }));
      expect(boxes.length).toBeGreaterThan(1);
      for (const b of boxes) expect(b.right).toBeLessThanOrEqual(340);
      for (const [i, b] of boxes.entries()) {
        const next = boxes[i + 1];
        if (next && next.top === b.top) expect(b.right).toBeLessThanOrEqual(next.left);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 1000 });
      await step('Générer').click(); // where the next step starts
    }
  }, LONG);

  it('adds a scenario in the pane, and the next generation shows its sheet and its figures', async () => {
    await step('Hypothèses').click();
    await page.getByTestId('scenario-S3').waitFor();
    // A new scenario made from the GCSMS default: S4, with S2's levers.
    await page.getByLabel('Modèle du nouveau scénario').selectOption('S2');
    await page.getByRole('button', { name: 'Ajouter un scénario' }).click();
    await page.getByTestId('scenario-S4').waitFor();
    expect(await page.getByTestId('scenario-note').textContent()).toContain('prendront effet à la prochaine génération');
    await page.screenshot({ path: join(OUT, '09-scenario-added.png') });

    await step('Générer').click();
    await page.getByRole('button', { name: 'Régénérer' }).click();
    await page.getByTestId('npv-S4').waitFor({ timeout: 120_000 });
    // S4 has S2's default levers and S2 was not edited: the same NPV, both at the 6 % typed above.
    expect(await page.getByTestId('npv-S4').textContent()).toBe(await page.getByTestId('npv-S2').textContent());
    // Its calculation sheet is generated, listed and shown in the preview's workbook.
    const link = page.getByTestId('sheet-links').getByRole('button', { name: /S4$/ });
    const name = ((await link.textContent()) ?? '').trim();
    expect(name).toMatch(/S4$/);
    await link.click();
    const table = page.locator(`table[data-sheet="${name}"]`);
    await table.waitFor();
    expect(await table.textContent()).toContain('S4');
    await page.screenshot({ path: join(OUT, '10-new-scenario-sheet.png') });
  }, LONG);

  it('fits a scenario’s levers in a 340 px task pane without horizontal overflow', async () => {
    await page.setViewportSize({ width: 340, height: 900 });
    try {
      await step('Hypothèses').click();
      await page.getByRole('button', { name: 'Modifier le scénario S3' }).click();
      const editor = page.getByTestId('scenario-editor-S3');
      await editor.waitFor();
      await editor.getByRole('button', { name: 'Fonctions mutualisées' }).click();
      await editor.getByRole('button', { name: 'Coûts et partage des économies' }).click();
      await editor.getByLabel('Part des économies conservée (%)').waitFor();
      await page.screenshot({ path: join(OUT, '11-scenario-editor-340px.png'), fullPage: true });
      const overflow = await page.evaluate(() => {
        const root = document.scrollingElement as HTMLElement;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      const right = await editor.locator('input, select').evaluateAll((els) =>
        Math.max(...els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getBoundingClientRect().right)));
      expect(right).toBeLessThanOrEqual(340);
      // Back to the list with the keyboard: the focus returns to the scenario's Edit button.
      await page.getByTestId('scenario-back').focus();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Modifier le scénario S3' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Modifier le scénario S3');
    } finally {
      await page.setViewportSize({ width: 1280, height: 1000 });
      await step('Générer').click();
    }
  }, LONG);

  it('switches the pane to English', async () => {
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { name: 'Generate the model' }).waitFor();
    expect(await page.getByText('Net present value').count()).toBe(1);
    await page.screenshot({ path: join(OUT, '07-english.png') });
  }, LONG);

  it('logged no console error from the product’s own code', () => {
    expect(productErrors).toEqual([]);
  });
});
