// A weighted-choice sheet in a small plan of its own, for the tests: a stub input sheet holds
// each scenario's NPV, payback, one-off costs and risk score where a scenario sheet and the risk map would, plus HorizonYears
// and MasterCheck; a stub control sheet holds the sheet's checks. No scenario sheet is needed.
import { scoreScenarios } from '../../engine/scoring/score-scenarios';
import type { ScenarioFigures, ScoringInputs, ScoringResult } from '../../engine/scoring/types';
import { translator, type Lang } from '../../i18n';
import type { SheetBuild, SheetContext } from '../context';
import { cellRef, sheetRef } from '../layout/sheet-ref';
import type { ScenarioSheetRefs, ScoringSheetRefs } from '../scenario-refs';
import { PLAN_STYLES } from '../styles';
import type { PlanCell, PlanSheet, WorkbookPlan } from '../types';
import { buildScoringSheet } from './scoring-sheet';

export const STUB_SHEET = 'Scénarios (stub)';
const CHECKS_SHEET = 'Contrôles (stub)';
const HORIZON = { row: 2, col: 2 };
const MASTER = { row: 3, col: 2 };

/** One scenario of a case: its payback in years, or null when not within the horizon (the sheet then shows a text). */
export interface StubScenario {
  readonly code: string;
  readonly npvEur: number;
  readonly paybackYears: number | null;
  readonly oneOffCostsEur: number;
  /** The risk map's score (mean residual score); 0 when absent. */
  readonly riskScore?: number;
}

export interface ScoringCase {
  /** The weighted-choice sheet's name in the plan (several cases share one workbook). */
  readonly sheetName: string;
  readonly horizonYears: number;
  readonly scenarios: readonly StubScenario[];
  readonly inputs: ScoringInputs;
}

/** A context with only what the scoring sheet reads: language, texts and its own name. */
export function scoringContext(lang: Lang, sheetName?: string): SheetContext {
  const t = translator(lang);
  return { lang, t, names: { scoring: sheetName ?? t('sheet.name.scoring') } } as unknown as SheetContext;
}

/** What the engine scores: the payback not within the horizon counts horizon + 1. */
export function figuresOf(c: ScoringCase): ScenarioFigures[] {
  return c.scenarios.map((s) => ({
    code: s.code, npvEur: s.npvEur, paybackYears: s.paybackYears ?? c.horizonYears + 1, oneOffCostsEur: s.oneOffCostsEur,
    riskScore: s.riskScore ?? 0,
  }));
}

/** Stub refs of case `caseIndex`, scenario k: NPV, payback, one-off costs and risk score on rows 1–4 of its block. */
function stubRiskRefs(caseIndex: number, scenarios: readonly StubScenario[]): { riskScore(code: string): string } {
  return { riskScore: (code) => sheetRef(STUB_SHEET, cellRef(6 + caseIndex * 5 + 4, 2 + scenarios.findIndex((s) => s.code === code))) };
}

/** Stub refs: the three figures of case `caseIndex`, scenario k, in the stub sheet's columns. */
function stubRefs(caseIndex: number, scenarios: readonly StubScenario[]): ScenarioSheetRefs[] {
  const at = (k: number, field: number) => sheetRef(STUB_SHEET, cellRef(6 + caseIndex * 5 + field, 2 + k));
  const unused = sheetRef(STUB_SHEET, '$A$1');
  return scenarios.map((s, k) => ({
    code: s.code, sheetKey: `stub${k}`, sheetName: STUB_SHEET,
    npv: at(k, 1), payback: at(k, 2), oneOffTotal: at(k, 3),
    netBenefitTotal: unused, partnersIncluded: unused, functionsPooled: unused, ftePooled: unused, sitesClosed: unused,
    shareKept: unused, integrationLevel: unused, auditorRequired: unused,
    netBenefit: () => unused, cumulative: () => unused, frng: () => unused, cash: () => unused,
    partnerNetBenefitTotal: () => unused, partnerNpv: () => unused, partnerPayback: () => unused,
  }));
}

export interface BuiltCase { readonly build: SheetBuild & { refs: ScoringSheetRefs }; readonly result: ScoringResult }

/**
 * A plan holding the stub input sheet, one weighted-choice sheet per case and a control sheet
 * with every case's checks. All cases share one horizon (the stub's HorizonYears).
 */
export function scoringPlan(lang: Lang, cases: readonly ScoringCase[]): { plan: WorkbookPlan; built: BuiltCase[] } {
  const horizon = cases[0].horizonYears;
  const notWithin = translator(lang)('sheet.reason.NOT_WITHIN_HORIZON');
  const stubCells: PlanCell[] = [
    { row: 1, col: 1, value: 'Stub', style: 'title' },
    { row: HORIZON.row, col: 1, value: 'HorizonYears' }, { row: HORIZON.row, col: HORIZON.col, value: horizon, style: 'input' },
    { row: MASTER.row, col: 1, value: 'MasterCheck' }, { row: MASTER.row, col: MASTER.col, value: true, style: 'input' },
  ];
  const built = cases.map((c, i): BuiltCase => {
    c.scenarios.forEach((s, k) => {
      const row = (field: number) => 6 + i * 5 + field;
      stubCells.push(
        { row: row(0), col: 2 + k, value: s.code, style: 'header' },
        { row: row(1), col: 2 + k, value: s.npvEur, style: 'input' },
        { row: row(2), col: 2 + k, value: s.paybackYears ?? notWithin, style: 'input' },
        { row: row(3), col: 2 + k, value: s.oneOffCostsEur, style: 'input' },
        { row: row(4), col: 2 + k, value: s.riskScore ?? 0, style: 'input' },
      );
    });
    const result = scoreScenarios(figuresOf(c), c.inputs);
    const build = buildScoringSheet(scoringContext(lang, c.sheetName), {
      refs: stubRefs(i, c.scenarios), inputs: c.inputs, result, dataYear: 2024, masterCheck: true, risk: stubRiskRefs(i, c.scenarios),
    });
    return { build, result };
  });
  const stub: PlanSheet = {
    key: 'scoringStub', name: STUB_SHEET, class: 'input', cells: stubCells, tables: [], validations: [], conditionalFormats: [],
    freeze: null, columnWidths: [16, 14, 14, 14, 14, 14], protect: false, print: null, tabColor: null,
  };
  const checkCells: PlanCell[] = built.flatMap(({ build }, i) => build.checks.flatMap((check, j): PlanCell[] => [
    { row: 1 + i * 4 + j, col: 1, value: check.label },
    { row: 1 + i * 4 + j, col: 2, formula: check.formula, expected: check.expected, style: 'check' },
  ]));
  const checks: PlanSheet = {
    key: 'checksStub', name: CHECKS_SHEET, class: 'control', cells: checkCells, tables: [], validations: [], conditionalFormats: [],
    freeze: null, columnWidths: [50, 10], protect: false, print: null, tabColor: null,
  };
  return {
    plan: {
      productVersion: '0.0.0-test', lang,
      // Keys made unique per case: the writer maps names to sheets by key.
      sheets: [stub, ...built.map((b, i) => ({ ...b.build.sheet, key: `scoring${i}` })), checks],
      names: [
        { name: 'HorizonYears', sheetKey: stub.key, ...HORIZON },
        { name: 'MasterCheck', sheetKey: stub.key, ...MASTER },
        ...built.flatMap((b) => b.build.names),
      ],
      styles: PLAN_STYLES,
    },
    built,
  };
}
