/** @jest-environment jsdom */
// The words a reviewer corrected: French spelling and terms, English wording and
// number display, the chart's tooltip, the ramp-up fields' calendar years.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { t, translator } from '../../src/i18n';
import { taskpane } from '../../src/i18n/catalogues/taskpane';
import { App } from '../../src/taskpane/App';
import { SavingsChart } from '../../src/taskpane/components/SavingsChart';
import { PreviewHost } from '../../src/taskpane/host/preview-host';
import { PreviewWorkbook } from '../../src/taskpane/host/preview-workbook';
import { LangContext } from '../../src/taskpane/i18n-context';

describe('task pane texts', () => {
  it('spells "régénérer" with its accents wherever the French pane says it', () => {
    const french = Object.values(taskpane.fr).join('\n');
    expect(french).not.toMatch(/Reg[ée]n[ée]r/);
    expect(t('fr', 'pane.generate.regenerate')).toBe('Régénérer');
    expect(t('fr', 'pane.assumptions.regenerateHint')).toMatch(/^Régénérez /);
  });

  it('names the payback in years "Délai de récupération" / "Payback period"', () => {
    expect(t('fr', 'pane.results.payback')).toBe('Délai de récupération');
    expect(t('en', 'pane.results.payback')).toBe('Payback period');
  });

  it('speaks of the model’s input sheets as "feuilles de saisie", and says no problems were found in English', () => {
    expect(t('fr', 'pane.generate.keepsInputs')).toContain('feuilles de saisie du modèle');
    expect(t('en', 'pane.data.noIssue')).toBe('No problems found: the data is ready.');
  });

  it('titles each chart bar "Year 2026: €…" in English and "Année 2026 : …" in French', () => {
    const data = [{ year: 2026, amountEur: 1500 }];
    const { container, unmount } = render(
      <LangContext.Provider value={{ lang: 'en', t: translator('en') }}><SavingsChart data={data} /></LangContext.Provider>,
    );
    expect(container.querySelector('svg title')?.textContent).toBe('Year 2026: €1,500');
    unmount();
    const fr = render(
      <LangContext.Provider value={{ lang: 'fr', t: translator('fr') }}><SavingsChart data={data} /></LangContext.Provider>,
    );
    // CLDR French: narrow no-break space in groups, no-break space before €.
    expect(fr.container.querySelector('svg title')?.textContent).toBe('Année 2026 : 1\u202f500\u00a0€');
  });

  it('labels each ramp-up field with its model year and its calendar year', async () => {
    const workbook = new PreviewWorkbook();
    const host = new PreviewHost(workbook);
    render(<App host={host} initialLang="fr" preview={workbook} />);
    await act(async () => {
      await host.insertTables('sample', 'fr');
    });
    await screen.findByText('Les quatre tableaux sont présents.');
    fireEvent.click(within(screen.getByRole('tablist', { name: 'Étapes' })).getByRole('tab', { name: 'Hypothèses' }));
    const headers = await screen.findAllByRole('button', { expanded: false });
    fireEvent.click(headers.find((b) => b.closest('[role="group"]')?.getAttribute('aria-labelledby') === 'savings-heading')!);
    // The sample's accounts are for 2025 (SAMPLE_YEAR): the operation's year 0 is 2026, year 1 is 2027.
    expect((await screen.findAllByLabelText('Année 1 (2027)')).length).toBeGreaterThan(0);
  }, 30_000);
});
