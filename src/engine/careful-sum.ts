/**
 * Sum of numbers with Neumaier's compensated summation: the rounding error of each
 * addition is carried and added back, so that a money total matches a spreadsheet's
 * SUM to the cent whatever the order of the lines.
 * Source: Neumaier (1974), "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen".
 * @example carefulSum([0.1, 0.2, 0.3]) // 0.6 (a plain loop gives 0.6000000000000001)
 */
export function carefulSum(values: Iterable<number>): number {
  let sum = 0;
  let compensation = 0;
  for (const value of values) {
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? (sum - next) + value : (value - next) + sum;
    sum = next;
  }
  return sum + compensation;
}
