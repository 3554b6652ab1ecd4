// The key success factors of a cooperation (DOMAIN §9 and §6.1), the readiness checklist a board
// scores 0–3: each with its default weight (importance 1–3, our assumption from how often and how
// strongly the sources name it) and its sources. Texts are i18n keys `readiness.<ID>.<field>`.
import type { KnownSourceId } from './source-ids';

export const READINESS_AREAS = ['STRATEGY', 'GOVERNANCE', 'PEOPLE', 'METHOD', 'AUTHORITIES'] as const;
export type ReadinessArea = (typeof READINESS_AREAS)[number];

export interface ReadinessFactor {
  /** Stable id, the checklist's key across regenerations (`RDY-01`). */
  readonly id: string;
  readonly area: ReadinessArea;
  /** Default weight: 3 decisive, 2 important, 1 useful. */
  readonly weight: number;
  readonly sources: readonly KnownSourceId[];
}

const f = (id: string, area: ReadinessArea, weight: number, sources: readonly KnownSourceId[]): ReadinessFactor => ({ id, area, weight, sources });

/** The checklist, in reading order. Sources of §9 are the founding brief (no id): those factors cite the sector guides that say the same. */
export const READINESS_FACTORS: readonly ReadinessFactor[] = [
  f('RDY-01', 'STRATEGY', 3, ['S46']), // projet associatif updated and confronted with the partner's
  f('RDY-02', 'STRATEGY', 2, ['S46', 'S42', 'S42-b']), // a chosen cooperation, started outside emergency
  f('RDY-03', 'STRATEGY', 2, ['S46-b']), // content before legal form: the shared project first
  f('RDY-04', 'GOVERNANCE', 3, ['S43']), // président/directeur pair carries the project, roles clear
  f('RDY-05', 'GOVERNANCE', 2, ['S43', 'S42']), // administrators, long-serving ones too, involved
  f('RDY-06', 'GOVERNANCE', 3, ['S46']), // trust between the partners, built over time
  f('RDY-07', 'GOVERNANCE', 2, ['S43']), // leaders with a political vision, the will and capacity to act
  f('RDY-08', 'PEOPLE', 3, ['S45', 'S35']), // HR dimension and social dialogue anticipated, CSE consulted
  f('RDY-09', 'PEOPLE', 3, ['S42', 'S45']), // people supported through status, identity, customs, workplaces
  f('RDY-10', 'PEOPLE', 2, ['S42']), // clear objectives and communication to staff and members
  f('RDY-11', 'METHOD', 2, ['S42-c']), // a neutral third party for the feasibility study
  f('RDY-12', 'METHOD', 2, ['S42-c', 'S36']), // self-knowledge: an external audit (SWOT) before the process
  f('RDY-13', 'METHOD', 1, ['S36']), // a project method and decision-aid tools
  f('RDY-14', 'METHOD', 1, ['S3', 'S4']), // legal forms that fit and can evolve; the whole toolbox known
  f('RDY-15', 'AUTHORITIES', 2, ['S15', 'S17', 'S45']), // authorities (ARS, département) informed and supportive
];

/**
 * The scale of a factor's score. Default 0 ("not in place"): a readiness index is earned, not
 * presumed, and an unscored checklist then shows the heaviest factors as the first to work on.
 */
export const READINESS_SCORE_MIN = 0;
export const READINESS_SCORE_MAX = 3;
export const READINESS_DEFAULT_SCORE = 0;
