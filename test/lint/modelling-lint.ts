// The checkable formula rules of MODELLING.md, run over a WorkbookPlan:
// no business constant in calculation, output or control formulas; one R1C1
// formula across the years of a row; one timeline; no volatile function; no
// whole-column or whole-row reference; only functions of an allow-list that
// Excel 2016 and LibreOffice both compute.
import type { PlanSheet, SheetClass, WorkbookPlan } from '../../src/plan/types';
import { cellAddress } from '../../src/adapters/exceljs/plan-address';
import { ALLOWED_FUNCTIONS, VOLATILE_FUNCTIONS } from './allowed-functions';
import { formulaToR1C1 } from './formula-r1c1';
import { FormulaSyntaxError, tokenizeFormula } from './formula-tokens';

export type LintRule = 'constant' | 'r1c1' | 'timeline' | 'volatile' | 'whole-range' | 'function' | 'syntax';

export interface LintProblem {
  readonly rule: LintRule;
  readonly detail: string;
}

export interface LintFinding extends LintProblem {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
}

/** Numbers a calculation or output formula may hold (MODELLING.md). */
export const ALLOWED_CONSTANTS: ReadonlySet<number> = new Set([0, 1, 12, 100, 365]);

/** Sheet classes whose formulas may hold no business constant; the cover shows outputs. */
const CONSTANT_FREE: ReadonlySet<SheetClass> = new Set(['calculation', 'output', 'control', 'cover']);

/** The problems of one formula, as it would stand on a sheet of class `sheetClass`. */
export function lintFormula(formula: string, sheetClass: SheetClass): LintProblem[] {
  let tokens;
  try {
    tokens = tokenizeFormula(formula);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return [{ rule: 'syntax', detail: error.message }];
    throw error;
  }
  const problems: LintProblem[] = [];
  for (const token of tokens) {
    if (token.kind === 'number' && CONSTANT_FREE.has(sheetClass) && !ALLOWED_CONSTANTS.has(Number(token.text))) {
      problems.push({ rule: 'constant', detail: `number ${token.text} typed in the formula` });
    } else if (token.kind === 'column-range' || token.kind === 'row-range') {
      problems.push({ rule: 'whole-range', detail: `whole ${token.kind === 'column-range' ? 'column' : 'row'} ${token.text}` });
    } else if (token.kind === 'function') {
      const name = token.text.toUpperCase();
      if (VOLATILE_FUNCTIONS.has(name)) problems.push({ rule: 'volatile', detail: `volatile function ${name}` });
      else if (!ALLOWED_FUNCTIONS.has(name)) problems.push({ rule: 'function', detail: `function ${name} is not on the Excel 2016 + LibreOffice list` });
    }
  }
  return problems;
}

/** Every finding over a plan's formulas, sheets and timelines; an empty list when the plan keeps the rules. */
export function lintPlan(plan: WorkbookPlan): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const sheet of plan.sheets) {
    for (const cell of sheet.cells) {
      if (cell.formula === undefined) continue;
      for (const problem of lintFormula(cell.formula, sheet.class)) {
        findings.push({ ...problem, sheet: sheet.name, address: cellAddress(cell.row, cell.col), formula: cell.formula });
      }
    }
    findings.push(...rowFormulaFindings(sheet));
  }
  findings.push(...timelineFindings(plan));
  return findings;
}

/** Across the year columns of each row below the timeline header, one R1C1 formula. */
function rowFormulaFindings(sheet: PlanSheet): LintFinding[] {
  const timeline = sheet.timeline;
  if (!timeline) return [];
  const lastCol = timeline.firstCol + timeline.count - 1;
  const rows = new Map<number, { col: number; formula: string; r1c1: string }[]>();
  for (const cell of sheet.cells) {
    // Rows above the timeline header are not rows of years (a side-by-side block may reach those columns).
    if (cell.formula === undefined || cell.row <= timeline.row) continue;
    if (cell.col < timeline.firstCol || cell.col > lastCol) continue;
    let r1c1: string;
    try {
      r1c1 = formulaToR1C1(cell.formula, cell.row, cell.col);
    } catch {
      continue; // already reported as a syntax finding
    }
    const list = rows.get(cell.row) ?? [];
    list.push({ col: cell.col, formula: cell.formula, r1c1 });
    rows.set(cell.row, list);
  }
  const findings: LintFinding[] = [];
  for (const [row, cells] of rows) {
    const forms = new Set(cells.map((c) => c.r1c1));
    if (forms.size <= 1) continue;
    // The most frequent form is the row's formula; the first cell that differs is reported.
    const counts = new Map<string, number>();
    for (const c of cells) counts.set(c.r1c1, (counts.get(c.r1c1) ?? 0) + 1);
    const usual = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    cells.sort((a, b) => a.col - b.col);
    const odd = cells.find((c) => c.r1c1 !== usual) ?? cells[0];
    findings.push({
      rule: 'r1c1',
      sheet: sheet.name,
      address: cellAddress(row, odd.col),
      formula: odd.formula,
      detail: `row ${row} holds ${forms.size} formulas across its years: ${[...forms].join(' | ')}`,
    });
  }
  return findings;
}

/** Every sheet with years uses the same first-year column and number of years. */
function timelineFindings(plan: WorkbookPlan): LintFinding[] {
  const withYears = plan.sheets.filter((s) => s.timeline);
  const first = withYears[0]?.timeline;
  if (!first) return [];
  return withYears
    .filter((s) => s.timeline!.firstCol !== first.firstCol || s.timeline!.count !== first.count)
    .map((s) => ({
      rule: 'timeline' as const,
      sheet: s.name,
      address: cellAddress(s.timeline!.row, s.timeline!.firstCol),
      formula: '',
      detail: `years in ${s.timeline!.count} columns from column ${s.timeline!.firstCol}; ${withYears[0].name} uses ${first.count} from ${first.firstCol}`,
    }));
}

/** Findings as readable lines, for a failing test's message. */
export function describeFindings(findings: readonly LintFinding[], limit = 20): string {
  const lines = findings.slice(0, limit).map((f) => `${f.rule}: ${f.sheet}!${f.address} =${f.formula} — ${f.detail}`);
  if (findings.length > limit) lines.push(`… and ${findings.length - limit} more`);
  return lines.join('\n');
}
