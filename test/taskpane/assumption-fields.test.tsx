/** @jest-environment jsdom */
// The assumption fields: they refuse what the assumptions sheet's data validation
// refuses (and write nothing), and keep the keyboard focus while a value saves.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CellScalar } from '../../src/plan/types';
import { App } from '../../src/taskpane/App';
import { PreviewHost } from '../../src/taskpane/host/preview-host';
import { PreviewWorkbook } from '../../src/taskpane/host/preview-workbook';
import { runGeneration } from '../../src/taskpane/model/run-generation';

const options = { lang: 'fr' as const, generatedAt: new Date('2026-11-26T12:00:00Z'), productVersion: 'test', pending: {} };

/** A preview host whose writes wait until the test lets them through (a slow Excel). */
class SlowHost extends PreviewHost {
  private release: (() => void) | null = null;
  writes = 0;

  override async writeInputValue(key: string, value: CellScalar): Promise<boolean> {
    this.writes += 1;
    await new Promise<void>((resolve) => {
      this.release = resolve;
    });
    return super.writeInputValue(key, value);
  }

  letThrough(): void {
    this.release?.();
  }
}

async function paneOnGeneratedModel(): Promise<{ host: SlowHost }> {
  const host = new SlowHost(new PreviewWorkbook());
  await host.insertTables('sample', 'fr');
  const outcome = await runGeneration(host, options);
  if (!outcome.ok) throw new Error('the sample must generate');
  render(<App host={host} initialLang="fr" preview={host.workbook} />);
  fireEvent.click(within(screen.getByRole('tablist', { name: 'Étapes' })).getByRole('tab', { name: 'Hypothèses' }));
  // Read from the sheet: the default horizon, 5 years (MODELLING.md).
  await waitFor(() => expect((screen.getByLabelText('Horizon (années)') as HTMLInputElement).value).toBe('5'));
  return { host };
}

function type(field: HTMLElement, text: string): void {
  fireEvent.change(field, { target: { value: text } });
  fireEvent.blur(field);
}

describe('assumption fields', () => {
  it('refuse a horizon of 7.5, 0 or 100 years and a first year of 2026.5, as the sheet does, and write nothing', async () => {
    const { host } = await paneOnGeneratedModel();
    const horizon = screen.getByLabelText('Horizon (années)');
    for (const text of ['7,5', '0', '100']) {
      type(horizon, text);
      await screen.findByText('Valeur attendue : un nombre entier de 1 à 30.');
    }
    type(screen.getByLabelText('Première année'), '2026,5');
    await screen.findByText('Valeur attendue : un nombre entier de 1900 à 2200.');
    expect(host.writes).toBe(0);
    expect((await host.readInputValues()).horizonYears).toBe(5);
  }, 60_000);

  it('refuse a discount rate of −150 % (the sheet accepts −50 % to 100 %) and write nothing', async () => {
    const { host } = await paneOnGeneratedModel();
    type(screen.getByLabelText('Taux d’actualisation (%)'), '-150');
    await screen.findByText('Valeur attendue : un nombre de -50 à 100.');
    expect(host.writes).toBe(0);
    expect((await host.readInputValues()).discountRate).toBe(0.045);
  }, 60_000);

  it('keep the keyboard focus while a value saves: read-only and busy, never disabled', async () => {
    const { host } = await paneOnGeneratedModel();
    const rate = screen.getByLabelText('Taux d’actualisation (%)') as HTMLInputElement;
    rate.focus();
    fireEvent.change(rate, { target: { value: '5' } });
    fireEvent.keyDown(rate, { key: 'Enter' });
    await waitFor(() => expect(host.writes).toBe(1));
    // The write is under way: the pane is busy.
    await waitFor(() => expect(rate.getAttribute('aria-busy')).toBe('true'));
    expect(rate.disabled).toBe(false);
    expect(rate.readOnly).toBe(true);
    expect(document.activeElement).toBe(rate);
    await act(async () => host.letThrough());
    await waitFor(() => expect(rate.readOnly).toBe(false));
    expect(document.activeElement).toBe(rate);
    expect((await host.readInputValues()).discountRate).toBe(0.05);
  }, 60_000);
});
