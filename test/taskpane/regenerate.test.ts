import type { RawWorkbook } from '../../src/data/types';
import { PreviewHost } from '../../src/taskpane/host/preview-host';
import { PreviewWorkbook } from '../../src/taskpane/host/preview-workbook';
import { runGeneration, type GenerationOutcome } from '../../src/taskpane/model/run-generation';

const options = { lang: 'fr' as const, generatedAt: new Date('2026-11-26T12:00:00Z'), productVersion: 'test', pending: {} };

function npvOf(outcome: GenerationOutcome): number | null {
  if (!outcome.ok) throw new Error(`generation failed: ${outcome.issues.map((i) => i.code).join(', ')}`);
  return outcome.headline.npvEur;
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
