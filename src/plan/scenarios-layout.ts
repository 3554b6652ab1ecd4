// Where the Scénarios input sheet holds each lever: column A the lever's key, B its label,
// C its unit, then one column per scenario (S1 in D, S2 in E…) and a last note column.
// Rows are keyed, so that a read-back finds each lever by its key whatever the row.
import type { CooperationData } from '../data/types';
import type { SupportFunctionCode } from '../domain';
import { POOLED_FUNCTIONS } from '../engine/model-assumptions';
import { SCENARIO_FUNCTION_LEVERS, type ScenariosSheetLayout } from './scenario-refs';
import { cellRef, rangeRef, sheetRef } from './layout/sheet-ref';

export const SCENARIO_COLS = { key: 1, label: 2, unit: 3 } as const;
/** Column of the first scenario (S1 when the codes start there). */
export const FIRST_SCENARIO_COL = 4;
/** Row of the column headers: the scenario codes over the scenario columns (what a read-back looks for). */
export const SCENARIOS_HEADER_ROW = 6;
const FIRST_SECTION_ROW = SCENARIOS_HEADER_ROW + 1;

/** What a row holds, so that the sheet builder labels and validates it. */
export type ScenarioRowKind =
  | { readonly kind: 'name' } | { readonly kind: 'form' }
  | { readonly kind: 'partner'; readonly index: number }
  | { readonly kind: 'function'; readonly lever: (typeof SCENARIO_FUNCTION_LEVERS)[number]; readonly fn: SupportFunctionCode }
  | { readonly kind: 'site'; readonly index: number }
  | { readonly kind: 'scalar'; readonly lever: ScenarioScalarRow };

/** The numeric scalar levers, in row order. */
export type ScenarioScalarRow =
  | 'harmonisation' | 'itMigration' | 'changeManagement' | 'movingCostPerSiteEur' | 'newHeadOfficeEurPerYear'
  | 'legalFeesEur' | 'shareKept' | 'delayYears' | 'grantsEur' | 'loansEur' | 'loanYears';

export interface ScenarioLeverRow {
  readonly key: string;
  readonly row: number;
  readonly what: ScenarioRowKind;
}

export interface ScenarioSection {
  /** `general`, `partners`, `function.<F>`, `integration`, `sites`, `costs`, `financing`. */
  readonly section: string;
  readonly titleRow: number;
  readonly rows: readonly ScenarioLeverRow[];
}

/** The contract of scenario-refs.ts plus what the sheet builder needs to draw it. */
export interface ScenariosInputLayout extends ScenariosSheetLayout {
  readonly sections: readonly ScenarioSection[];
  /** Column of the note/source after the last scenario. */
  readonly noteCol: number;
  readonly lastRow: number;
}

type Spec = readonly [section: string, rows: readonly { key: string; what: ScenarioRowKind }[]];

const scalar = (lever: ScenarioScalarRow) => ({ key: lever, what: { kind: 'scalar', lever } as const });

function specs(data: CooperationData): Spec[] {
  return [
    ['general', [{ key: 'name', what: { kind: 'name' } }, { key: 'form', what: { kind: 'form' } }]],
    ['partners', data.partners.map((p, index) => ({ key: `partner.${p.code}`, what: { kind: 'partner', index } as const }))],
    ...POOLED_FUNCTIONS.map((fn): Spec => [
      `function.${fn}`, SCENARIO_FUNCTION_LEVERS.map((lever) => ({ key: `${lever}.${fn}`, what: { kind: 'function', lever, fn } as const })),
    ]),
    ['integration', [scalar('harmonisation'), scalar('itMigration'), scalar('changeManagement')]],
    ['sites', [
      ...data.sites.map((s, index) => ({ key: `site.${s.code}`, what: { kind: 'site', index } as const })),
      scalar('movingCostPerSiteEur'),
    ]],
    ['costs', [scalar('newHeadOfficeEurPerYear'), scalar('legalFeesEur'), scalar('shareKept'), scalar('delayYears')]],
    ['financing', [scalar('grantsEur'), scalar('loansEur'), scalar('loanYears')]],
  ];
}

/**
 * Lay out the Scénarios sheet for `data` and the scenario `codes` (column order), on a sheet named `sheetName`.
 * Each section has a title row, then one row per lever; no blank rows.
 * @example scenariosSheetLayout(data, ['S1', 'S2'], 'Scénarios').ref('S2', 'shareKept') // "'Scénarios'!$E$…"
 */
export function scenariosSheetLayout(data: CooperationData, codes: readonly string[], sheetName: string): ScenariosInputLayout {
  let row = FIRST_SECTION_ROW;
  const sections: ScenarioSection[] = specs(data).map(([section, rows]) => {
    const titleRow = row++;
    return { section, titleRow, rows: rows.map((r) => ({ ...r, row: row++ })) };
  });
  const rowByKey = new Map(sections.flatMap((s) => s.rows.map((r) => [r.key, r.row] as const)));
  const col = (code: string): number => {
    const i = codes.indexOf(code);
    if (i < 0) throw new Error(`No scenario ${code} on the scenarios sheet`);
    return FIRST_SCENARIO_COL + i;
  };
  const rowOf = (key: string): number => {
    const r = rowByKey.get(key);
    if (r === undefined) throw new Error(`No lever ${key} on the scenarios sheet`);
    return r;
  };
  const block = (code: string, first: string | undefined, last: string | undefined): string | null =>
    first === undefined || last === undefined ? null : sheetRef(sheetName, rangeRef(rowOf(first), col(code), rowOf(last), col(code)));
  const partnerKeys = data.partners.map((p) => `partner.${p.code}`);
  const siteKeys = data.sites.map((s) => `site.${s.code}`);
  return {
    sheetName,
    codes: [...codes],
    sections,
    noteCol: FIRST_SCENARIO_COL + codes.length,
    lastRow: row - 1,
    col,
    row: rowOf,
    ref: (code, key) => sheetRef(sheetName, cellRef(rowOf(key), col(code))),
    partnerFlags(code) {
      const range = block(code, partnerKeys[0], partnerKeys[partnerKeys.length - 1]);
      if (range === null) throw new Error('No partner on the scenarios sheet');
      return range;
    },
    siteFlags: (code) => block(code, siteKeys[0], siteKeys[siteKeys.length - 1]),
  };
}

/** What a lever cell accepts: a 0/1 flag, an amount, FTE, a share or whole years. */
export type ScenarioLeverKind = 'flag' | 'eur' | 'eurPerYear' | 'fte' | 'rate' | 'years';

/** The kind of a numeric lever row; null for the name and the form. */
export function scenarioLeverKind(what: ScenarioRowKind): ScenarioLeverKind | null {
  switch (what.kind) {
    case 'name': case 'form': return null;
    case 'partner': case 'site': return 'flag';
    case 'function':
      if (what.lever === 'fteRemoved') return 'fte';
      return what.lever === 'oneOffEur' ? 'eur' : 'flag';
    case 'scalar':
      switch (what.lever) {
        case 'harmonisation': case 'itMigration': case 'changeManagement': return 'flag';
        case 'shareKept': return 'rate';
        case 'delayYears': case 'loanYears': return 'years';
        case 'newHeadOfficeEurPerYear': return 'eurPerYear';
        default: return 'eur';
      }
  }
}

/**
 * The values a lever accepts, for the sheet's validation, the scenarios file and the task pane alike:
 * flags 0 or 1, amounts and FTE ≥ 0, the share kept 0–1, years whole 0–30 (the timeline's longest).
 * @example scenarioLeverBound('years') // { kind: 'whole', min: 0, max: 30 }
 */
export function scenarioLeverBound(kind: ScenarioLeverKind): { readonly kind: 'whole' | 'decimal'; readonly min: number; readonly max: number } {
  switch (kind) {
    case 'flag': return { kind: 'whole', min: 0, max: 1 };
    case 'years': return { kind: 'whole', min: 0, max: 30 };
    case 'rate': return { kind: 'decimal', min: 0, max: 1 };
    case 'fte': return { kind: 'decimal', min: 0, max: 1e6 };
    default: return { kind: 'decimal', min: 0, max: 1e12 };
  }
}
