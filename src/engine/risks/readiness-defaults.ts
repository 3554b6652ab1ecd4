import { READINESS_DEFAULT_SCORE, READINESS_FACTORS } from '../../domain/readiness-factors';
import type { ReadinessInputs } from './readiness-index';

/**
 * The readiness checklist's defaults: every factor scored READINESS_DEFAULT_SCORE (0), weighted as the catalogue proposes.
 * @example defaultReadinessInputs().weights['RDY-04'] // 3
 */
export function defaultReadinessInputs(): ReadinessInputs {
  return {
    scores: Object.fromEntries(READINESS_FACTORS.map((f) => [f.id, READINESS_DEFAULT_SCORE])),
    weights: Object.fromEntries(READINESS_FACTORS.map((f) => [f.id, f.weight])),
  };
}
