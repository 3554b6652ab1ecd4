/** @jest-environment jsdom */
// After a generation the pane shows each scenario's Monte Carlo NPV range, the readiness
// index with the three factors to work on first, and the first choice's top risks: the
// figures must be the engine's for the sample, formatted as the pane formats money.
import { render, screen, within } from '@testing-library/react';
import { validateWorkbook } from '../../src/data';
import { READINESS_FACTORS } from '../../src/domain/readiness-factors';
import { t, translator, type Lang } from '../../src/i18n';
import { buildModel, type BuildModelOptions } from '../../src/plan/build-model';
import { sampleRawWorkbook } from '../../src/sample';
import { MonteCarloResults } from '../../src/taskpane/components/MonteCarloResults';
import { ReadinessResults } from '../../src/taskpane/components/ReadinessResults';
import { TopRisks } from '../../src/taskpane/components/TopRisks';
import { LangContext } from '../../src/taskpane/i18n-context';
import { headlineOf, type Headline } from '../../src/taskpane/model/headline';

/** Whole euros as CLDR writes them (independent of the pane's formatter), spaces of every width as one. */
const euros = (lang: Lang, amount: number) => spaces(new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
  style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0,
}).format(amount));
const spaces = (s: string | null) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

function sampleModel(options: Partial<BuildModelOptions> = {}) {
  const validation = validateWorkbook(sampleRawWorkbook());
  if (!validation.ok) throw new Error('the sample must validate');
  return buildModel(validation.value, { lang: 'fr', generatedAt: new Date(Date.UTC(2026, 0, 1)), productVersion: 'test', ...options });
}

function inLang(lang: Lang, node: JSX.Element) {
  return render(<LangContext.Provider value={{ lang, t: translator(lang) }}>{node}</LangContext.Provider>);
}

describe('task pane: Monte Carlo, readiness and top risks after generation', () => {
  // One build for the sample's figures (10,000 draws per scenario: built once).
  const { plan, result } = sampleModel();
  const headline = headlineOf(result, plan);

  it('shows each scenario’s P10, P50 and P90 of the NPV as the engine computes them, in French and English', () => {
    const codes = result.sensitivity.scenarios.map((s) => s.code);
    expect(codes).toEqual(result.scenarios.map((s) => s.code)); // every scenario has its range
    for (const lang of ['fr', 'en'] as const) {
      const view = inLang(lang, <MonteCarloResults headline={headline} />);
      for (const s of result.sensitivity.scenarios) {
        expect(spaces(screen.getByTestId(`mc-p10-${s.code}`).textContent)).toBe(euros(lang, s.monteCarlo.p10Eur));
        expect(spaces(screen.getByTestId(`mc-p50-${s.code}`).textContent)).toBe(euros(lang, s.monteCarlo.p50Eur));
        expect(spaces(screen.getByTestId(`mc-p90-${s.code}`).textContent)).toBe(euros(lang, s.monteCarlo.p90Eur));
      }
      view.unmount();
    }
  });

  it('stamps the range with the model’s seed and number of draws, so coop-model simulate reproduces it', () => {
    const { seed, draws } = result.sensitivity.settings;
    inLang('fr', <MonteCarloResults headline={headline} />);
    const line = spaces(screen.getByTestId('mc-reproduce').textContent);
    // French grouping of the draws: 10000 → "10 000"; the seed is shown as typed, ungrouped.
    const frDraws = spaces(new Intl.NumberFormat('fr-FR').format(draws));
    expect(line).toBe(`Graine ${seed}, ${frDraws} tirages : les mêmes chiffres avec coop-model simulate.`);
  });

  it('shows P(NPV > 0) as the engine’s share, never rounding a near-certainty to 100 % or a near-impossibility to 0 %', () => {
    const shares = [0.9999, 0.5, 1, 0, 0.0004, 0.25];
    const made: Headline = {
      ...headline,
      monteCarlo: shares.map((p, i) => ({ code: `S${i + 1}`, p10Eur: -1, p50Eur: 0, p90Eur: 1, probabilityPositive: p, seed: 1, draws: 10 })),
    };
    inLang('fr', <MonteCarloResults headline={made} />);
    const shown = shares.map((_, i) => spaces(screen.getByTestId(`mc-positive-S${i + 1}`).textContent));
    expect(shown).toEqual(['plus de 99,9 %', '50 %', '100 %', '0 %', 'moins de 0,1 %', '25 %']);
  });

  it('shows the sample’s P(NPV > 0) of each scenario from the engine', () => {
    inLang('en', <MonteCarloResults headline={headline} />);
    for (const s of result.sensitivity.scenarios) {
      const p = s.monteCarlo.probabilityPositive;
      const expected = p > 0.999 && p < 1 ? 'over 99.9%' : p > 0 && p < 0.001 ? 'under 0.1%'
        : new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(p);
      expect(spaces(screen.getByTestId(`mc-positive-${s.code}`).textContent)).toBe(expected);
    }
  });

  it('shows the unscored readiness index as 0 % and the heaviest factors first (weights 3, in list order)', () => {
    inLang('fr', <ReadinessResults readiness={headline.readiness!} />);
    // Every factor scored 0 by default: index 0; gaps = 3 × weight, largest 9 for RDY-01, RDY-04, RDY-06.
    expect(spaces(screen.getByTestId('readiness-index').textContent)).toBe('Indice de préparation : 0 %');
    const items = within(screen.getByTestId('readiness-priorities')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['RDY-01', 'RDY-04', 'RDY-06'].map((id) => t('fr', `readiness.${id}`)));
  });

  it('shows a board’s readiness index and its three weakest weighted factors', () => {
    // All factors at 3 except RDY-04 (weight 3) at 0 and RDY-13 (weight 1) at 1. Σ weights = 33, so
    // index = (33×3 − 3×3 − 1×2) / (3×33) = 88/99 = 88,9 % → "89 %"; gaps: RDY-04 9, RDY-13 2, then 0s in list order: RDY-01.
    const weights = Object.fromEntries(READINESS_FACTORS.map((f) => [f.id, f.weight]));
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBe(33);
    const scores = { ...Object.fromEntries(READINESS_FACTORS.map((f) => [f.id, 3])), 'RDY-04': 0, 'RDY-13': 1 };
    const board = sampleModel({ readiness: { scores, weights } });
    inLang('en', <ReadinessResults readiness={headlineOf(board.result, board.plan).readiness!} />);
    expect(spaces(screen.getByTestId('readiness-index').textContent)).toBe('Readiness index: 89%');
    const items = within(screen.getByTestId('readiness-priorities')).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-factor'))).toEqual(['RDY-04', 'RDY-13', 'RDY-01']);
    expect(items[0].textContent).toBe(t('en', 'readiness.RDY-04'));
  });

  it('shows the weighted first choice’s three highest residual risks with their score and band', () => {
    const first = result.scoring.first;
    expect(headline.risksScenario).toBe(first);
    const register = result.riskRegister.scenarios.find((s) => s.code === first)!;
    // Highest residual score first, then highest score, ties in catalogue order.
    const expected = [...register.entries]
      .map((e, i) => ({ e, i }))
      .sort((a, b) => b.e.residualScore - a.e.residualScore || b.e.score - a.e.score || a.i - b.i)
      .slice(0, 3).map(({ e }) => e);
    inLang('fr', <TopRisks risks={headline.topRisks} code={headline.risksScenario!} />);
    expect(screen.getByRole('heading', { name: `Principaux risques : ${first}` })).toBeTruthy();
    const items = within(screen.getByTestId('top-risks')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expected.forEach((e, k) => {
      expect(items[k].getAttribute('data-testid')).toBe(`risk-${e.id}`);
      expect(items[k].textContent).toContain(t('fr', `risk.${e.id}.description`));
      expect(spaces(screen.getByTestId(`risk-score-${e.id}`).textContent))
        .toBe(`Score résiduel : ${String(e.residualScore).replace('.', ',')} / 25, ${t('fr', `risk.band.${e.residualBand}`)}`);
    });
  });
});
