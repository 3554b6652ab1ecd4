// The model's numbers as plain JSON for the CLI's `--json`: unrounded, codes as keys,
// and `null` with a reason where a figure cannot be computed.
import type { CooperationData } from '../data/types';
import type { RiskRegister } from '../engine/risks';
import type { SensitivityResults } from '../engine/sensitivity/sensitivity-results';
import type { SwotResult } from '../engine/swot/types';
import type { Computed } from '../engine/computed';
import type { AssumptionEntry } from '../engine/model-assumptions';
import type { PartnerOutcome, ScenarioDefinition, ScenarioOutcome } from '../engine/scenarios/types';
import { CRITERIA, type ScoringInputs, type ScoringResult } from '../engine/scoring/types';
import type { ModelResult } from './build-model';

/**
 * What the summary reads of a built model (`ModelResult` has all of it); the results of issues 6 and 7
 * may be absent (a hand-made result in a test), and are then left out of the summary.
 */
export type SummarisedResult =
  & Pick<ModelResult, 'dataYear' | 'firstYear' | 'horizonYears' | 'assumptions' | 'comparison' | 'indicators' | 'definitions'
    | 'scenarios' | 'scoringInputs' | 'scoring' | 'checks' | 'masterCheck'>
  & Partial<Pick<ModelResult, 'riskRegister' | 'readiness' | 'swot' | 'sensitivity'>>;

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json | undefined };

/** `{ <value>: number | null, <reason>: reason | null }`, the convention of every computed figure. */
function computedFields<V extends string, R extends string>(valueKey: V, reasonKey: R, c: Computed<number>) {
  return { [valueKey]: c.ok ? c.value : null, [reasonKey]: c.ok ? null : c.reason } as Record<V, number | null> & Record<R, string | null>;
}

/** Σ of a row by year (the JSON's `…TotalEur`; a plain sum, as the sheets' SUM). */
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** The assumptions used, by key: a number, `{ value, low, high }` with a range, or the list by year. */
function assumptionsJson(assumptions: readonly AssumptionEntry[]): Record<string, Json> {
  return Object.fromEntries(assumptions.map((e) => {
    if (e.byYear) return [e.key, [...e.byYear]];
    if (e.low && e.high) return [e.key, { value: e.value, low: e.low.value, high: e.high.value }];
    return [e.key, e.value];
  }));
}

/**
 * A scenario's levers in the scenarios-file format (docs/scenarios.md): partners and sites by code,
 * flags as booleans, so that a scenario of the JSON output can be pasted into a scenarios file.
 */
export function leversJson(data: CooperationData, d: ScenarioDefinition) {
  return {
    code: d.code,
    name: d.name,
    form: d.form,
    partners: data.partners.filter((_, i) => d.partnerFlags[i] === 1).map((p) => p.code),
    functions: Object.fromEntries(d.functions.map((f) => [f.code, {
      pooled: f.pooled === 1,
      method: f.bottomUp === 1 ? 'bottom-up' : 'top-down',
      fteRemoved: f.fteRemoved,
      oneOffEur: f.oneOffEur,
    }])),
    harmonisation: d.harmonisation === 1,
    itMigration: d.itMigration === 1,
    changeManagement: d.changeManagement === 1,
    sitesClosed: data.sites.filter((_, i) => d.siteFlags[i] === 1).map((s) => s.code),
    movingCostPerSiteEur: d.movingCostPerSiteEur,
    newHeadOfficeEurPerYear: d.newHeadOfficeEurPerYear,
    legalFeesEur: d.legalFeesEur,
    shareKept: d.shareKept,
    delayYears: d.delayYears,
    grantsEur: d.grantsEur,
    loansEur: d.loansEur,
    loanYears: d.loanYears,
  };
}

/** One partner's share of a scenario: its rows by year, their total, NPV, payback and cost key. */
function partnerShareJson(p: PartnerOutcome) {
  return {
    included: p.included === 1,
    costKey: p.costKey,
    savingsByYearEur: p.savingsByYearEur,
    siteSavingsByYearEur: p.siteSavingsByYearEur,
    oneOffByYearEur: p.oneOffByYearEur,
    headOfficeByYearEur: p.headOfficeByYearEur,
    harmonisationByYearEur: p.harmonisationByYearEur,
    netBenefitByYearEur: p.netBenefitByYearEur,
    netBenefitTotalEur: p.netBenefitTotalEur,
    ...computedFields('npvEur', 'npvReason', p.npvEur),
    ...computedFields('paybackYears', 'paybackReason', p.paybackYears),
  };
}

/** One scenario: its levers, its figures, each partner's share and its place in the scoring. */
function scenarioJson(data: CooperationData, s: ScenarioOutcome, d: ScenarioDefinition | undefined, scoring: ScoringResult) {
  const at = scoring.codes.indexOf(s.code);
  return {
    code: s.code,
    name: s.name,
    form: s.form,
    levers: d ? leversJson(data, d) : null,
    years: s.yearIndexes.map((t) => ({ index: t, calendarYear: s.calendarYears[t] })),
    partnersIncluded: s.partnersIncluded,
    functionsPooled: s.functionsPooled,
    ftePooled: s.ftePooled,
    sitesClosed: s.sitesClosed,
    savingsByFunction: Object.fromEntries(s.functions.map((f) => [f.code, {
      pooled: f.pooled === 1,
      method: f.bottomUp === 1 ? 'bottom-up' : 'top-down',
      baselineEur: f.baselineEur,
      averageCostPerFteEur: f.averageCostPerFteEur,
      savingsRate: f.savingsRate,
      runRateEur: f.runRateEur,
      byYearEur: f.byYearEur,
      totalEur: sum(f.byYearEur),
      oneOffEur: f.oneOffEur,
      ftePooled: f.ftePooled,
    }])),
    savingsByYearEur: s.savingsByYearEur,
    siteSavingsByYearEur: s.siteSavingsByYearEur,
    oneOffCosts: { ...s.oneOff },
    headOfficeByYearEur: s.headOfficeByYearEur,
    harmonisationByYearEur: s.harmonisationByYearEur,
    shareKept: s.shareKept,
    netBenefitByYearEur: s.netBenefitByYearEur,
    cumulativeByYearEur: s.cumulativeByYearEur,
    netBenefitTotalEur: s.netBenefitTotalEur,
    oneOffTotalEur: s.oneOffTotalEur,
    ...computedFields('npvEur', 'npvReason', s.npvEur),
    ...computedFields('paybackYears', 'paybackReason', s.paybackYears),
    financing: { ...s.financing },
    merger: { applies: s.merger.applies === 1, assetsTransferredEur: s.merger.assetsTransferredEur, auditorRequired: s.merger.auditorRequired },
    partners: Object.fromEntries(s.partners.map((p) => [p.partner, partnerShareJson(p)])),
    scoring: at < 0 ? null : {
      total: scoring.total[at],
      rank: scoring.rank[at],
      scores: Object.fromEntries(CRITERIA.map((c) => [c, scoring.scores[c][at]])),
    },
  };
}

/** The weighted choice: inputs, scores by criterion and scenario, totals, ranks, first, weight sensitivity. */
function scoringJson(inputs: ScoringInputs, scoring: ScoringResult) {
  return {
    weights: inputs.weights,
    weightSum: scoring.weightSum,
    judgement: inputs.judgement,
    codes: scoring.codes,
    scores: Object.fromEntries(CRITERIA.map((c) => [c, Object.fromEntries(scoring.codes.map((code, i) => [code, scoring.scores[c][i]]))])),
    total: Object.fromEntries(scoring.codes.map((code, i) => [code, scoring.total[i]])),
    rank: Object.fromEntries(scoring.codes.map((code, i) => [code, scoring.rank[i]])),
    first: scoring.first,
    sensitivity: scoring.sensitivity,
  };
}

/**
 * The summary of a built model: data year and timeline, checks, partners compared, assumptions,
 * every scenario (levers, figures, each partner's share) keyed by code in the model's order, and the scoring.
 * @example modelSummary(data, buildModel(data, options).result).scenarios.S2.partners.TILLEULS.npvEur
 */
export function modelSummary(data: CooperationData, result: SummarisedResult) {
  const { comparison, indicators } = result;
  return {
    dataYear: result.dataYear,
    firstYear: result.firstYear,
    horizonYears: result.horizonYears,
    masterCheck: result.masterCheck,
    checks: Object.fromEntries(result.checks.map((c) => [c.key, c.expected])),
    partners: Object.fromEntries(data.partners.map((p) => {
      const figures = comparison.partners.find((c) => c.partner === p.code);
      const ind = indicators.partners.find((i) => i.partner === p.code);
      const { partner: _p, ...rest } = figures ?? { partner: null };
      return [p.code, { name: p.name, year: p.year, agreement: p.agreement, figures: figures ? rest : null, indicators: ind?.indicators ?? null }];
    })),
    consolidated: { figures: comparison.consolidated, indicators: indicators.consolidated },
    adjustments: comparison.adjustments,
    indicatorNotes: indicators.notes,
    assumptions: assumptionsJson(result.assumptions),
    /** S0, the reference of every comparison: each partner alone, no savings and no costs. */
    statusQuo: { code: 'S0', netBenefitTotalEur: 0, oneOffTotalEur: 0 },
    scenarioCodes: result.scenarios.map((s) => s.code),
    scenarios: Object.fromEntries(result.scenarios.map((s) => [
      s.code, scenarioJson(data, s, result.definitions.find((d) => d.code === s.code), result.scoring),
    ])),
    scoring: scoringJson(result.scoringInputs, result.scoring),
    ...(result.riskRegister ? { risks: risksJson(result.riskRegister) } : {}),
    ...(result.readiness ? { readiness: { index: result.readiness.index, priorities: result.readiness.priorities } } : {}),
    ...(result.swot ? { swot: swotJson(result.swot) } : {}),
    ...(result.sensitivity ? { sensitivity: sensitivityJson(result.sensitivity) } : {}),
  };
}

/** Per scenario: the mean scores, the residual risks by band, and each risk's ratings. */
function risksJson(register: RiskRegister) {
  return Object.fromEntries(register.scenarios.map((s) => [s.code, {
    meanScore: s.meanScore,
    meanResidualScore: s.meanResidualScore,
    residualBandCounts: s.residualBandCounts,
    risks: Object.fromEntries(s.entries.map((e) => [e.id, {
      likelihood: e.likelihood, impact: e.impact, score: e.score,
      residualLikelihood: e.residualLikelihood, residualImpact: e.residualImpact, residualScore: e.residualScore,
    }])),
  }]));
}

/** The rules that fire, by rule and entity (null: the group), and the TOWS suggestions shown. */
function swotJson(swot: SwotResult) {
  return {
    items: swot.items.filter((i) => i.applies).map((i) => ({ rule: i.rule, quadrant: i.quadrant, entity: i.entity, value: i.value, threshold: i.threshold })),
    harmonisationCostEur: swot.harmonisationCostEur,
    tows: swot.tows.filter((x) => x.applies).map((x) => x.id),
  };
}

/** Per scenario: the tornado (NPV at each driver's low and high, widest swing first) and the Monte Carlo, with its seed and draws. */
function sensitivityJson(sensitivity: SensitivityResults) {
  return {
    seed: sensitivity.settings.seed,
    draws: sensitivity.settings.draws,
    scenarios: Object.fromEntries(sensitivity.scenarios.map((s) => [s.code, {
      tornado: {
        baseNpvEur: s.tornado.baseNpvEur,
        bars: s.tornado.order.map((i) => ({
          driver: sensitivity.drivers[i].key, npvAtLowEur: s.tornado.bars[i].npvAtLowEur,
          npvAtHighEur: s.tornado.bars[i].npvAtHighEur, swingEur: s.tornado.bars[i].swingEur,
        })),
      },
      monteCarlo: {
        meanEur: s.monteCarlo.meanEur, p10Eur: s.monteCarlo.p10Eur, p50Eur: s.monteCarlo.p50Eur, p90Eur: s.monteCarlo.p90Eur,
        probabilityPositive: s.monteCarlo.probabilityPositive, probabilityPayback: s.monteCarlo.probabilityPayback,
      },
    }])),
  };
}

export type ModelSummary = ReturnType<typeof modelSummary>;
