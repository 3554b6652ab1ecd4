// Regeneration keeps the scenarios a user typed: read the Scénarios sheet back, by key,
// from rows of cell values. The scenario columns are found by their codes on the header
// row, wherever they stand from column D (a user may copy a column further right);
// partner and site flags are matched by code, so a change in the data keeps what still applies.
import { foldText } from '../data/fold-text';
import { catalogueLabels, matchCode } from '../data/match-code';
import type { CellValue, CooperationData } from '../data/types';
import { COOPERATION_FORMS } from '../domain/codes';
import { POOLED_FUNCTIONS } from '../engine/model-assumptions';
import { defaultScenarios } from '../engine/scenarios/default-scenarios';
import type { FunctionLever, ScenarioDefinition } from '../engine/scenarios/types';
import { SCENARIO_FUNCTION_LEVERS } from './scenario-refs';
import { FIRST_SCENARIO_COL, SCENARIO_COLS } from './scenarios-layout';

type Rows = readonly (readonly CellValue[])[];

const SCENARIO_CODE = /^S([1-9]\d*)$/;

/** A scenario code as written in a cell (`s2`, ` S2 `), or null; S0 is the status quo and never read. */
export function scenarioCodeIn(value: CellValue | undefined): string | null {
  if (typeof value !== 'string') return null;
  const code = value.trim().toUpperCase();
  return SCENARIO_CODE.test(code) ? code : null;
}

const numberIn = (v: CellValue | undefined): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
};

/** The header row (0-based) and the column (0-based) of each scenario code on it: the first row with a code from column D. */
function scenarioColumns(rows: Rows): { code: string; col: number }[] {
  for (const r of rows) {
    const found: { code: string; col: number }[] = [];
    for (let col = FIRST_SCENARIO_COL - 1; col < r.length; col += 1) {
      const code = scenarioCodeIn(r[col]);
      if (code !== null && !found.some((f) => f.code === code)) found.push({ code, col });
    }
    if (found.length > 0) return found;
  }
  return [];
}

/** Row (0-based) of each lever key in column A; keys folded, so `partner.Éco` meets `partner.ECO`. */
function keyRows(rows: Rows): Map<string, number> {
  const out = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = r[SCENARIO_COLS.key - 1];
    if (typeof key === 'string' && key.trim() !== '' && !out.has(foldText(key))) out.set(foldText(key), i);
  });
  return out;
}

const formLabels = catalogueLabels('domain.form');

/**
 * The scenarios held by a Scénarios sheet given as rows of cell values from A1 (`rows[0][0]` is A1),
 * in column order, resolved against `data`. A lever whose row is missing or whose cell is not a
 * number takes `fallback(code)`'s value; so does a partner or a site the sheet does not list, and a
 * form the sheet names in no known way (codes or form names, French or English). An empty name is
 * read as empty: the form's name is then shown.
 * @example readScenarioDefinitions(rows, data, (code) => defaults.find((d) => d.code === code) ?? defaults[0])
 */
export function readScenarioDefinitions(rows: Rows, data: CooperationData, fallback: (code: string) => ScenarioDefinition): ScenarioDefinition[] {
  const byKey = keyRows(rows);
  return scenarioColumns(rows).map(({ code, col }) => {
    const base = fallback(code);
    const cellOf = (key: string): CellValue | undefined => {
      const row = byKey.get(foldText(key));
      return row === undefined ? undefined : (rows[row][col] ?? null);
    };
    const num = (key: string, otherwise: number): number => numberIn(cellOf(key)) ?? otherwise;
    const nameCell = cellOf('name');
    const name = nameCell === undefined ? base.name : nameCell === null || typeof nameCell === 'boolean' ? '' : String(nameCell).trim();
    const formCell = cellOf('form');
    const form = (formCell === undefined ? null : matchCode(formCell, COOPERATION_FORMS, formLabels)) ?? base.form;
    const functions = POOLED_FUNCTIONS.map((fn): FunctionLever => {
      const was = base.functions.find((f) => f.code === fn) ?? { code: fn, pooled: 0, bottomUp: 0, fteRemoved: 0, oneOffEur: 0 };
      const lever = Object.fromEntries(SCENARIO_FUNCTION_LEVERS.map((l) => [l, num(`${l}.${fn}`, was[l])])) as Record<(typeof SCENARIO_FUNCTION_LEVERS)[number], number>;
      return { code: fn, ...lever };
    });
    return {
      code,
      name,
      form,
      partnerFlags: data.partners.map((p, i) => num(`partner.${p.code}`, base.partnerFlags[i] ?? 0)),
      functions,
      harmonisation: num('harmonisation', base.harmonisation),
      itMigration: num('itMigration', base.itMigration),
      changeManagement: num('changeManagement', base.changeManagement),
      siteFlags: data.sites.map((s, i) => num(`site.${s.code}`, base.siteFlags[i] ?? 0)),
      movingCostPerSiteEur: num('movingCostPerSiteEur', base.movingCostPerSiteEur),
      newHeadOfficeEurPerYear: num('newHeadOfficeEurPerYear', base.newHeadOfficeEurPerYear),
      legalFeesEur: num('legalFeesEur', base.legalFeesEur),
      shareKept: num('shareKept', base.shareKept),
      delayYears: num('delayYears', base.delayYears),
      grantsEur: num('grantsEur', base.grantsEur),
      loansEur: num('loansEur', base.loansEur),
      loanYears: num('loanYears', base.loanYears),
    };
  });
}

/** The scenarios a workbook holds for `data`, and the defaults they fall back on. */
export interface ScenariosFromSheet {
  readonly scenarios: readonly ScenarioDefinition[];
  /** The default scenarios for the data (defaultScenarios): the templates a new scenario is made from. */
  readonly templates: readonly ScenarioDefinition[];
  /** True when the scenarios were read from a Scénarios sheet. */
  readonly fromSheet: boolean;
}

/**
 * The scenarios of a Scénarios sheet given as rows (null: no model yet), a lever the sheet lacks
 * taking the default of the same code, or of S1 for a scenario the user added; the defaults when
 * there is no sheet or it holds no scenario. The one rule the CLI, the add-in and regeneration share.
 * @example scenariosFromSheet(null, data).scenarios.map((s) => s.code) // ['S1', 'S2', 'S3']
 */
export function scenariosFromSheet(rows: Rows | null, data: CooperationData): ScenariosFromSheet {
  const templates = defaultScenarios(data);
  const read = rows ? readScenarioDefinitions(rows, data, (code) => templates.find((d) => d.code === code) ?? templates[0]) : [];
  return read.length > 0 ? { scenarios: read, templates, fromSheet: true } : { scenarios: templates, templates, fromSheet: false };
}
