// Test helpers for the scenario comparison sheet: hand-made scenario outcomes and scoring
// results, and small stub sheets (scenario sheets, Scénarios, legal forms, scoring,
// assumptions) whose cells hold those values at the addresses the stub refs return.
// Not a test file itself: the unit tests and the LibreOffice test share it.
import { COOPERATION_FORMS, type CooperationFormCode } from '../../domain/codes';
import { computed, notComputed, type Computed } from '../../engine/computed';
import type { PartnerOutcome, ScenarioOutcome } from '../../engine/scenarios/types';
import { CRITERIA, type ScoringResult } from '../../engine/scoring/types';
import { aPartner, handWorkedData } from '../../engine/comparison/data-builders.test-support';
import type { Lang, Translate } from '../../i18n';
import type { SheetBuild } from '../context';
import { createSheetContext, type ModelContext } from '../sheet-context';
import { PLAN_STYLES } from '../styles';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import { yearCol } from '../layout/timeline';
import type { LegalFormsLayout, ScenarioSheetRefs, ScenariosSheetLayout, ScoringSheetRefs } from '../scenario-refs';
import type { CellScalar, PlanCell, PlanName, PlanSheet, WorkbookPlan } from '../types';
import { buildDataSheet } from './data-sheet';
import { buildScenarioComparisonSheet } from './scenario-comparison-sheet';

/** A figure, or null for "not within the horizon". */
type Maybe = number | null;
const orNotWithin = (v: Maybe): Computed<number> => (v === null ? notComputed('NOT_WITHIN_HORIZON') : computed(v));

export interface PartnerSpec { readonly netBenefit: number; readonly npv: number; readonly payback: Maybe }

export interface OutcomeSpec {
  readonly name?: string;
  readonly form?: CooperationFormCode;
  readonly npv?: Maybe;
  readonly payback?: Maybe;
  readonly netBenefitTotal?: number;
  readonly oneOffTotal?: number;
  readonly partnersIncluded?: number;
  readonly functionsPooled?: number;
  readonly ftePooled?: number;
  readonly sitesClosed?: number;
  readonly shareKept?: number;
  readonly auditorRequired?: boolean;
  /** By model year 0 … N. */
  readonly cumulative?: readonly number[];
  readonly frng?: readonly number[];
  readonly cash?: readonly number[];
  readonly partners?: readonly PartnerSpec[];
}

export const FIRST_YEAR = 2025;

/** A scenario outcome with the fields the comparison sheet reads; the rest zero. Years 0 … cumulative.length − 1. */
export function anOutcome(code: string, s: OutcomeSpec = {}): ScenarioOutcome {
  const cumulative = s.cumulative ?? [0, 0, 0, 0];
  const years = cumulative.map((_, t) => t);
  const zeros = years.map(() => 0);
  const netBenefit = cumulative.map((c, t) => (t === 0 ? c : c - cumulative[t - 1]));
  const partner = (p: PartnerSpec, i: number): PartnerOutcome => ({
    partner: `P${i}`, included: 1, costKey: 0, savingsByYearEur: zeros, siteSavingsByYearEur: zeros, oneOffByYearEur: zeros,
    headOfficeByYearEur: zeros, harmonisationByYearEur: zeros, netBenefitByYearEur: zeros,
    netBenefitTotalEur: p.netBenefit, npvEur: computed(p.npv), paybackYears: orNotWithin(p.payback),
  });
  return {
    code, name: s.name ?? '', form: s.form ?? 'CONVENTION', yearIndexes: years, calendarYears: years.map((t) => FIRST_YEAR + t),
    partnersIncluded: s.partnersIncluded ?? 0, functions: [], functionsPooled: s.functionsPooled ?? 0, ftePooled: s.ftePooled ?? 0,
    savingsByYearEur: zeros, sitesClosed: s.sitesClosed ?? 0, siteSavingsByYearEur: zeros,
    oneOff: {
      functionsEur: 0, itMigrationEur: 0, changeManagementEur: 0, legalFeesEur: 0, registrationDutyEur: 0, movingEur: 0,
      totalEur: s.oneOffTotal ?? 0, byYearEur: zeros,
    },
    headOfficeByYearEur: zeros, harmonisationByYearEur: zeros, shareKept: s.shareKept ?? 1,
    netBenefitByYearEur: netBenefit, cumulativeByYearEur: cumulative,
    netBenefitTotalEur: s.netBenefitTotal ?? 0, oneOffTotalEur: s.oneOffTotal ?? 0,
    npvEur: orNotWithin(s.npv ?? 0), paybackYears: orNotWithin(s.payback === undefined ? 0 : s.payback),
    partners: (s.partners ?? []).map(partner),
    financing: {
      grantsByYearEur: zeros, loansByYearEur: zeros, repaymentsByYearEur: zeros, reservesUsedEur: 0, frngBeforeEur: 0,
      frngByYearEur: s.frng ?? zeros, workingCapitalNeedEur: 0, cashByYearEur: s.cash ?? zeros,
    },
    merger: { applies: 0, assetsTransferredEur: 0, auditorRequired: s.auditorRequired ?? false },
  };
}

/** A scoring result with the fields the comparison sheet reads. */
export function aScoringResult(codes: readonly string[], total: readonly number[], rank: readonly number[], first: string): ScoringResult {
  const scores = Object.fromEntries(CRITERIA.map((c) => [c, codes.map(() => 0)])) as unknown as ScoringResult['scores'];
  return { codes, scores, total, rank, first, weightSum: 100, sensitivity: [] };
}

export interface StubSheets {
  readonly sheets: readonly PlanSheet[];
  readonly names: readonly PlanName[];
  readonly refs: readonly ScenarioSheetRefs[];
  readonly scoring: ScoringSheetRefs;
  readonly scenarios: ScenariosSheetLayout;
  readonly legalForms: LegalFormsLayout;
}

const sheet = (key: string, name: string, cls: PlanSheet['class'], cells: PlanCell[]): PlanSheet => ({
  key, name, class: cls, cells, tables: [], validations: [], conditionalFormats: [], freeze: null,
  columnWidths: [], protect: false, print: null, tabColor: null,
});
const v = (row: number, col: number, value: CellScalar): PlanCell => ({ row, col, value });
const cellText = (c: Computed<number>, t: Translate): CellScalar => (c.ok ? c.value : t(`sheet.reason.${c.reason}`));

/** Rows of a stub scenario sheet: headlines in column D, years from I, partners in D:F. */
const ROW = { npv: 5, payback: 6, netBenefitTotal: 7, oneOffTotal: 8, partnersIncluded: 9, functionsPooled: 10, ftePooled: 11,
  sitesClosed: 12, shareKept: 13, integrationLevel: 14, auditorRequired: 15, netBenefit: 20, cumulative: 21, frng: 22, cash: 23, partners: 30 } as const;

function scenarioStub(o: ScenarioOutcome, integrationLevel: number, t: Translate): { sheet: PlanSheet; refs: ScenarioSheetRefs } {
  const name = `Mutualisation ${o.code}`;
  const at = (row: number, col = 4) => sheetRef(name, cellRef(row, col));
  const cells: PlanCell[] = [
    v(ROW.npv, 4, cellText(o.npvEur, t)), v(ROW.payback, 4, cellText(o.paybackYears, t)), v(ROW.netBenefitTotal, 4, o.netBenefitTotalEur),
    v(ROW.oneOffTotal, 4, o.oneOffTotalEur), v(ROW.partnersIncluded, 4, o.partnersIncluded), v(ROW.functionsPooled, 4, o.functionsPooled),
    v(ROW.ftePooled, 4, o.ftePooled), v(ROW.sitesClosed, 4, o.sitesClosed), v(ROW.shareKept, 4, o.shareKept),
    v(ROW.integrationLevel, 4, integrationLevel),
    // 1/0 as a scenario sheet may hold it: the comparison turns it into TRUE/FALSE.
    v(ROW.auditorRequired, 4, o.merger.auditorRequired ? 1 : 0),
    ...o.yearIndexes.flatMap((y) => [
      v(ROW.netBenefit, yearCol(y), o.netBenefitByYearEur[y]), v(ROW.cumulative, yearCol(y), o.cumulativeByYearEur[y]),
      v(ROW.frng, yearCol(y), o.financing.frngByYearEur[y]), v(ROW.cash, yearCol(y), o.financing.cashByYearEur[y]),
    ]),
    ...o.partners.flatMap((p, i) => [
      v(ROW.partners + i, 4, p.netBenefitTotalEur), v(ROW.partners + i, 5, cellText(p.npvEur, t)), v(ROW.partners + i, 6, cellText(p.paybackYears, t)),
    ]),
  ];
  return {
    sheet: sheet(`savings_${o.code}`, name, 'calculation', cells),
    refs: {
      code: o.code, sheetKey: `savings_${o.code}`, sheetName: name,
      npv: at(ROW.npv), payback: at(ROW.payback), netBenefitTotal: at(ROW.netBenefitTotal), oneOffTotal: at(ROW.oneOffTotal),
      partnersIncluded: at(ROW.partnersIncluded), functionsPooled: at(ROW.functionsPooled), ftePooled: at(ROW.ftePooled),
      sitesClosed: at(ROW.sitesClosed), shareKept: at(ROW.shareKept), integrationLevel: at(ROW.integrationLevel),
      auditorRequired: at(ROW.auditorRequired),
      netBenefit: (y) => at(ROW.netBenefit, yearCol(y)), cumulative: (y) => at(ROW.cumulative, yearCol(y)),
      frng: (y) => at(ROW.frng, yearCol(y)), cash: (y) => at(ROW.cash, yearCol(y)),
      partnerNetBenefitTotal: (p) => at(ROW.partners + p, 4), partnerNpv: (p) => at(ROW.partners + p, 5), partnerPayback: (p) => at(ROW.partners + p, 6),
    },
  };
}

/**
 * The stub sheets around the comparison: one per scenario, Scénarios (name and form rows,
 * `rawNames` as the board typed them: '' for "use the form's name"), legal forms (codes and
 * names), scoring (totals, ranks, first) and an assumptions sheet holding FirstYear,
 * HorizonYears and MasterCheck (TRUE).
 */
export function stubSheets(outcomes: readonly ScenarioOutcome[], scoring: ScoringResult, t: Translate,
  integrationLevels: readonly number[], rawNames: readonly string[] = outcomes.map((o) => o.name)): StubSheets {
  const scenarioStubs = outcomes.map((o, i) => scenarioStub(o, integrationLevels[i], t));
  const codes = outcomes.map((o) => o.code);
  const sc = 'Scénarios';
  const scenarioRows: Readonly<Record<string, number>> = { name: 7, form: 8 };
  const scenarios: ScenariosSheetLayout = {
    sheetName: sc, codes,
    col: (code) => 4 + codes.indexOf(code),
    row: (key) => scenarioRows[key],
    ref: (code, key) => sheetRef(sc, cellRef(scenarioRows[key], 4 + codes.indexOf(code))),
    partnerFlags: () => { throw new Error('not stubbed'); },
    siteFlags: () => null,
  };
  const lf = 'Formes juridiques';
  const forms = rangeRef(5, 1, 4 + COOPERATION_FORMS.length, 1);
  const formNames = rangeRef(5, 2, 4 + COOPERATION_FORMS.length, 2);
  const legalForms: LegalFormsLayout = {
    sheetName: lf, codes: sheetRef(lf, forms), names: sheetRef(lf, formNames), shortNames: sheetRef(lf, formNames),
    integrationMin: sheetRef(lf, formNames), integrationMax: sheetRef(lf, formNames), mergerRules: sheetRef(lf, formNames), allDissolved: sheetRef(lf, formNames),
  };
  const ch = 'Choix pondéré';
  const scoringRefs: ScoringSheetRefs = {
    sheetName: ch,
    total: (code) => sheetRef(ch, cellRef(6, 4 + scoring.codes.indexOf(code))),
    rank: (code) => sheetRef(ch, cellRef(7, 4 + scoring.codes.indexOf(code))),
    first: sheetRef(ch, cellRef(9, 4)),
  };
  const sheets: PlanSheet[] = [
    sheet('assumptions', 'Hypothèses', 'input', [v(3, 2, FIRST_YEAR), v(4, 2, (outcomes[0]?.yearIndexes.length ?? 1) - 1), v(5, 2, true)]),
    sheet('scenarios', sc, 'input', outcomes.flatMap((o, i) => [v(6, 4 + i, o.code), v(7, 4 + i, rawNames[i] === '' ? null : rawNames[i]), v(8, 4 + i, o.form)])),
    sheet('scoring', ch, 'input', [
      ...scoring.codes.flatMap((code, i) => [v(5, 4 + i, code), v(6, 4 + i, scoring.total[i]), v(7, 4 + i, scoring.rank[i])]),
      v(9, 4, scoring.first),
    ]),
    sheet('legalForms', lf, 'input', COOPERATION_FORMS.flatMap((code, i) => [v(5 + i, 1, code), v(5 + i, 2, t(`domain.form.${code}.short`))])),
    ...scenarioStubs.map((s) => s.sheet),
  ];
  const names: PlanName[] = [
    { name: 'FirstYear', sheetKey: 'assumptions', row: 3, col: 2 },
    { name: 'HorizonYears', sheetKey: 'assumptions', row: 4, col: 2 },
    { name: 'MasterCheck', sheetKey: 'assumptions', row: 5, col: 2 },
  ];
  return { sheets, names, refs: scenarioStubs.map((s) => s.refs), scoring: scoringRefs, scenarios, legalForms };
}

/**
 * The hand case of the tests: three scenarios over years 0–3 and three partners (A, B, A*).
 * Winners worked by hand: one-off costs S1 (40 000 < 90 000 < 250 000), NPV S3 (450 000),
 * payback S1 (2.5 < 3.4; S2's is not within the horizon), net benefit S3, score and rank S2
 * (70.25, rank 1); partner A's net benefit a tie (S2 and S3: 150 000), B's payback a tie
 * (S2 and S3: 2.8), A*'s payback none (never within the horizon).
 */
export function handCase(): { outcomes: ScenarioOutcome[]; scoring: ScoringResult; integrationLevels: number[] } {
  const outcomes = [
    anOutcome('S1', {
      name: 'Achats partagés', form: 'CONVENTION', npv: 120_000, payback: 2.5, netBenefitTotal: 150_000, oneOffTotal: 40_000,
      partnersIncluded: 3, functionsPooled: 2, ftePooled: 3.5, sitesClosed: 0, shareKept: 1, auditorRequired: false,
      cumulative: [-40_000, 10_000, 80_000, 150_000], frng: [360_000, 410_000, 480_000, 550_000], cash: [210_000, 260_000, 330_000, 400_000],
      partners: [{ netBenefit: 100_000, npv: 80_000, payback: 2.1 }, { netBenefit: 50_000, npv: 40_000, payback: 3 }, { netBenefit: 0, npv: 0, payback: null }],
    }),
    anOutcome('S2', {
      name: '', form: 'GCSMS', npv: -25_000, payback: null, netBenefitTotal: -10_000, oneOffTotal: 90_000,
      partnersIncluded: 2, functionsPooled: 5, ftePooled: 8.25, sitesClosed: 1, shareKept: 0.8, auditorRequired: false,
      cumulative: [-90_000, -70_000, -40_000, -10_000], frng: [310_000, 330_000, 360_000, 390_000], cash: [160_000, 180_000, 210_000, 240_000],
      partners: [{ netBenefit: 150_000, npv: 120_000, payback: 1.5 }, { netBenefit: 50_000, npv: 180_000, payback: 2.8 }, { netBenefit: 0, npv: 0, payback: null }],
    }),
    anOutcome('S3', {
      name: 'Fusion', form: 'FUSION_ABSORPTION', npv: 450_000, payback: 3.4, netBenefitTotal: 520_000, oneOffTotal: 250_000,
      partnersIncluded: 3, functionsPooled: 14, ftePooled: 21.5, sitesClosed: 2, shareKept: 1, auditorRequired: true,
      cumulative: [-250_000, -180_000, -20_000, 520_000], frng: [150_000, 220_000, 380_000, 920_000], cash: [0, 70_000, 230_000, 770_000],
      partners: [{ netBenefit: 150_000, npv: 200_000, payback: 3.2 }, { netBenefit: 300_000, npv: 150_000, payback: 2.8 }, { netBenefit: 70_000, npv: 100_000, payback: null }],
    }),
  ];
  // Integration levels: the legal forms catalogue's maximum (CONVENTION 1, GCSMS 4, FUSION_ABSORPTION 5).
  return { outcomes, scoring: aScoringResult(['S1', 'S2', 'S3'], [55.5, 70.25, 62], [3, 1, 2], 'S2'), integrationLevels: [1, 4, 5] };
}

/**
 * The hand case as a whole plan: the data sheet of handWorkedData (A with a balance sheet:
 * FRNG 1 000 000 − 600 000 = 400 000, BFR 150 000), the stub sheets and the comparison sheet.
 */
export function handPlan(lang: Lang, outcomes = handCase().outcomes, scoring = handCase().scoring,
  integrationLevels = handCase().integrationLevels): { plan: WorkbookPlan; built: SheetBuild; ctx: ModelContext; stubs: StubSheets } {
  const base = handWorkedData();
  const data = { ...base, partners: [aPartner('A', { ...base.partners[0], workingCapitalNeedEur: 150_000 }), ...base.partners.slice(1)] };
  const ctx = createSheetContext(data, lang, 2024);
  const stubs = stubSheets(outcomes, scoring, ctx.t, integrationLevels);
  const built = buildScenarioComparisonSheet(ctx, {
    refs: stubs.refs, scoring: stubs.scoring, scoringResult: scoring, outcomes, scenarios: stubs.scenarios,
    legalForms: stubs.legalForms, dataYear: 2024, masterCheck: true,
  });
  const dataSheet = buildDataSheet(ctx, ctx.dataLayout, 2024, true);
  const plan: WorkbookPlan = {
    productVersion: '0.1.0-test', lang, sheets: [dataSheet.sheet, ...stubs.sheets, built.sheet],
    names: [...dataSheet.names, ...stubs.names], styles: PLAN_STYLES,
  };
  return { plan, built, ctx, stubs };
}
