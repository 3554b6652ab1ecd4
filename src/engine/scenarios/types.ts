// The scenarios a board compares (issue 5): what each one pools, with which legal form,
// for which partners, and what it yields, in total and for each partner.
// Flags are numbers (1 or 0), as the Scénarios sheet holds them, so that the engine
// multiplies by them exactly as the sheet's formulas do.
import type { CooperationFormCode, SupportFunctionCode } from '../../domain';
import type { Computed } from '../computed';

/** How one support function is treated in one scenario. */
export interface FunctionLever {
  readonly code: SupportFunctionCode;
  /** 1 pooled, 0 left with each partner. */
  readonly pooled: number;
  /** 1 bottom-up (FTE removed × average loaded cost of the function), 0 top-down (savings rate × baseline). */
  readonly bottomUp: number;
  /** Bottom-up: FTE removed once the function is pooled (ignored top-down). */
  readonly fteRemoved: number;
  /** One-off cost of pooling the function (project, tools), euros; severance comes on top, bottom-up. */
  readonly oneOffEur: number;
}

/**
 * One scenario, resolved against the partner data. Lists by partner follow `data.partners`,
 * lists by site follow `data.sites`, lists by function follow POOLED_FUNCTIONS.
 */
export interface ScenarioDefinition {
  /** `S1`, `S2`…: unique, `S` and a number from 1; S0 is the status quo and is never defined. */
  readonly code: string;
  /** The board's name for it; empty: the form's name is shown. */
  readonly name: string;
  readonly form: CooperationFormCode;
  /** 1 when the partner takes part, by partner. */
  readonly partnerFlags: readonly number[];
  readonly functions: readonly FunctionLever[];
  /** 1: collective agreements are harmonised upward (cost from the Bases sheet's gaps). */
  readonly harmonisation: number;
  /** 1: the partners' IT is migrated (Hypothèses' rate × charges of the partners in). */
  readonly itMigration: number;
  /** 1: change management is paid for (Hypothèses' rate × payroll of the partners in). */
  readonly changeManagement: number;
  /** 1 when the site is closed or merged into another site, by site: its rent and charges are saved. */
  readonly siteFlags: readonly number[];
  /** One-off moving cost per site closed, euros. */
  readonly movingCostPerSiteEur: number;
  /** New head-office costs (dis-synergy), euros per year from year 1 (after the delay). */
  readonly newHeadOfficeEurPerYear: number;
  /** Legal and advisory fees, euros, one-off. */
  readonly legalFeesEur: number;
  /** Share of the savings the associations keep, 0–1; the rest goes back to funders through tariffs. */
  readonly shareKept: number;
  /** Whole years by which recurring savings, site savings and head-office costs start later. */
  readonly delayYears: number;
  /** Funding of the one-off costs besides own reserves: grants and loans received in year 0, euros. */
  readonly grantsEur: number;
  readonly loansEur: number;
  /** Loans are repaid in equal parts over years 1 … loanYears (0: not repaid within the model). */
  readonly loanYears: number;
}

/** The scenario-independent figures every scenario draws on (the Bases sheet). */
export interface ScenarioBases {
  readonly partners: readonly string[];
  /** By function (POOLED_FUNCTIONS order), then by partner: CHARGES lines tagged with the function. */
  readonly baselineEur: readonly (readonly number[])[];
  /** By function, then partner: FTE and loaded payroll of the staff groups tagged with the function. */
  readonly fte: readonly (readonly number[])[];
  readonly payrollEur: readonly (readonly number[])[];
  /** By partner: all CHARGES lines (the key for one-off and head-office costs), payroll, harmonisation gap per year. */
  readonly chargesEur: readonly number[];
  readonly staffPayrollEur: readonly number[];
  readonly harmonisationGapEur: readonly number[];
  /** By partner: FRNG (permanent capital − net fixed assets), BFR and balance-sheet total; empty cells count 0. */
  readonly frngEur: readonly number[];
  readonly workingCapitalNeedEur: readonly number[];
  readonly balanceSheetTotalEur: readonly number[];
  /** By site: rent and charges (0 when empty) and the index of its partner in `partners` (−1 if none). */
  readonly siteRentEur: readonly number[];
  readonly sitePartnerIndex: readonly number[];
}

export interface FunctionOutcome {
  readonly code: SupportFunctionCode;
  readonly pooled: number;
  readonly bottomUp: number;
  /** Charges baseline of the partners in. */
  readonly baselineEur: number;
  /** Loaded payroll / FTE of the function over the partners in (0 without FTE). */
  readonly averageCostPerFteEur: number;
  readonly savingsRate: number;
  /** pooled × (bottom-up ? FTE removed × average cost : rate × baseline), euros per year. */
  readonly runRateEur: number;
  readonly byYearEur: readonly number[];
  /** pooled × (oneOffEur + bottomUp × FTE removed × average cost × severance share). */
  readonly oneOffEur: number;
  /** FTE of the function over the partners in, counted when pooled. */
  readonly ftePooled: number;
}

export interface PartnerOutcome {
  readonly partner: string;
  readonly included: number;
  /** Share of the one-off and head-office costs: the partner's charges / charges of the partners in. */
  readonly costKey: number;
  readonly savingsByYearEur: readonly number[];
  readonly siteSavingsByYearEur: readonly number[];
  readonly oneOffByYearEur: readonly number[];
  readonly headOfficeByYearEur: readonly number[];
  readonly harmonisationByYearEur: readonly number[];
  readonly netBenefitByYearEur: readonly number[];
  readonly netBenefitTotalEur: number;
  readonly npvEur: Computed<number>;
  readonly paybackYears: Computed<number>;
}

export interface FinancingOutcome {
  readonly grantsByYearEur: readonly number[];
  readonly loansByYearEur: readonly number[];
  readonly repaymentsByYearEur: readonly number[];
  /** One-off total − grants − loans: what the partners' reserves fund. */
  readonly reservesUsedEur: number;
  readonly frngBeforeEur: number;
  /** FRNG_t = FRNG before + Σ_{τ≤t} (net benefit + grants + loans − repayments). */
  readonly frngByYearEur: readonly number[];
  readonly workingCapitalNeedEur: number;
  /** Cash_t = FRNG_t − BFR. */
  readonly cashByYearEur: readonly number[];
}

export interface ScenarioOutcome {
  readonly code: string;
  readonly name: string;
  readonly form: CooperationFormCode;
  readonly yearIndexes: readonly number[];
  readonly calendarYears: readonly number[];
  readonly partnersIncluded: number;
  readonly functions: readonly FunctionOutcome[];
  readonly functionsPooled: number;
  readonly ftePooled: number;
  readonly savingsByYearEur: readonly number[];
  readonly sitesClosed: number;
  readonly siteSavingsByYearEur: readonly number[];
  readonly oneOff: {
    readonly functionsEur: number;
    readonly itMigrationEur: number;
    readonly changeManagementEur: number;
    readonly legalFeesEur: number;
    /** Registration duty × the form's merger flag. */
    readonly registrationDutyEur: number;
    readonly movingEur: number;
    readonly totalEur: number;
    readonly byYearEur: readonly number[];
  };
  readonly headOfficeByYearEur: readonly number[];
  readonly harmonisationByYearEur: readonly number[];
  readonly shareKept: number;
  /** shareKept × (savings + site savings) − one-off − head office − harmonisation. */
  readonly netBenefitByYearEur: readonly number[];
  readonly cumulativeByYearEur: readonly number[];
  readonly netBenefitTotalEur: number;
  readonly oneOffTotalEur: number;
  readonly npvEur: Computed<number>;
  readonly paybackYears: Computed<number>;
  readonly partners: readonly PartnerOutcome[];
  readonly financing: FinancingOutcome;
  /** Merger rules (DOMAIN §1.2): assets transferred and whether a merger auditor is required. */
  readonly merger: { readonly applies: number; readonly assetsTransferredEur: number; readonly auditorRequired: boolean };
}
