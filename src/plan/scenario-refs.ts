// The contracts between the scenario sheets: where the Scénarios input sheet holds each
// lever, and where each scenario's calculation sheet holds the figures that the
// comparison and scoring sheets read. Addresses are absolute and sheet-qualified
// (`'Scénarios'!$E$12`), ready to drop into a formula.

/** Scalar levers of a scenario: one row each on the Scénarios sheet, one column per scenario. */
export const SCENARIO_SCALAR_LEVERS = [
  'name', 'form', 'harmonisation', 'itMigration', 'changeManagement', 'legalFeesEur', 'newHeadOfficeEurPerYear',
  'movingCostPerSiteEur', 'shareKept', 'delayYears', 'grantsEur', 'loansEur', 'loanYears',
] as const;
export type ScenarioScalarLever = (typeof SCENARIO_SCALAR_LEVERS)[number];

/** Levers of one function in one scenario: rows keyed `<lever>.<FUNCTION>`. */
export const SCENARIO_FUNCTION_LEVERS = ['pooled', 'bottomUp', 'fteRemoved', 'oneOffEur'] as const;
export type ScenarioFunctionLever = (typeof SCENARIO_FUNCTION_LEVERS)[number];

/**
 * Where the Scénarios sheet (input) holds each lever. Row keys (column A):
 * the scalar levers, `partner.<CODE>` (1 when the partner takes part), `<lever>.<FUNCTION>` for the
 * function levers, `site.<CODE>` (1 when the site closes); codes as in the data, so that a
 * regeneration after the data changed still finds each lever.
 */
export interface ScenariosSheetLayout {
  readonly sheetName: string;
  /** Scenario codes in column order (`S1`, `S2`…). */
  readonly codes: readonly string[];
  /** Column of a scenario. */
  col(code: string): number;
  /** Row of a lever key (`shareKept`, `pooled.ACHATS`, `partner.ASSO1`, `site.EHPAD1`). */
  row(key: string): number;
  /** Absolute sheet-qualified address of one scenario's lever. */
  ref(code: string, key: string): string;
  /** Absolute sheet-qualified range of one scenario's partner flags (data.partners order, one column). */
  partnerFlags(code: string): string;
  /** Same for the site flags (data.sites order); null when there is no site. */
  siteFlags(code: string): string | null;
}

/** What one scenario's calculation sheet exposes: absolute sheet-qualified addresses. */
export interface ScenarioSheetRefs {
  readonly code: string;
  readonly sheetKey: string;
  readonly sheetName: string;
  readonly npv: string;
  readonly payback: string;
  readonly netBenefitTotal: string;
  readonly oneOffTotal: string;
  readonly partnersIncluded: string;
  readonly functionsPooled: string;
  readonly ftePooled: string;
  readonly sitesClosed: string;
  readonly shareKept: string;
  /** Integration level of the scenario's form (the legal forms sheet's max level). */
  readonly integrationLevel: string;
  readonly auditorRequired: string;
  /** Year t's cell of the rows by year (t = 0 … N, same timeline columns on every sheet). */
  netBenefit(t: number): string;
  cumulative(t: number): string;
  frng(t: number): string;
  cash(t: number): string;
  /**
   * Issue 7 (the tornado sheet reads them; optional so that hand-made refs in tests need not list them):
   * year t's cell of the savings of the functions, site savings, one-off costs and harmonisation rows,
   * and by function (POOLED_FUNCTIONS index) the baseline of the partners in (the savings grid's column D).
   */
  savings?(t: number): string;
  siteSavings?(t: number): string;
  oneOff?(t: number): string;
  harmonisation?(t: number): string;
  functionBaseline?(f: number): string;
  /** By partner index (data.partners order). */
  partnerNetBenefitTotal(p: number): string;
  partnerNpv(p: number): string;
  partnerPayback(p: number): string;
}

/** Where the legal forms reference sheet holds its lookup columns (rows: COOPERATION_FORMS order). */
export interface LegalFormsLayout {
  readonly sheetName: string;
  /** Absolute range of the form codes, and of the columns looked up by code (same rows). */
  readonly codes: string;
  readonly integrationMin: string;
  readonly integrationMax: string;
  /** 1 when the merger rules of DOMAIN §1.2 and the registration duty apply (APA, fusions). */
  readonly mergerRules: string;
  /** 1 when every partner is dissolved (fusion-création): all assets transfer. */
  readonly allDissolved: string;
  /** The localised form names, and short ones for narrow columns (`GCSMS`, `Fusion-absorption`). */
  readonly names: string;
  readonly shortNames: string;
}

/** What the scoring sheet exposes to the comparison sheet. */
export interface ScoringSheetRefs {
  readonly sheetName: string;
  /** A scenario's weighted score (0–100) and rank. */
  total(code: string): string;
  rank(code: string): string;
  /** The code of the first choice. */
  readonly first: string;
}
