// Regeneration keeps what a user typed (ARCHITECTURE.md, last rule): the input sheets of the
// previous model are read back, by their registry key, into the options of buildModel, so that
// the new model is written with them again. One place for the CLI (`build --previous`) and the
// add-in (Regenerate): each front end only hands over the rows of the sheets it found.
//
// A sheet that is missing (a model from before it existed) gives nothing: buildModel then uses
// its default. Each reader is the one reader of its sheet's layout (read-*.ts beside this file).
import type { CellValue, CooperationData } from '../data/types';
import { defaultScoringInputs } from '../domain/scoring-defaults';
import type { Overrides } from '../engine/model-assumptions';
import type { ScenarioDefinition } from '../engine/scenarios/types';
import { readAssumptionOverrides } from './read-assumption-overrides';
import { scenariosFromSheet } from './read-scenario-definitions';
import { defaultReadinessInputs } from '../engine/risks/readiness-defaults';
import { readReadinessInputs } from './read-readiness-inputs';
import { readRiskInputs } from './read-risk-inputs';
import { readScoringInputs } from './read-scoring-inputs';
import { readSwotUserItems } from './read-swot-user-items';
import { SWOT_SHEET_KEY } from './sheets/swot-sheet-layout';

/** A sheet's values as rows from A1 (`rows[0][0]` is A1), formulas by their results. */
export type SheetRows = readonly (readonly CellValue[])[];

/** The rows of the previous model's generated sheet of a registry key, or null when it has none. */
export type PreviousSheets = (key: string) => SheetRows | null;

/** What a reader of an input sheet may need beyond its rows. */
export interface PreviousContext {
  readonly data: CooperationData;
  /** The scenarios the new model is built with, and their codes. */
  readonly scenarios: readonly ScenarioDefinition[];
  readonly codes: readonly string[];
}

interface InputSheetReader<F extends string, T> {
  /** Registry key of the sheet (src/plan/sheet-context.ts). */
  readonly sheetKey: string;
  /** The buildModel option it fills. */
  readonly field: F;
  readonly read: (rows: SheetRows, context: PreviousContext) => T;
}

const reader = <F extends string, T>(sheetKey: string, field: F, read: (rows: SheetRows, context: PreviousContext) => T): InputSheetReader<F, T> =>
  ({ sheetKey, field, read });

/**
 * The input sheets read after the scenarios are known (their inputs are matched by scenario code).
 * A new input sheet joins here with one line; its field then reaches buildModel through both front ends.
 */
const READERS = [
  // A scenario new since the last generation takes its form's default scores.
  reader('scoring', 'scoring', (rows, c) => readScoringInputs(rows, c.codes, defaultScoringInputs(c.scenarios))),
  // Ratings, owners and mitigations typed in the register, by scenario code and risk id.
  reader('risks', 'riskOverrides', (rows) => readRiskInputs(rows)),
  reader('readiness', 'readiness', (rows) => readReadinessInputs(rows, defaultReadinessInputs())),
  reader(SWOT_SHEET_KEY, 'swotUserItems', (rows) => readSwotUserItems(rows)),
] as const;

type Readers = (typeof READERS)[number];

/** The inputs a previous model held, as buildModel options (fields named as in BuildModelOptions). */
export type PreviousInputs = {
  /** The assumption values typed on the assumptions sheet (those differing from their defaults). */
  readonly overrides: Overrides;
  /** The scenarios: the sheet's, or those given, or the defaults for the data. */
  readonly scenarios: readonly ScenarioDefinition[];
} & { readonly [R in Readers as R['field']]?: ReturnType<R['read']> };

/** Registry keys of every input sheet a regeneration reads back: what a front end loads (in one batch). */
export const PREVIOUS_INPUT_SHEETS: readonly string[] = ['assumptions', 'scenarios', ...READERS.map((r) => r.sheetKey)];

export interface PreviousInputsOptions {
  /** Only serves an assumptions sheet without its Default column (read-assumption-overrides.ts). */
  readonly dataYear?: number;
  /**
   * The scenarios to build with instead of the sheet's (a `--scenarios` file), or a change made to the
   * sheet's (the pane's edits; `templates` are the defaults for the data). The other inputs follow their codes.
   */
  readonly scenarios?: readonly ScenarioDefinition[]
    | ((fromSheet: readonly ScenarioDefinition[], templates: readonly ScenarioDefinition[]) => readonly ScenarioDefinition[]);
}

/**
 * The buildModel options that keep what a user typed into the input sheets of a previous model,
 * given the rows of its sheets by registry key, for the (new) validated `data`.
 * @example buildModel(data, { lang, generatedAt, productVersion, ...previousInputs((k) => rows.get(k) ?? null, data) })
 */
export function previousInputs(sheets: PreviousSheets, data: CooperationData, options: PreviousInputsOptions = {}): PreviousInputs {
  const assumptionRows = sheets('assumptions');
  const overrides = assumptionRows ? readAssumptionOverrides(assumptionRows, options.dataYear) : {};
  const scenarios = scenariosOf(sheets('scenarios'), data, options.scenarios);
  const context: PreviousContext = { data, scenarios, codes: scenarios.map((s) => s.code) };
  const read: Record<string, unknown> = {};
  for (const r of READERS) {
    const rows = sheets(r.sheetKey);
    if (rows) read[r.field] = r.read(rows, context);
  }
  return { ...read, overrides, scenarios };
}

/** The scenarios to build with: the sheet's (a lever it lacks taking the default of its code, or of S1), then `given`. */
function scenariosOf(rows: SheetRows | null, data: CooperationData, given: PreviousInputsOptions['scenarios']): readonly ScenarioDefinition[] {
  if (Array.isArray(given)) return given as readonly ScenarioDefinition[];
  const { scenarios, templates } = scenariosFromSheet(rows, data);
  return typeof given === 'function' ? given(scenarios, templates) : scenarios;
}
