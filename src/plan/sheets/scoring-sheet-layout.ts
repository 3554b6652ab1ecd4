// Where the weighted-choice sheet holds what: fixed columns for the criteria, one column per
// scenario from FIRST_SCENARIO_COL, and blocks of rows one under the other. The builder and
// the reader (read-scoring-inputs.ts) share these numbers.
import { CRITERIA, DATA_CRITERIA, type Criterion, type DataCriterion } from '../../engine/scoring/types';

export const SCORING_COLS = { key: 1, label: 2, direction: 3, weight: 4, share: 5 } as const;
export const FIRST_SCENARIO_COL = 6;
export const SCORING_NOTE_ROW = 3;
export const SCORING_PROVENANCE_ROW = 4;
/** Column headers of the criteria, and the scenario codes from FIRST_SCENARIO_COL. */
export const SCORING_HEADER_ROW = 5;

const FIGURES_SECTION = SCORING_HEADER_ROW + 1;
const FIRST_FIGURE = FIGURES_SECTION + 1;
const SCORES_SECTION = FIRST_FIGURE + DATA_CRITERIA.length + 1;
const FIRST_CRITERION = SCORES_SECTION + 1;
const TOTAL = FIRST_CRITERION + CRITERIA.length;
const SENSITIVITY_SECTION = TOTAL + 5;
const CROSSINGS_SECTION = SENSITIVITY_SECTION + CRITERIA.length + 3;
const DISTANCES_SECTION = CROSSINGS_SECTION + CRITERIA.length + 3;

/** Row numbers of every block (1-based). */
export const SCORING_ROWS = {
  figuresSection: FIGURES_SECTION,
  scoresSection: SCORES_SECTION,
  /** Σ weights in the weight column; the weighted score of each scenario in its column. */
  total: TOTAL,
  rank: TOTAL + 1,
  /** Points behind the first choice: total − the highest total. */
  gap: TOTAL + 2,
  /** The first choice's code, in the weight column. */
  first: TOTAL + 3,
  sensitivitySection: SENSITIVITY_SECTION,
  sensitivityHeader: SENSITIVITY_SECTION + 1,
  crossingsSection: CROSSINGS_SECTION,
  crossingsHeader: CROSSINGS_SECTION + 1,
  distancesSection: DISTANCES_SECTION,
  distancesHeader: DISTANCES_SECTION + 1,
  last: DISTANCES_SECTION + 1 + CRITERIA.length,
} as const;

const at = (first: number, c: Criterion) => first + CRITERIA.indexOf(c);

/** Row of a data criterion's raw figure. */
export const figureRow = (c: DataCriterion): number => FIRST_FIGURE + DATA_CRITERIA.indexOf(c);
/** Row of a criterion: key, weight, share and the scenarios' scores. */
export const criterionRow = (c: Criterion): number => at(FIRST_CRITERION, c);
export const sensitivityRow = (c: Criterion): number => at(SCORING_ROWS.sensitivityHeader + 1, c);
export const crossingRow = (c: Criterion): number => at(SCORING_ROWS.crossingsHeader + 1, c);
export const distanceRow = (c: Criterion): number => at(SCORING_ROWS.distancesHeader + 1, c);
export const scenarioCol = (k: number): number => FIRST_SCENARIO_COL + k;
