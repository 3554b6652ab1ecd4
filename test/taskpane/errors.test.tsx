/** @jest-environment jsdom */
// Failures reach the user in the pane's language: a failed model write says what it
// left behind (by phase), and "go to cell" / a sheet link report their failure too.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { PlanWriteError, type WritePhase } from '../../src/adapters/office';
import type { WorkbookPlan } from '../../src/plan/types';
import { App } from '../../src/taskpane/App';
import type { CellLocation } from '../../src/taskpane/host/workbook-host';
import { PreviewHost } from '../../src/taskpane/host/preview-host';
import { PreviewWorkbook } from '../../src/taskpane/host/preview-workbook';

// Fluent's MessageBar watches its size; jsdom has no ResizeObserver.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;

/** The preview, with a workbook that fails the way Excel can. */
class FailingHost extends PreviewHost {
  constructor(private readonly writePhase: WritePhase | null, private readonly navigation: boolean) {
    super(new PreviewWorkbook());
  }
  override async writePlan(plan: WorkbookPlan): Promise<ReadonlyMap<string, string>> {
    if (this.writePhase) throw new PlanWriteError(this.writePhase, 'Could not write the model', { cause: new Error('sync failed') });
    return super.writePlan(plan);
  }
  override async goToCell(_location: CellLocation): Promise<void> {
    if (this.navigation) throw new Error('ItemNotFound: the sheet Budgets is gone');
  }
  override async showSheet(_name: string): Promise<void> {
    if (this.navigation) throw new Error('ItemNotFound: the sheet Synthèse is gone');
  }
}

const tab = (name: string) => within(screen.getByRole('tablist', { name: /Étapes|Steps/ })).getByRole('tab', { name });

async function generateWith(host: PreviewHost, lang: 'fr' | 'en' = 'fr'): Promise<void> {
  render(<App host={host} initialLang={lang} preview={host.workbook} />);
  await act(async () => {
    await host.insertTables('sample', lang);
  });
  fireEvent.click(tab(lang === 'fr' ? 'Générer' : 'Generate'));
  fireEvent.click(screen.getByTestId('generate'));
}

describe('errors in the pane', () => {
  it('says in French that the workbook is as it was when the write failed before the commit', async () => {
    await generateWith(new FailingHost('build', false));
    expect((await screen.findByRole('alert', {}, { timeout: 30_000 })).textContent)
      .toBe('Une erreur est survenue : Le modèle n’a pas pu être écrit ; le classeur est resté tel quel.');
  }, 60_000);

  it('tells the user to generate again when the commit was interrupted, in English too', async () => {
    await generateWith(new FailingHost('commit', false), 'en');
    expect((await screen.findByRole('alert', {}, { timeout: 30_000 })).textContent)
      .toBe('Something went wrong: The model was only partly written: writing stopped; generate again to repair the model.');
  }, 60_000);

  it('translates a shown write error when the language changes', async () => {
    await generateWith(new FailingHost('read', false));
    await screen.findByRole('alert', {}, { timeout: 30_000 });
    fireEvent.change(screen.getByLabelText('Langue'), { target: { value: 'en' } });
    expect(screen.getByRole('alert').textContent).toBe('Something went wrong: The model could not be written; the workbook was left as it was.');
  }, 60_000);

  it('shows a failed "go to cell" in the error bar instead of losing it', async () => {
    const host = new FailingHost(null, true);
    // An invalid sample row gives an issue with a cell to go to.
    const workbook = host.workbook;
    render(<App host={host} initialLang="fr" preview={workbook} />);
    await act(async () => {
      await host.insertTables('sample', 'fr');
    });
    const goTo = (await screen.findAllByRole('button', { name: /^Aller à la cellule / }))[0];
    fireEvent.click(goTo);
    expect((await screen.findByRole('alert')).textContent).toBe('Une erreur est survenue : ItemNotFound: the sheet Budgets is gone');
  }, 60_000);

  it('shows a failed sheet link in the error bar', async () => {
    await generateWith(new FailingHost(null, true));
    const links = await screen.findByTestId('sheet-links', {}, { timeout: 30_000 });
    fireEvent.click(within(links).getAllByRole('button')[0]);
    expect((await screen.findByRole('alert')).textContent).toBe('Une erreur est survenue : ItemNotFound: the sheet Synthèse is gone');
  }, 60_000);
});
