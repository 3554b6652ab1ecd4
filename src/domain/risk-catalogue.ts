// The risk register's seed (DOMAIN §6.2 and §9): each risk with its category, sources, default
// likelihood by integration level (1 = a contract … 5 = a merger), impact, owner, mitigation and
// what the mitigation is expected to remove; and the thresholds of the rules that move the defaults
// (section riskRules of the assumptions sheet). Texts are i18n keys `risk.<ID>.<field>`.
import type { KnownSourceId } from './source-ids';
import type { Provenance } from './types';

export const RISK_CATEGORIES = ['HUMAN', 'GOVERNANCE', 'LEGAL', 'FINANCIAL', 'OVERSIGHT'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** Who answers for a risk by default (i18n `risk.owner.<role>`); the board writes a name over it. */
export const RISK_OWNERS = ['president', 'director', 'board', 'hr', 'finance', 'steering'] as const;
export type RiskOwnerRole = (typeof RISK_OWNERS)[number];

/**
 * Facts of a scenario that move a default likelihood:
 * - `harmonisation`: the harmonisation cost reaches riskRules.harmonisationShare of the payroll of the partners in;
 * - `harmonisationOn`: the scenario harmonises the collective agreements at all;
 * - `severalAgreements`: the partners in apply more than one collective agreement;
 * - `manySites`: the partners in run at least riskRules.manySites sites;
 * - `scale`: the partners in together weigh at least riskRules.scaleRatio times the largest of them (charges);
 * - `newHeadOffice`: the scenario creates head-office costs;
 * - `pooling`: the scenario pools at least one function.
 */
export const RISK_TRIGGERS = ['harmonisation', 'harmonisationOn', 'severalAgreements', 'manySites', 'scale', 'newHeadOffice', 'pooling'] as const;
export type RiskTrigger = (typeof RISK_TRIGGERS)[number];

/**
 * A trigger either raises the likelihood one step (capped at 5) — only where the form makes the risk possible at
 * all (a likelihood above 1 at its level: staff who stay with their employer under a convention do not feel the
 * sites of the others) — or is required: without it the risk is rare (1).
 */
export interface RiskTriggerRule {
  readonly trigger: RiskTrigger;
  readonly effect: 'raise' | 'require';
}

export interface RiskDefinition {
  /** Stable id, the register's key across regenerations (`HUM-01`). */
  readonly id: string;
  readonly category: RiskCategory;
  readonly sources: readonly KnownSourceId[];
  /** Default likelihood 1–5 by integration level 1 … 5 of the scenario's form. */
  readonly likelihoodByLevel: readonly [number, number, number, number, number];
  readonly impact: number;
  readonly triggers: readonly RiskTriggerRule[];
  readonly owner: RiskOwnerRole;
  /** Steps the mitigation is expected to take off the likelihood and the impact (residual ≥ 1). */
  readonly mitigationEffect: { readonly likelihood: number; readonly impact: number };
}

const r = (
  id: string, category: RiskCategory, sources: readonly KnownSourceId[], likelihoodByLevel: RiskDefinition['likelihoodByLevel'],
  impact: number, owner: RiskOwnerRole, effect: [number, number], triggers: readonly RiskTriggerRule[] = [],
): RiskDefinition => ({ id, category, sources, likelihoodByLevel, impact, triggers, owner, mitigationEffect: { likelihood: effect[0], impact: effect[1] } });
const raise = (trigger: RiskTrigger): RiskTriggerRule => ({ trigger, effect: 'raise' });
const needs = (trigger: RiskTrigger): RiskTriggerRule => ({ trigger, effect: 'require' });

/**
 * The seed register. Likelihoods by level are our assumptions: the deeper the integration, the more
 * a partner gives up (status, identity, its own board), so the human and governance risks grow with
 * the level; re-invoicing between partners (VAT) belongs to the looser forms and vanishes in a merger.
 */
export const RISK_CATALOGUE: readonly RiskDefinition[] = [
  // Human stakes (DOMAIN §9, §6.2): what decides whether people follow.
  r('HUM-01', 'HUMAN', ['S42', 'S45', 'S12'], [1, 2, 2, 3, 4], 4, 'president', [1, 0]),
  r('HUM-02', 'HUMAN', ['S42', 'S46-c'], [1, 2, 3, 4, 5], 4, 'president', [1, 1]),
  r('HUM-03', 'HUMAN', ['S42', 'S45', 'S34'], [1, 1, 2, 3, 4], 4, 'hr', [1, 0], [raise('harmonisation')]),
  r('HUM-04', 'HUMAN', ['S42', 'S45'], [1, 2, 2, 3, 3], 3, 'director', [1, 0], [raise('manySites'), raise('scale')]),
  r('HUM-05', 'HUMAN', ['S42', 'S45'], [1, 2, 3, 3, 4], 3, 'director', [1, 0]),
  // Governance.
  r('GOV-01', 'GOVERNANCE', ['S43'], [2, 2, 3, 3, 3], 4, 'board', [1, 0]),
  r('GOV-02', 'GOVERNANCE', ['S42', 'S43'], [1, 2, 3, 3, 4], 3, 'president', [1, 0]),
  r('GOV-03', 'GOVERNANCE', ['S46', 'S42'], [1, 2, 2, 3, 4], 4, 'board', [1, 0]),
  // Legal.
  r('LEG-01', 'LEGAL', ['S33'], [1, 1, 2, 3, 4], 3, 'hr', [1, 0], [needs('severalAgreements')]),
  r('LEG-02', 'LEGAL', ['S34'], [1, 1, 1, 3, 4], 3, 'hr', [1, 0], [needs('severalAgreements'), raise('harmonisation')]),
  r('LEG-03', 'LEGAL', ['S15', 'S13'], [1, 1, 2, 3, 3], 5, 'director', [1, 0]),
  r('LEG-04', 'LEGAL', ['S12', 'S13'], [1, 1, 1, 2, 3], 4, 'finance', [1, 0]),
  // Financial.
  r('FIN-01', 'FINANCIAL', ['S47'], [2, 3, 3, 3, 3], 4, 'finance', [1, 0], [needs('pooling')]),
  r('FIN-02', 'FINANCIAL', ['S34'], [1, 1, 1, 2, 3], 3, 'finance', [1, 0], [needs('harmonisationOn'), raise('harmonisation')]),
  r('FIN-03', 'FINANCIAL', ['S22', 'S21'], [1, 1, 2, 2, 3], 3, 'finance', [1, 0], [raise('newHeadOffice')]),
  r('FIN-04', 'FINANCIAL', ['S16', 'S10'], [3, 3, 3, 2, 1], 3, 'finance', [1, 1], [needs('pooling')]),
  // Oversight (tutelle).
  r('OVS-01', 'OVERSIGHT', ['S17'], [2, 2, 3, 3, 4], 4, 'director', [1, 0]),
  r('OVS-02', 'OVERSIGHT', ['S4-b', 'S15'], [1, 2, 3, 3, 3], 3, 'director', [1, 0]),
];

/** The risk definition of an id. */
export function riskDefinition(id: string): RiskDefinition {
  const found = RISK_CATALOGUE.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown risk ${id}`);
  return found;
}

/** The thresholds of the rules (assumptions sheet, section riskRules), in the unit of their key. */
export interface RiskRuleDefault {
  readonly key: string;
  readonly value: number;
  readonly unit: 'count' | 'rate';
  readonly provenance: Provenance;
}

const assumption: Provenance = { kind: 'assumption' };

/**
 * Bands of a score L × I (1–25): low below `moderate`, then moderate, high, critical from
 * `critical` (a common 5 × 5 split: 1–4, 5–9, 10–14, 15–25), in points of score (unit `count`). The data rules: harmonisation cost
 * ≥ 1 % of payroll (the low end of DOMAIN §3.4's 1–3 % range), 5 sites or more, a combined size
 * twice the largest partner's (200 %, unit `rate`). All our assumptions, for the board to change.
 */
export const RISK_RULE_DEFAULTS: readonly RiskRuleDefault[] = [
  { key: 'riskRules.bandModerate', value: 5, unit: 'count', provenance: assumption },
  { key: 'riskRules.bandHigh', value: 10, unit: 'count', provenance: assumption },
  { key: 'riskRules.bandCritical', value: 15, unit: 'count', provenance: assumption },
  { key: 'riskRules.harmonisationShare', value: 0.01, unit: 'rate', provenance: { kind: 'assumption', sources: ['S34'] } },
  { key: 'riskRules.manySites', value: 5, unit: 'count', provenance: assumption },
  { key: 'riskRules.scaleRatio', value: 2, unit: 'rate', provenance: assumption },
];

/**
 * The riskRules entries the engine applies when it proposes the ratings (values written at generation,
 * which a regeneration recomputes for every rating the user left at its proposal); the band thresholds,
 * by contrast, feed the register's band formulas.
 */
export const RISK_PROPOSAL_RULE_KEYS: readonly string[] = ['riskRules.harmonisationShare', 'riskRules.manySites', 'riskRules.scaleRatio'];

/** Rating scales: likelihood and impact 1–5. */
export const RISK_RATING_MIN = 1;
export const RISK_RATING_MAX = 5;
