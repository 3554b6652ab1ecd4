// The ranges of the sensitivity drivers that are not assumptions of their own elsewhere
// (issue 7), and the Monte Carlo settings. The savings rates (§5.2) and the discount rate
// (MODELLING "Time and money") carry their ranges on their own rows of the assumptions sheet.
// Factors multiply a scenario's own figures: 1 (100 %) leaves them as computed.
import { rangeWithBase } from './range';
import type { AssumptionDefault, Provenance } from './types';

export type SensitivityDefaultKey =
  | 'sensitivity.rampUpSlipYears'
  | 'sensitivity.oneOffFactor'
  | 'sensitivity.harmonisationFactor'
  | 'sensitivity.siteSavingsFactor'
  | 'sensitivity.oneOffLognormal'
  | 'sensitivity.draws'
  | 'sensitivity.seed';

export interface SensitivityDefault extends AssumptionDefault {
  readonly key: SensitivityDefaultKey;
}

const assumption: Provenance = { kind: 'assumption' };
const convention: Provenance = { kind: 'convention' };

/**
 * Defaults, each with why:
 * - ramp-up slip: how many years late the pooled functions' savings reach each step of their ramp-up
 *   (0 = as the ramp-up rows say, 1 = a full year late; a fraction moves that share of each year's
 *   savings a year later). Savings are "routinely overestimated" and mergers miss their objectives [S47]:
 *   up to a year late, never earlier than planned (base 0 = low).
 * - one-off costs ×0.8 … ×1.5 of the scenario's own estimate: costs to achieve overrun more often and by
 *   more than they fall short (the skew of the range); no French source gives a figure: an assumption.
 * - harmonisation ×0.5 … ×1.5: DOMAIN §3.4 cross-checks the cost at 1–3 % of payroll around 2 %, i.e. half
 *   to one and a half times its midpoint; an assumption too.
 * - site savings ×0.5 … ×1: a closed site saves at most its rent and charges; a lease that runs on or a
 *   building that sells late saves less.
 * - one-off costs drawn lognormal (1) instead of triangular (0): a choice, triangular by default.
 * - 10 000 draws and a fixed seed, so that anyone regenerating the model finds the same figures.
 */
export const SENSITIVITY_DEFAULTS: readonly SensitivityDefault[] = [
  { key: 'sensitivity.rampUpSlipYears', value: 0, unit: 'years', range: rangeWithBase(0, 0, 1), provenance: { kind: 'assumption', sources: ['S47'] } },
  { key: 'sensitivity.oneOffFactor', value: 1, unit: 'factor', range: rangeWithBase(0.8, 1, 1.5), provenance: assumption },
  { key: 'sensitivity.harmonisationFactor', value: 1, unit: 'factor', range: rangeWithBase(0.5, 1, 1.5), provenance: assumption },
  { key: 'sensitivity.siteSavingsFactor', value: 1, unit: 'factor', range: rangeWithBase(0.5, 1, 1), provenance: assumption },
  { key: 'sensitivity.oneOffLognormal', value: 0, unit: 'flag', range: null, provenance: convention },
  { key: 'sensitivity.draws', value: 10_000, unit: 'count', range: null, provenance: convention },
  { key: 'sensitivity.seed', value: 20_240_601, unit: 'count', range: null, provenance: convention },
];

/** The default of one sensitivity setting. */
export function sensitivityDefault(key: SensitivityDefaultKey): SensitivityDefault {
  const found = SENSITIVITY_DEFAULTS.find((d) => d.key === key);
  if (!found) throw new Error(`No sensitivity default ${key}`);
  return found;
}
