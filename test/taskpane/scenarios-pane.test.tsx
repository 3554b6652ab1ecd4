/** @jest-environment jsdom */
// The scenarios of the assumptions step: listed from the defaults (or the Scénarios sheet),
// added from a default, copied, removed (never the last), their levers edited; Generate
// hands the edited list to buildModel, and the results show every scenario.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as buildModule from '../../src/plan/build-model';
import { App } from '../../src/taskpane/App';
import { PreviewHost } from '../../src/taskpane/host/preview-host';
import { PreviewWorkbook } from '../../src/taskpane/host/preview-workbook';

const step = (name: string) => within(screen.getByRole('tablist', { name: 'Étapes' })).getByRole('tab', { name });

async function paneWithSample() {
  const workbook = new PreviewWorkbook();
  const host = new PreviewHost(workbook);
  render(<App host={host} initialLang="fr" preview={workbook} />);
  await act(async () => {
    await host.insertTables('sample', 'fr');
  });
  await screen.findByText('Les quatre tableaux sont présents.');
  fireEvent.click(step('Hypothèses'));
  await screen.findByTestId('scenario-S3');
  return { host, workbook };
}

const list = () => screen.getByRole('list', { name: 'Liste des scénarios' });
const codesShown = () => within(list()).getAllByRole('listitem').map((li) => li.getAttribute('data-testid'));

afterEach(() => jest.restoreAllMocks());

describe('scenarios in the assumptions step', () => {
  it('lists the three default scenarios with their form and the number of functions pooled', async () => {
    await paneWithSample();
    expect(codesShown()).toEqual(['scenario-S1', 'scenario-S2', 'scenario-S3']);
    // domain/scenario-templates.ts: S1 a partnership agreement pooling 3 functions, S2 a GCSMS pooling 5,
    // S3 a merger pooling the 14 poolable ones; every partner of the sample (3) takes part.
    // The defaults have no name of their own: the form's name is their title.
    expect(within(screen.getByTestId('scenario-S1')).getByText('S1 — Convention de partenariat')).toBeTruthy();
    expect(within(screen.getByTestId('scenario-S1')).getByText('3 fonction(s) mutualisée(s) · 3 partenaire(s)')).toBeTruthy();
    expect(within(screen.getByTestId('scenario-S2')).getByText('5 fonction(s) mutualisée(s) · 3 partenaire(s)')).toBeTruthy();
    expect(within(screen.getByTestId('scenario-S3')).getByText('S3 — Fusion-absorption')).toBeTruthy();
    expect(within(screen.getByTestId('scenario-S3')).getByText('14 fonction(s) mutualisée(s) · 3 partenaire(s)')).toBeTruthy();
    expect(screen.getByText(/prennent effet à la prochaine génération/)).toBeTruthy();
  }, 60_000);

  it('starts from what the Scénarios sheet holds once a model exists, and shows a change typed there', async () => {
    const { host, workbook } = await paneWithSample();
    expect(screen.getByText('Les trois scénarios par défaut, appliqués à vos données.')).toBeTruthy();
    fireEvent.click(step('Générer'));
    fireEvent.click(screen.getByRole('button', { name: 'Générer le modèle' }));
    await screen.findByTestId('npv-S3', {}, { timeout: 30_000 });
    // The user names S2 in the sheet (row keyed `name`, column headed S2), as in Excel.
    const rows = (await host.readScenarioRows()) ?? [];
    const row = rows.findIndex((r) => r[0] === 'name') + 1;
    const col = (rows.find((r) => r.includes('S2')) ?? []).indexOf('S2') + 1;
    await act(async () => {
      expect(workbook.setInput('scenarios', row, col, 'GCSMS du Saumurois')).toBe(true);
    });
    fireEvent.click(step('Hypothèses'));
    await screen.findByText('S2 — GCSMS du Saumurois');
    expect(screen.getByText(/^Lus dans la feuille des scénarios du modèle/)).toBeTruthy();
  }, 60_000);

  it('adds a scenario from a default under the next code, copies one and removes one', async () => {
    await paneWithSample();
    fireEvent.change(screen.getByLabelText('Modèle du nouveau scénario'), { target: { value: 'S3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un scénario' }));
    await screen.findByTestId('scenario-S4');
    expect(within(screen.getByTestId('scenario-S4')).getByText(/^S4 — /).textContent).toBe(
      within(screen.getByTestId('scenario-S3')).getByText(/^S3 — /).textContent?.replace('S3', 'S4'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copier le scénario S2' }));
    await screen.findByTestId('scenario-S5');
    expect(within(screen.getByTestId('scenario-S5')).getByText(/^S5 — Groupement de coopération/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer le scénario S1' }));
    await waitFor(() => expect(codesShown()).toEqual(['scenario-S2', 'scenario-S3', 'scenario-S4', 'scenario-S5']));
    // The removed scenario's buttons are gone: the keyboard focus moves to the next scenario's Edit button.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Modifier le scénario S2' }));
    expect(screen.getByText('3 modification(s) de scénario en attente : elles prendront effet à la prochaine génération.')).toBeTruthy();
    // A new scenario never takes a code given before, even once removed: S6 next.
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer le scénario S5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un scénario' }));
    await screen.findByTestId('scenario-S6');
  }, 60_000);

  it('keeps the last scenario: its Remove button stays focusable but does nothing', async () => {
    await paneWithSample();
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer le scénario S1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer le scénario S2' }));
    await waitFor(() => expect(codesShown()).toEqual(['scenario-S3']));
    const last = screen.getByRole('button', { name: 'Supprimer le scénario S3' });
    expect(last.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(last);
    expect(codesShown()).toEqual(['scenario-S3']);
  }, 60_000);

  it('edits levers in the scenario’s own view and hands the edited list to buildModel on Generate', async () => {
    const build = jest.spyOn(buildModule, 'buildModel');
    await paneWithSample();
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un scénario' }));
    await screen.findByTestId('scenario-S4');

    fireEvent.click(screen.getByRole('button', { name: 'Modifier le scénario S2' }));
    const editor = await screen.findByTestId('scenario-editor-S2');
    // The Edit button is gone with the list: the focus is on the scenario's heading.
    expect(document.activeElement).toBe(within(editor).getByRole('heading', { name: /^S2 — / }));
    const name = within(editor).getByLabelText('Nom (vide : celui de la forme juridique)');
    fireEvent.change(name, { target: { value: 'GCSMS Saumurois' } });
    fireEvent.blur(name);
    fireEvent.change(within(editor).getByLabelText('Forme juridique'), { target: { value: 'GIE' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Coûts et partage des économies' }));
    const fees = await within(editor).findByLabelText('Frais juridiques et de conseil (€)');
    fireEvent.change(fees, { target: { value: '45000' } });
    fireEvent.blur(fees);
    // Name, form and fees: each field says its value waits for the next generation.
    await waitFor(() => expect(within(editor).getAllByText('Sera utilisé à la génération.')).toHaveLength(3));
    fireEvent.click(within(editor).getByRole('button', { name: 'Partenaires inclus' }));
    fireEvent.click(await within(editor).findByLabelText('La Passerelle (PASSERELLE)'));
    fireEvent.click(within(editor).getByRole('button', { name: 'Fonctions mutualisées' }));
    fireEvent.click(await within(editor).findByRole('checkbox', { name: 'Formation' }));

    fireEvent.click(screen.getByTestId('scenario-back'));
    await screen.findByText('S2 — GCSMS Saumurois');
    // Named now: the list gives its form (changed to a GIE) and its reach (one partner out, training pooled).
    expect(within(screen.getByTestId('scenario-S2')).getByText('Groupement d’intérêt économique (GIE) · 6 fonction(s) mutualisée(s) · 2 partenaire(s)')).toBeTruthy();
    // Back in the list, the keyboard focus is on the scenario's Edit button again.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Modifier le scénario S2' }));

    fireEvent.click(step('Générer'));
    fireEvent.click(screen.getByRole('button', { name: 'Générer le modèle' }));
    await waitFor(() => expect(build).toHaveBeenCalled(), { timeout: 30_000 });
    const scenarios = build.mock.calls[0][1].scenarios ?? [];
    expect(scenarios.map((s) => s.code)).toEqual(['S1', 'S2', 'S3', 'S4']);
    const s2 = scenarios[1];
    expect([s2.name, s2.form, s2.legalFeesEur]).toEqual(['GCSMS Saumurois', 'GIE', 45_000]);
    // Partners in data order: TILLEULS, HORIZONS, PASSERELLE.
    expect(s2.partnerFlags).toEqual([1, 1, 0]);
    expect(s2.functions.find((f) => f.code === 'FORMATION')?.pooled).toBe(1);

    // The results list every scenario, the new one included.
    await screen.findByTestId('npv-S4', {}, { timeout: 30_000 });
    expect(screen.getByTestId('first-choice').textContent).toMatch(/^Premier choix au classement pondéré : S\d — /);
  }, 90_000);
});
