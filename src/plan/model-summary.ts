// The model's numbers as plain JSON for the CLI's `--json`: unrounded, codes as keys,
// and `null` with a reason where a figure cannot be computed.
import type { CooperationData } from '../data/types';
import type { Computed } from '../engine/computed';
import type { ModelResult } from './build-model';

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json | undefined };

const orNull = (c: Computed<number>): { value: number | null; reason: string | null } =>
  c.ok ? { value: c.value, reason: null } : { value: null, reason: c.reason };

/** The assumptions used, by key: a number, `{ value, low, high }` with a range, or the list by year. */
function assumptionsJson(result: ModelResult): Record<string, Json> {
  return Object.fromEntries(result.assumptions.map((e) => {
    if (e.byYear) return [e.key, [...e.byYear]];
    if (e.low && e.high) return [e.key, { value: e.value, low: e.low.value, high: e.high.value }];
    return [e.key, e.value];
  }));
}

/**
 * The summary of a built model.
 * @example modelSummary(data, buildModel(data, options).result).scenarios.S1.npvEur
 */
export function modelSummary(data: CooperationData, result: ModelResult) {
  const { s1, comparison, indicators } = result;
  const npv = orNull(s1.npvEur);
  const payback = orNull(s1.paybackYears);
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
    scenarios: {
      S1: {
        years: s1.yearIndexes.map((t) => ({ index: t, calendarYear: s1.calendarYears[t] })),
        savingsByFunction: Object.fromEntries(s1.functions.map((f) => [f.code, {
          baselineEur: f.baselineEur, savingsRate: f.savingsRate, runRateEur: f.runRateEur, byYearEur: f.byYearEur, totalEur: f.totalEur,
        }])),
        savingsByYearEur: s1.savingsByYearEur,
        oneOffCosts: {
          itMigrationEur: s1.oneOff.itMigrationEur, legalFeesEur: s1.oneOff.legalFeesEur,
          registrationDutyEur: s1.oneOff.registrationDutyEur, changeManagementEur: s1.oneOff.changeManagementEur,
          totalEur: s1.oneOff.totalEur, byYearEur: s1.oneOff.byYearEur,
        },
        harmonisation: {
          enabled: s1.harmonisation.enabled === 1,
          byCategory: Object.fromEntries(s1.harmonisation.categories.map((c) => [c.category, { targetEur: c.targetEur, gapEur: c.gapEur }])),
          totalGapEur: s1.harmonisation.totalGapEur,
          annualCostEur: s1.harmonisation.annualCostEur,
          byYearEur: s1.harmonisation.byYearEur,
        },
        netBenefitByYearEur: s1.netBenefitByYearEur,
        cumulativeByYearEur: s1.cumulativeByYearEur,
        netBenefitTotalEur: s1.netBenefitTotalEur,
        oneOffTotalEur: s1.oneOffTotalEur,
        npvEur: npv.value,
        npvReason: npv.reason,
        paybackYears: payback.value,
        paybackReason: payback.reason,
        assumptions: assumptionsJson(result),
      },
    },
  };
}

export type ModelSummary = ReturnType<typeof modelSummary>;
