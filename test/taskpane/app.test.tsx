/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { PreviewHost } from '../../src/taskpane/host/preview-host';
import { PreviewWorkbook } from '../../src/taskpane/host/preview-workbook';

/** A step of the pane (the preview's sheet tabs have the same names as some steps). */
const step = (name: string) => within(screen.getByRole('tablist', { name: 'Étapes' })).getByRole('tab', { name });

function renderPreview(workbook = new PreviewWorkbook()) {
  const host = new PreviewHost(workbook);
  render(<App host={host} initialLang="fr" preview={workbook} />);
  return { host, workbook };
}

describe('task pane (preview, jsdom)', () => {
  it('creates the four empty tables with their French headers and lists them as found', async () => {
    const { workbook } = renderPreview();
    await screen.findByText('Partenaires : absent');
    fireEvent.click(screen.getByRole('button', { name: 'Créer les tableaux vides' }));
    await screen.findByText('Les quatre tableaux sont présents.');
    expect(screen.getByText('Budgets : trouvé sur la feuille Budgets, 0 ligne(s)')).toBeTruthy();
    // INPUT-SCHEMA: Budgets' first French headers.
    expect(workbook.rawWorkbook().Budgets?.headers.slice(0, 3)).toEqual(['Partenaire', 'Site', 'Sens']);
  });

  it('switches every text to English from the language control', async () => {
    renderPreview();
    await screen.findByText('Partenaires : absent');
    fireEvent.change(screen.getByLabelText('Langue'), { target: { value: 'en' } });
    await screen.findByText('Partenaires: missing');
    expect(screen.getByRole('tab', { name: 'Assumptions' })).toBeTruthy();
  });

  it('keeps an assumption edited before the first generation as pending, then writes it to the sheet', async () => {
    const { host, workbook } = renderPreview();
    await act(async () => {
      await host.insertTables('sample', 'fr');
    });
    fireEvent.click(step('Hypothèses'));
    const rate = await screen.findByLabelText('Taux d’actualisation (%)');
    fireEvent.change(rate, { target: { value: '3,5' } });
    fireEvent.blur(rate);
    await screen.findByText('Sera utilisé à la génération.');

    fireEvent.click(step('Générer'));
    fireEvent.click(screen.getByRole('button', { name: 'Générer le modèle' }));
    await screen.findByTestId('npv-S1', {}, { timeout: 30_000 });
    // The value typed in the pane is now the assumptions sheet's (DEFAULT 4.5 % replaced by 3.5 %).
    expect((await host.readInputValues()).discountRate).toBeCloseTo(0.035, 12);
    expect(workbook.currentPlan()?.sheets.some((s) => s.key === 'assumptions')).toBe(true);
  }, 60_000);

  it('shows a value typed into the assumptions sheet in the pane', async () => {
    const { host, workbook } = renderPreview();
    await act(async () => {
      await host.insertTables('sample', 'fr');
    });
    fireEvent.click(step('Générer'));
    fireEvent.click(screen.getByRole('button', { name: 'Générer le modèle' }));
    await screen.findByTestId('npv-S1', {}, { timeout: 30_000 });
    await act(async () => {
      await host.writeInputValue('horizonYears', 7);
    });
    fireEvent.click(step('Hypothèses'));
    await waitFor(() => expect((screen.getByLabelText('Horizon (années)') as HTMLInputElement).value).toBe('7'));
    expect(workbook.revision).toBeGreaterThan(0);
  }, 60_000);
});
