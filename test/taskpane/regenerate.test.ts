import type { CellScalar } from '../../src/plan/types';
import type { RawWorkbook } from '../../src/data/types';
import { PreviewHost } from '../../src/taskpane/host/preview-host';
import { PreviewWorkbook } from '../../src/taskpane/host/preview-workbook';
import { runGeneration, type GenerationOutcome } from '../../src/taskpane/model/run-generation';

const options = { lang: 'fr' as const, generatedAt: new Date('2026-11-26T12:00:00Z'), productVersion: 'test', pending: {} };

function npvOf(outcome: GenerationOutcome, code = 'S1'): number | null {
  if (!outcome.ok) throw new Error(`generation failed: ${outcome.issues.map((i) => i.code).join(', ')}`);
  return outcome.headline.scenarios.find((s) => s.code === code)?.npvEur ?? null;
}

/** Types `value` into a generated sheet of the preview at the row keyed `key` (column A) and the column headed `code`. */
function typeInto(workbook: PreviewWorkbook, sheetKey: string, key: string, code: string, value: CellScalar): void {
  const rows = workbook.sheetRows(sheetKey) ?? [];
  const row = rows.findIndex((r) => r[0] === key) + 1;
  const header = rows.find((r) => r.some((v, i) => i >= 3 && v === code)) ?? [];
  const col = header.indexOf(code) + 1;
  if (row < 1 || col < 1 || !workbook.setInput(sheetKey, row, col, value)) throw new Error(`no input ${key} for ${code} on ${sheetKey}`);
}

describe('regenerating in the preview', () => {
  it('keeps a value typed into the assumptions sheet and computes with it', async () => {
    const host = new PreviewHost(new PreviewWorkbook());
    await host.insertTables('sample', 'fr');
    const first = await runGeneration(host, options);
    expect(npvOf(first)).not.toBeNull();

    // A user doubles the discount rate in the sheet (default 4.5 %, MODELLING.md).
    expect(await host.writeInputValue('discountRate', 0.09)).toBe(true);
    const second = await runGeneration(host, options);

    expect((await host.readInputValues()).discountRate).toBe(0.09);
    // With benefits that grow over the years, a higher rate lowers the NPV.
    expect(npvOf(second)!).toBeLessThan(npvOf(first)!);
  });

  it('uses values edited in the pane before any model existed', async () => {
    const host = new PreviewHost(new PreviewWorkbook());
    await host.insertTables('sample', 'fr');
    expect(await host.writeInputValue('horizonYears', 7)).toBe(false);
    const outcome = await runGeneration(host, { ...options, pending: { horizonYears: 7 } });
    if (!outcome.ok) throw new Error('generation failed');
    // Years 0…7: eight calendar years on the chart.
    expect(outcome.headline.savingsByYear).toHaveLength(8);
    expect((await host.readInputValues()).horizonYears).toBe(7);
  });

  it('keeps a lever typed into the Scénarios sheet and applies the pane’s edits on top of it', async () => {
    const workbook = new PreviewWorkbook();
    const host = new PreviewHost(workbook);
    await host.insertTables('sample', 'fr');
    await runGeneration(host, options);
    // The user types 12 345 € of legal fees for S2 in the sheet (default 40 000 €, domain/scenario-templates.ts).
    typeInto(workbook, 'scenarios', 'legalFeesEur', 'S2', 12_345);
    // Meanwhile, in the pane: a copy of S2, S1 removed, and S3 renamed.
    const outcome = await runGeneration(host, {
      ...options,
      scenarioEdits: [
        { kind: 'copy', code: 'S4', source: 'S2' },
        { kind: 'remove', code: 'S1' },
        { kind: 'name', code: 'S3', value: 'Fusion Saumur' },
      ],
    });
    if (!outcome.ok) throw new Error('generation failed');
    expect(outcome.scenarios.map((s) => [s.code, s.legalFeesEur])).toEqual([['S2', 12_345], ['S3', 60_000], ['S4', 12_345]]);
    expect(outcome.scenarios[1].name).toBe('Fusion Saumur');
    // One calculation sheet per scenario: S4's is there, S1's is gone.
    const keys = workbook.currentPlan()!.sheets.map((s) => s.key);
    expect(keys).toContain('savings_S4');
    expect(keys).not.toContain('savings_S1');
    expect(outcome.headline.scenarios.map((s) => s.code)).toEqual(['S2', 'S3', 'S4']);

    // The next generation starts from the sheet, which now holds what the pane changed.
    const again = await runGeneration(host, options);
    if (!again.ok) throw new Error('generation failed');
    expect(again.scenarios.map((s) => [s.code, s.name, s.legalFeesEur])).toEqual([['S2', '', 12_345], ['S3', 'Fusion Saumur', 60_000], ['S4', '', 12_345]]);
  });

  it('keeps a weight typed into the weighted-choice sheet', async () => {
    const workbook = new PreviewWorkbook();
    const host = new PreviewHost(workbook);
    await host.insertTables('sample', 'fr');
    await runGeneration(host, options);
    const rows = workbook.sheetRows('scoring') ?? [];
    // The weight of the NPV criterion: its keyed row, column D (SCORING_COLS.weight).
    const row = rows.findIndex((r) => r[0] === 'npv') + 1;
    expect(workbook.setInput('scoring', row, 4, 0.9)).toBe(true);
    const outcome = await runGeneration(host, options);
    if (!outcome.ok) throw new Error('generation failed');
    expect(outcome.result.scoringInputs.weights.npv).toBe(0.9);
  });

  it('stops on data errors without writing any sheet', async () => {
    const workbook = new PreviewWorkbook();
    const host = new PreviewHost(workbook);
    await host.insertTables('template', 'fr'); // empty tables: Partenaires and Budgets without rows are errors
    const outcome = await runGeneration(host, options);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.map((i) => i.code)).toContain('TABLE_EMPTY');
    expect(workbook.currentPlan()).toBeNull();
  });

  describe('when the data year moves', () => {
    /** The sample's tables with every partner's accounts year (column Exercice) set to `year`. */
    class MovingYearHost extends PreviewHost {
      year = 2025;
      override async readTables(): Promise<RawWorkbook> {
        const raw = await super.readTables();
        const partners = raw.Partenaires!;
        const col = partners.headers.indexOf('Exercice');
        return { ...raw, Partenaires: { ...partners, rows: partners.rows.map((r) => r.map((v, i) => (i === col ? this.year : v))) } };
      }
    }

    it('moves the first year with it when the user had not typed one', async () => {
      const host = new MovingYearHost(new PreviewWorkbook());
      await host.insertTables('sample', 'fr');
      await runGeneration(host, options);
      // Accounts of 2025: the operation's year 0 is 2026 (data year + 1, MODELLING.md).
      expect((await host.readInputValues()).firstYear).toBe(2026);
      host.year = 2026;
      await runGeneration(host, options);
      expect((await host.readInputValues()).firstYear).toBe(2027);
    });

    it('keeps a first year the user typed', async () => {
      const host = new MovingYearHost(new PreviewWorkbook());
      await host.insertTables('sample', 'fr');
      await runGeneration(host, options);
      expect(await host.writeInputValue('firstYear', 2030)).toBe(true);
      host.year = 2026;
      await runGeneration(host, options);
      expect((await host.readInputValues()).firstYear).toBe(2030);
    });
  });
});
