import type { FunctionCode, GroupCode, StaffCategoryCode } from '../../domain/codes';

/** Key of the "no function given" bucket: budget lines and staff groups with an empty `Fonction`. */
export const NOT_ALLOCATED = 'NOT_ALLOCATED' as const;
export type FunctionBucket = FunctionCode | typeof NOT_ALLOCATED;

/** FTE and loaded payroll of a set of staff groups. */
export interface StaffTotals {
  readonly fte: number;
  readonly loadedPayrollEur: number;
}

/** The additive figures of one entity (a partner, the consolidated whole, or the adjustments). */
export interface ComparisonFigures {
  readonly chargesByGroupEur: Readonly<Record<GroupCode, number>>;
  readonly produitsByGroupEur: Readonly<Record<GroupCode, number>>;
  /** Σ of every CHARGES line, read directly (not as the sum of the groups), so that the two can be reconciled. */
  readonly totalChargesEur: number;
  readonly totalProduitsEur: number;
  readonly chargesByFunctionEur: Readonly<Record<FunctionBucket, number>>;
  readonly staffByCategory: Readonly<Record<StaffCategoryCode, StaffTotals>>;
  readonly staffByFunction: Readonly<Record<FunctionBucket, StaffTotals>>;
  readonly staffTotal: StaffTotals;
  readonly sites: number;
  readonly authorisedPlaces: number;
  readonly daysDelivered: number;
  readonly rentAndChargesEur: number;
  readonly floorAreaM2: number;
}

/** Figures derived from the additive ones; never summed across entities. */
export interface ComparisonDerived {
  /** Total produits − total charges, in euros. */
  readonly resultEur: number;
  /** Loaded payroll / FTE by category; null ("n/a") when FTE = 0. */
  readonly averageCostPerFteByCategoryEur: Readonly<Record<StaffCategoryCode, number | null>>;
  readonly averageCostPerFteEur: number | null;
}

export interface EntityComparison extends ComparisonFigures, ComparisonDerived {}

export interface PartnerComparison extends EntityComparison {
  readonly partner: string;
}

/** A reconciliation: `expectedEur` read directly from the data, `actualEur` built from the columns. */
export interface ComparisonCheck {
  readonly key: 'totalChargesFromPartners' | 'totalProduitsFromPartners' | 'chargesGroupsReconcile' | 'chargesFunctionsReconcile' | 'staffFteReconcile';
  readonly ok: boolean;
  readonly expected: number;
  readonly actual: number;
}

export interface Comparison {
  readonly partners: readonly PartnerComparison[];
  readonly adjustments: ComparisonFigures;
  /** Σ partners + adjustments for every additive figure; derived figures recomputed from those sums. */
  readonly consolidated: EntityComparison;
  readonly checks: readonly ComparisonCheck[];
}
