// What the risk sheets expose to the other sheets (issue 6): absolute, sheet-qualified addresses.

/** The risk map sheet's per-scenario figures. */
export interface RiskScoreRefs {
  readonly sheetName: string;
  /** A scenario's risk score: the mean residual score (1–25) of its register; the scoring's risk criterion. */
  riskScore(code: string): string;
  /** Its number of residual risks in the critical band. */
  criticalCount(code: string): string;
}

/** The readiness sheet's index (0–1, shown as %), for the cover. */
export interface ReadinessRefs {
  readonly sheetName: string;
  readonly index: string;
  /** The factor to work on first, second and third (k = 1, 2, 3): its label. */
  priority(k: number): string;
}
