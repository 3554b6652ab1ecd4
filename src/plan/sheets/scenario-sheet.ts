// One scenario's savings sheet (calculation), "Mutualisation S2" / "Pooling S2": every figure
// a formula over the Scénarios, Hypothèses, Bases and data sheets, one formula per row
// across the year columns (MODELLING.md), in the order of SCENARIO-SPEC.md. The blocks live
// in scenario-*-block.ts; the expected values are the engine's ScenarioOutcome.
import { carefulSum } from '../../engine/careful-sum';
import { scenarioBases } from '../../engine/scenarios/scenario-bases';
import type { ScenarioBases, ScenarioOutcome } from '../../engine/scenarios/types';
import type { PlanCheck, SheetBuild, SheetContext } from '../context';
import { FORMAT_FLAG, FORMAT_YEAR } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import { YEAR_FIRST_COL, yearCol } from '../layout/timeline';
import type { LegalFormsLayout, ScenarioSheetRefs, ScenariosSheetLayout } from '../scenario-refs';
import type { PlanName } from '../types';
import type { BasesLayout } from './bases-sheet-layout';
import { putCosts } from './scenario-costs-block';
import { putFinancing } from './scenario-financing-block';
import { putFunctions } from './scenario-functions-block';
import { putIdentity, putKeys } from './scenario-keys-block';
import { putPartners } from './scenario-partners-block';
import { putResult } from './scenario-result-block';
import { scenarioSheetFigures } from './scenario-sheet-figures';
import { COL, HEADER_ROW, HORIZON_ROW, INDEX_ROW, scenarioWriter } from './scenario-writer';
import { putFrame } from './sheet-frame';

export interface ScenarioSheetOptions {
  readonly scenarios: ScenariosSheetLayout;
  readonly legalForms: LegalFormsLayout;
  readonly bases: BasesLayout;
  readonly outcome: ScenarioOutcome;
  /** The figures the outcome was computed from (scenarioBases(data)), when the caller already has them. */
  readonly basesFigures?: ScenarioBases;
  readonly dataYear: number;
  readonly masterCheck: boolean;
}

/** The stable key of a scenario's sheet: `savings_S2`. */
export function scenarioSheetKey(code: string): string {
  return `savings_${code}`;
}

/**
 * The calculation sheet of one scenario, its checks, its defined names (`S2_NPV`, `S2_Payback`,
 * `S2_NetBenefitTotal`, `S2_OneOffCosts`) and the addresses the comparison and scoring sheets read.
 * @example buildScenarioSheet(ctx, { scenarios, legalForms, bases: basesBuild.layout, outcome, dataYear: 2024, masterCheck: true }).refs.npv
 */
export function buildScenarioSheet(ctx: SheetContext, o: ScenarioSheetOptions): SheetBuild & { refs: ScenarioSheetRefs } {
  const { outcome } = o;
  const code = outcome.code;
  const sheetKey = scenarioSheetKey(code);
  const sheetName = ctx.names[sheetKey] ?? ctx.t('sheet.name.scenario', { code });
  // The bases the outcome was computed from: the expected values of the sheet's sums over the partners in.
  const basesFigures = o.basesFigures ?? scenarioBases(ctx.data);
  const grid = new SheetGrid();
  const figures = scenarioSheetFigures(basesFigures, outcome);
  const w = scenarioWriter({ ctx, grid, sheetName, scenarios: o.scenarios, legalForms: o.legalForms, bases: o.bases, basesFigures, outcome, figures });
  const n = outcome.yearIndexes.length - 1;
  const title = ctx.t('sheet.scenario.title', { code });

  putFrame(grid, ctx, { title, sheetClass: 'calculation', dataYear: o.dataYear, masterCheck: o.masterCheck, masterCheckCol: COL.f });
  grid.text(3, COL.code, ctx.t('sheet.scenario.note'), 'note');
  grid.text(HEADER_ROW, COL.code, ctx.t('sheet.scenario.header.code'), 'header');
  grid.text(HEADER_ROW, COL.label, ctx.t('sheet.scenario.header.label'), 'header');
  grid.text(HEADER_ROW, COL.unit, ctx.t('sheet.scenario.header.unit'), 'header');
  grid.text(INDEX_ROW, COL.label, ctx.t('sheet.common.yearIndex'), 'note');
  grid.text(HORIZON_ROW, COL.label, ctx.t('sheet.common.inHorizon'), 'note');
  for (const t of outcome.yearIndexes) {
    grid.put(HEADER_ROW, yearCol(t), { formula: `FirstYear+${w.idx(t)}`, expected: outcome.calendarYears[t], style: 'header', numberFormat: FORMAT_YEAR });
    grid.put(INDEX_ROW, yearCol(t), { formula: `COLUMN()-COLUMN(${cellRef(INDEX_ROW, YEAR_FIRST_COL)})`, expected: t, style: 'note', numberFormat: FORMAT_YEAR });
    grid.put(HORIZON_ROW, yearCol(t), { formula: `IF(${w.idx(t)}<=HorizonYears,1,0)`, expected: 1, style: 'note', numberFormat: FORMAT_FLAG });
  }

  const identity = putIdentity(w, 9);
  const keys = putKeys(w, identity.nextRow + 1);
  const functions = putFunctions(w, keys.nextRow + 1, keys);
  const costs = putCosts(w, functions.nextRow + 1, { identity, keys, functions });
  const result = putResult(w, costs.nextRow + 1, { identity, keys, functions, costs });
  const partners = putPartners(w, result.nextRow + 1, { identity, keys, functions, costs, result });
  const financing = putFinancing(w, partners.nextRow + 1, { identity, keys, result });

  const D = COL.d;
  const here = (row: number, col: number) => sheetRef(sheetName, cellRef(row, col));
  const names: PlanName[] = [
    { name: `${code}_NPV`, sheetKey, row: result.npvRow, col: D },
    { name: `${code}_Payback`, sheetKey, row: result.paybackRow, col: D },
    { name: `${code}_NetBenefitTotal`, sheetKey, row: result.netBenefitTotalRow, col: D },
    { name: `${code}_OneOffCosts`, sheetKey, row: result.oneOffTotalRow, col: D },
  ];
  const total = (row: number) => here(row, COL.total);
  const f = figures;
  const checks: PlanCheck[] = [
    {
      key: `scenario.${code}.savingsBaseline`, label: ctx.t('sheet.scenario.check.savingsBaseline', { code }),
      formula: `AND(${sheetRef(sheetName, rangeRef(functions.firstSavingsRow, COL.check, functions.lastSavingsRow, COL.check))})`,
      expected: outcome.functions.every((fo) => fo.byYearEur.every((v) => !(Math.abs(v) > Math.abs(fo.baselineEur)))),
    },
    {
      key: `scenario.${code}.partnersAddUp`, label: ctx.t('sheet.scenario.check.partnersAddUp', { code }),
      formula: `AND(${here(partners.sumRow, COL.check)})`,
      expected: !(f.chargesInEur > 0)
        || outcome.yearIndexes.every((t) => Math.abs(f.partnersNetBenefitByYearEur[t] - outcome.netBenefitByYearEur[t]) < 0.01),
    },
    {
      key: `scenario.${code}.netBenefit`, label: ctx.t('sheet.scenario.check.netBenefit', { code }),
      formula: `ABS(${total(result.netBenefitRow)}-(${total(result.keptRow)}-${total(result.oneOffRow)}-${total(result.headOfficeRow)}-${total(result.harmonisationRow)}))<1/100`,
      expected: Math.abs(outcome.netBenefitTotalEur - (carefulSum(f.savingsKeptByYearEur) - carefulSum(outcome.oneOff.byYearEur)
        - carefulSum(outcome.headOfficeByYearEur) - carefulSum(outcome.harmonisationByYearEur))) < 0.01,
    },
  ];

  const yearCell = (row: number) => (t: number) => here(row, yearCol(t));
  const refs: ScenarioSheetRefs = {
    code, sheetKey, sheetName,
    npv: here(result.npvRow, D),
    payback: here(result.paybackRow, D),
    netBenefitTotal: here(result.netBenefitTotalRow, D),
    oneOffTotal: here(result.oneOffTotalRow, D),
    partnersIncluded: here(keys.includedRow, D),
    functionsPooled: here(functions.functionsPooledRow, D),
    ftePooled: here(functions.ftePooledRow, D),
    sitesClosed: here(costs.sitesClosedRow, D),
    shareKept: here(identity.shareKeptRow, D),
    integrationLevel: here(identity.integrationRow, D),
    auditorRequired: here(financing.auditorRow, D),
    netBenefit: yearCell(result.netBenefitRow),
    cumulative: yearCell(result.cumulativeRow),
    frng: yearCell(financing.frngRow),
    cash: yearCell(financing.cashRow),
    savings: yearCell(functions.savingsTotalRow),
    siteSavings: yearCell(costs.siteSavingsRow),
    oneOff: yearCell(costs.oneOffByYearRow),
    harmonisation: yearCell(costs.harmonisationRow),
    functionBaseline: (f) => here(functions.firstSavingsRow + f, D),
    partnerNetBenefitTotal: (p) => here(partners.partners[p].netBenefitRow, COL.total),
    partnerNpv: (p) => here(partners.partners[p].npvRow, D),
    partnerPayback: (p) => here(partners.partners[p].paybackRow, D),
  };

  const lastCol = Math.max(w.lastYearCol, w.partnerCol(Math.max(0, w.partnerCount - 1)));
  const checkCells = (row: number, rows = 1) => ({ range: { row, col: COL.check, rows, cols: 1 }, kind: 'trueFalse' as const });
  return {
    sheet: {
      key: sheetKey, name: sheetName, class: 'calculation', cells: grid.cells(), tables: [], validations: [],
      conditionalFormats: [
        { range: { row: 2, col: COL.f + 1, rows: 1, cols: 1 }, kind: 'trueFalse' },
        checkCells(functions.firstSavingsRow, functions.lastSavingsRow - functions.firstSavingsRow + 1),
        checkCells(partners.sumRow),
      ],
      freeze: { rows: HORIZON_ROW, cols: COL.label },
      columnWidths: [14, 50, 9, 16, 14, 16, 16, 12, ...Array.from({ length: lastCol - COL.check }, () => 14)],
      protect: true,
      print: {
        landscape: true, fitToWidth: true,
        area: { row: 1, col: 1, rows: financing.nextRow - 1, cols: lastCol },
        // The column headers, model years and horizon flags head every printed page.
        printTitleRows: { first: HEADER_ROW, last: HORIZON_ROW },
        header: ctx.t('sheet.common.printHeader', { title, year: o.dataYear }),
        footer: ctx.t('sheet.common.printFooter'),
      },
      tabColor: 'FF70AD47',
      timeline: { row: HEADER_ROW, firstCol: YEAR_FIRST_COL, count: n + 1 },
    },
    checks,
    names,
    refs,
  };
}
