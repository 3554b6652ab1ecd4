// The sizes of the synthetic cooperations the benchmark (issue 9) runs on.

/** How many rows each table of a synthetic cooperation holds, exactly. */
export interface SyntheticSize {
  readonly partners: number;
  /** Establishments and head offices together. */
  readonly sites: number;
  readonly budgetLines: number;
  readonly staffLines: number;
}

/**
 * "large": a big federation or territorial grouping (issue 9); "tenth": one tenth of it, for the
 * linear-growth check; "memory": five times the sites and lines of "large" (100 000 budget lines),
 * same density per site, for the peak-memory check.
 */
export const SYNTHETIC_SIZES = {
  large: { partners: 20, sites: 200, budgetLines: 20_000, staffLines: 2_000 },
  tenth: { partners: 2, sites: 20, budgetLines: 2_000, staffLines: 200 },
  memory: { partners: 20, sites: 1_000, budgetLines: 100_000, staffLines: 10_000 },
} as const satisfies Readonly<Record<string, SyntheticSize>>;

export type SyntheticSizeName = keyof typeof SYNTHETIC_SIZES;

/** The seed the benchmark uses: same seed, same tables. */
export const SYNTHETIC_SEED = 20_261_126;
