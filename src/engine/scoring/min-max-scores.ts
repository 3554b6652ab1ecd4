/** Which way a data criterion points: a higher NPV is better, a shorter payback and lower one-off costs are. */
export type ScoreDirection = 'higherIsBetter' | 'lowerIsBetter';

/**
 * Min–max scaling to 0–100 across the scenarios: the best scenario scores 100, the worst 0,
 * the others in proportion. higher is better: 100 × (v − min) / (max − min);
 * lower is better: 100 × (max − v) / (max − min). When every scenario has the same figure
 * (max = min) nothing tells them apart on this criterion, so every one scores 100: the
 * criterion then adds the same points to every total and leaves the ranking to the others.
 * The sheet writes the same formula in the same order of operations:
 * `IF(MAX(r)=MIN(r),100,100*(v-MIN(r))/(MAX(r)-MIN(r)))`.
 * Source: MODELLING.md "Weighted scoring of scenarios"; issue 5 item 4.
 * @example minMaxScores([10, 30, 20], 'higherIsBetter') // [0, 100, 50]
 */
export function minMaxScores(values: readonly number[], direction: ScoreDirection): number[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (max === min) return values.map(() => 100);
  return values.map((v) => (direction === 'higherIsBetter' ? (100 * (v - min)) / (max - min) : (100 * (max - v)) / (max - min)));
}
