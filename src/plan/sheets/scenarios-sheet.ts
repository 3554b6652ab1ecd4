// Scénarios (input): one column per scenario, one row per lever, every lever an input
// cell with its validation; S0, the status quo, is the reference and has no column.
import { COOPERATION_FORMS } from '../../domain/codes';
import type { FunctionLever, ScenarioDefinition } from '../../engine/scenarios/types';
import type { PlanCheck, SheetBuild, SheetContext } from '../context';
import { FORMAT_EUR, FORMAT_FLAG, FORMAT_FTE, FORMAT_RATE, FORMAT_YEAR } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import { rangeRef, sheetRef } from '../layout/sheet-ref';
import {
  FIRST_SCENARIO_COL, SCENARIO_COLS as C, SCENARIOS_HEADER_ROW, scenarioLeverBound, scenarioLeverKind,
  type ScenarioLeverKind, type ScenarioRowKind, type ScenariosInputLayout,
} from '../scenarios-layout';
import type { PlanValidation } from '../types';
import { putFrame } from './sheet-frame';

/** A validation without its range (distributed over the union, so each kind keeps its fields). */
type ValidationRule = PlanValidation extends infer V ? (V extends PlanValidation ? Omit<V, 'range'> : never) : never;

const ZERO_LEVER = (code: FunctionLever['code']): FunctionLever => ({ code, pooled: 0, bottomUp: 0, fteRemoved: 0, oneOffEur: 0 });

/**
 * What a definition holds for one row of the sheet: the name and form as text, every other lever a number.
 * A function the definition does not list counts as not pooled (zeros).
 * @example scenarioLeverValue(s1, { kind: 'scalar', lever: 'shareKept' }) // 1
 */
export function scenarioLeverValue(def: ScenarioDefinition, what: ScenarioRowKind): string | number {
  switch (what.kind) {
    case 'name': return def.name;
    case 'form': return def.form;
    case 'partner': return def.partnerFlags[what.index] ?? 0;
    case 'site': return def.siteFlags[what.index] ?? 0;
    case 'function': return (def.functions.find((f) => f.code === what.fn) ?? ZERO_LEVER(what.fn))[what.lever];
    case 'scalar': return def[what.lever];
  }
}

const FORMAT_OF: Readonly<Record<ScenarioLeverKind, string>> = {
  flag: FORMAT_FLAG, eur: FORMAT_EUR, eurPerYear: FORMAT_EUR, fte: FORMAT_FTE, rate: FORMAT_RATE, years: FORMAT_YEAR,
};
const UNIT_OF: Readonly<Record<ScenarioLeverKind, string>> = {
  flag: 'sheet.unit.flag', eur: 'sheet.unit.eur', eurPerYear: 'sheet.unit.eurPerYear', fte: 'sheet.unit.fte', rate: 'sheet.unit.rate', years: 'sheet.unit.years',
};

function labelOf(ctx: SheetContext, what: ScenarioRowKind): string {
  switch (what.kind) {
    case 'name': case 'form': return ctx.t(`sheet.scenarios.label.${what.kind}`);
    case 'partner': {
      const p = ctx.data.partners[what.index];
      return ctx.t('sheet.scenarios.label.partner', { partner: p.name, code: p.code });
    }
    case 'site': {
      const s = ctx.data.sites[what.index];
      return ctx.t('sheet.scenarios.label.site', { site: s.name ?? s.code, partner: s.partner });
    }
    case 'function': return ctx.t(`sheet.scenarios.label.${what.lever}`, { function: ctx.t(`domain.function.${what.fn}`) });
    case 'scalar': return ctx.t(`sheet.scenarios.label.${what.lever}`);
  }
}

function noteKey(what: ScenarioRowKind): string {
  switch (what.kind) {
    case 'name': case 'form': case 'partner': case 'site': return `sheet.scenarios.note.${what.kind}`;
    case 'function': case 'scalar': return `sheet.scenarios.note.${what.lever}`;
  }
}

function sectionTitle(ctx: SheetContext, section: string): string {
  if (section.startsWith('function.')) return ctx.t('sheet.scenarios.section.function', { function: ctx.t(`domain.${section}`) });
  return ctx.t(`sheet.scenarios.section.${section}`);
}

/** The Scénarios sheet laid out by `layout`, one column per definition (in the layout's code order). */
export function buildScenariosSheet(
  ctx: SheetContext, layout: ScenariosInputLayout, definitions: readonly ScenarioDefinition[], dataYear: number, masterCheck: boolean,
): SheetBuild {
  const grid = new SheetGrid();
  const n = layout.codes.length;
  const defOf = (code: string): ScenarioDefinition => {
    const def = definitions.find((d) => d.code === code);
    if (!def) throw new Error(`No definition for scenario ${code}`);
    return def;
  };
  putFrame(grid, ctx, { title: ctx.t('sheet.scenarios.title'), sheetClass: 'input', dataYear, masterCheck, masterCheckCol: FIRST_SCENARIO_COL });
  grid.text(3, 1, ctx.t('sheet.scenarios.noteS0'), 'note');
  grid.text(4, 1, ctx.t('sheet.scenarios.noteAdd'), 'note');
  (['key', 'label', 'unit'] as const).forEach((h) => grid.text(SCENARIOS_HEADER_ROW, C[h], ctx.t(`sheet.scenarios.header.${h}`), 'header'));
  layout.codes.forEach((code) => grid.text(SCENARIOS_HEADER_ROW, layout.col(code), code, 'header'));
  grid.text(SCENARIOS_HEADER_ROW, layout.noteCol, ctx.t('sheet.scenarios.header.note'), 'header');

  const validations: PlanValidation[] = [];
  const addValidation = (row: number, bound: ValidationRule) => {
    if (n === 0) return;
    const last = validations[validations.length - 1];
    // Consecutive rows with the same bound share one validation.
    if (last && JSON.stringify({ ...last, range: undefined }) === JSON.stringify({ ...bound, range: undefined })
      && last.range.row + last.range.rows === row) {
      validations[validations.length - 1] = { ...last, range: { ...last.range, rows: last.range.rows + 1 } };
      return;
    }
    validations.push({ ...bound, range: { row, col: FIRST_SCENARIO_COL, rows: 1, cols: n } } as PlanValidation);
  };

  for (const section of layout.sections) {
    grid.text(section.titleRow, C.key, sectionTitle(ctx, section.section), 'subtitle');
    for (const { key, row, what } of section.rows) {
      const kind = scenarioLeverKind(what);
      grid.text(row, C.key, key, 'note');
      grid.text(row, C.label, labelOf(ctx, what));
      const unit = kind === null ? ctx.t(what.kind === 'form' ? 'sheet.scenarios.unit.code' : 'sheet.scenarios.unit.text') : ctx.t(UNIT_OF[kind]);
      grid.text(row, C.unit, unit, 'unit');
      grid.text(row, layout.noteCol, ctx.t(noteKey(what)), 'source');
      for (const code of layout.codes) {
        const value = scenarioLeverValue(defOf(code), what);
        grid.put(row, layout.col(code), {
          value: value === '' ? null : value, style: 'input', ...(kind === null ? {} : { numberFormat: FORMAT_OF[kind] }),
        });
      }
      if (what.kind === 'form') addValidation(row, { kind: 'list', values: [...COOPERATION_FORMS] });
      else if (kind !== null) addValidation(row, scenarioLeverBound(kind));
    }
  }

  return {
    sheet: {
      key: 'scenarios', name: layout.sheetName, class: 'input', cells: grid.cells(), tables: [], validations,
      conditionalFormats: [{ range: { row: 2, col: FIRST_SCENARIO_COL + 1, rows: 1, cols: 1 }, kind: 'trueFalse' }],
      freeze: { rows: SCENARIOS_HEADER_ROW, cols: C.unit },
      columnWidths: [28, 56, 9, ...layout.codes.map(() => 18), 60],
      protect: false, print: null, tabColor: 'FFFFC000',
    },
    checks: scenarioChecks(ctx, layout, definitions.filter((d) => layout.codes.includes(d.code))),
    names: [],
  };
}

/** Per scenario: flags are 0 or 1, the share kept lies in 0–1 (errors); two partners at least (a warning). */
function scenarioChecks(ctx: SheetContext, layout: ScenariosInputLayout, definitions: readonly ScenarioDefinition[]): PlanCheck[] {
  // Flag rows come in runs (the partners, pooled + bottom-up of each function, the three switches, the sites).
  const flagRuns: { first: number; last: number }[] = [];
  for (const { rows } of layout.sections) {
    for (const { row, what } of rows) {
      if (scenarioLeverKind(what) !== 'flag') continue;
      const last = flagRuns[flagRuns.length - 1];
      if (last && last.last === row - 1) last.last = row;
      else flagRuns.push({ first: row, last: row });
    }
  }
  const flagRows = layout.sections.flatMap((s) => s.rows).filter((r) => scenarioLeverKind(r.what) === 'flag');
  return definitions.flatMap((def): PlanCheck[] => {
    const col = layout.col(def.code);
    const range = (r: { first: number; last: number }) => sheetRef(layout.sheetName, rangeRef(r.first, col, r.last, col));
    const flagsOk = flagRows.every(({ what }) => [0, 1].includes(scenarioLeverValue(def, what) as number));
    const share = layout.ref(def.code, 'shareKept');
    const included = def.partnerFlags.reduce((a, b) => a + b, 0);
    return [
      {
        key: `scenarios.flags.${def.code}`, label: ctx.t('sheet.check.scenarios.flags', { code: def.code }),
        formula: `${flagRuns.map((r) => `SUMPRODUCT((${range(r)}<>0)*(${range(r)}<>1))`).join('+')}=0`, expected: flagsOk,
      },
      {
        key: `scenarios.shareKept.${def.code}`, label: ctx.t('sheet.check.scenarios.shareKept', { code: def.code }),
        formula: `AND(ISNUMBER(${share}),${share}>=0,${share}<=1)`, expected: def.shareKept >= 0 && def.shareKept <= 1,
      },
      {
        key: `scenarios.partners.${def.code}`, label: ctx.t('sheet.check.scenarios.partners', { code: def.code }),
        formula: `SUM(${layout.partnerFlags(def.code)})>1`, expected: included > 1, severity: 'warning',
      },
    ];
  });
}
