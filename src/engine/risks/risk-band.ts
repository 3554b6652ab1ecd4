import { RISK_BANDS, type RiskBand, type RiskRules } from './types';

/**
 * The band of a score L × I: low below bandModerate, moderate from it, high from bandHigh,
 * critical from bandCritical. The sheet counts the thresholds reached the same way:
 * `INDEX(bands, 1+(score>=moderate)+(score>=high)+(score>=critical))`.
 * @example riskBand(12, { bandModerate: 5, bandHigh: 10, bandCritical: 15, … }) // 'high'
 */
export function riskBand(score: number, rules: Pick<RiskRules, 'bandModerate' | 'bandHigh' | 'bandCritical'>): RiskBand {
  const reached = (score >= rules.bandModerate ? 1 : 0) + (score >= rules.bandHigh ? 1 : 0) + (score >= rules.bandCritical ? 1 : 0);
  return RISK_BANDS[reached];
}
