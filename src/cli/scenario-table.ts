// The scenarios side by side on the console, after `build` and `demo`: one line each
// (code, name or form, NPV, payback, one-off costs, weighted score and rank), then the first choice.
import type { Computed } from '../engine/computed';
import type { ScenarioOutcome } from '../engine/scenarios/types';
import type { ScoringResult } from '../engine/scoring/types';
import type { ReadinessResult, RiskRegister } from '../engine/risks';
import { sensitivityHeadlines } from '../engine/sensitivity/pane-figures';
import type { SensitivityResults } from '../engine/sensitivity/sensitivity-results';
import type { Lang, Translate } from '../i18n';

const locale = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** Euros rounded to the euro for reading (the JSON keeps every figure unrounded). */
export const formatEur = (lang: Lang, value: number): string =>
  `${Math.round(value).toLocaleString(locale(lang), { maximumFractionDigits: 0 })} €`;

const formatNumber = (lang: Lang, value: number, digits: number): string =>
  value.toLocaleString(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The scenario's name, or its legal form's when the board gave none. */
export const scenarioLabel = (t: Translate, s: Pick<ScenarioOutcome, 'name' | 'form'>): string =>
  s.name.trim() !== '' ? s.name : t(`domain.form.${s.form}`);

/** The figure, or why it has none ("not within the horizon"), as the sheets say it. */
function figure(t: Translate, c: Computed<number>, show: (v: number) => string): string {
  return c.ok ? show(c.value) : t(`sheet.reason.${c.reason}`);
}

/**
 * The console lines of the scenario table and the weighted first choice.
 * @example scenarioTable('en', t, result.scenarios, result.scoring)[0] // 'Scenarios, compared with the status quo S0 …'
 */
export function scenarioTable(lang: Lang, t: Translate, scenarios: readonly ScenarioOutcome[], scoring: ScoringResult): string[] {
  if (scenarios.length === 0) return [t('cli.scenarios.none')];
  const header = ['code', 'name', 'npv', 'payback', 'oneOff', 'score', 'rank'].map((k) => t(`cli.scenarios.${k}`));
  const rows = scenarios.map((s) => {
    const at = scoring.codes.indexOf(s.code);
    return [
      s.code,
      scenarioLabel(t, s),
      figure(t, s.npvEur, (v) => formatEur(lang, v)),
      figure(t, s.paybackYears, (v) => t('cli.scenarios.years', { years: formatNumber(lang, v, 1) })),
      formatEur(lang, s.oneOffTotalEur),
      at < 0 ? '' : formatNumber(lang, scoring.total[at], 1),
      at < 0 ? '' : String(scoring.rank[at]),
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  // Code and name read left to right; figures line up on their units.
  const line = (cells: readonly string[]): string =>
    `  ${cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')}`.trimEnd();
  const lines = [t('cli.scenarios.title'), line(header), ...rows.map(line)];
  const first = scenarios.find((s) => s.code === scoring.first);
  if (first) {
    lines.push(t('cli.scenarios.first', {
      code: first.code, name: scenarioLabel(t, first), score: formatNumber(lang, scoring.total[scoring.codes.indexOf(first.code)], 1),
    }));
  }
  return lines;
}

/**
 * The console lines after the table: each scenario's Monte Carlo range (seed and draws stated, so
 * that `simulate` reproduces it), the mean residual risk score, and the readiness index with the
 * factors to work on first.
 * @example rangeAndReadinessLines('en', t, result) // ['Monte Carlo (seed 20240601, 10,000 draws): NPV P10 / P50 / P90, P(NPV > 0)', …]
 */
export function rangeAndReadinessLines(
  lang: Lang, t: Translate,
  result: { readonly sensitivity?: SensitivityResults; readonly riskRegister?: RiskRegister; readonly readiness?: ReadinessResult },
): string[] {
  const lines: string[] = [];
  const headlines = sensitivityHeadlines(result);
  if (headlines.length > 0) {
    lines.push(t('cli.range.title', { seed: String(headlines[0].seed), draws: formatNumber(lang, headlines[0].draws, 0) }));
    for (const h of headlines) {
      const risk = result.riskRegister?.scenarios.find((s) => s.code === h.code);
      lines.push(t('cli.range.line', {
        code: h.code, p10: formatEur(lang, h.p10Eur), p50: formatEur(lang, h.p50Eur), p90: formatEur(lang, h.p90Eur),
        positive: formatNumber(lang, h.probabilityPositive * 100, 1),
        risk: risk ? formatNumber(lang, risk.meanResidualScore, 1) : '—',
      }));
    }
  }
  if (result.readiness) {
    lines.push(t('cli.readiness', {
      index: formatNumber(lang, result.readiness.index * 100, 0),
      first: result.readiness.priorities.map((p) => t(`readiness.${p.id}`)).join(' ; '),
    }));
  }
  return lines;
}
