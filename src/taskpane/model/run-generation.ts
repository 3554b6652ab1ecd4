// One generation, start to finish: read the tables, validate them, read back what
// the user typed into the model's input sheets (every sheet of PREVIOUS_INPUT_SHEETS, in one
// batch: assumptions, scenario levers, weights and scores, risk register, readiness, SWOT),
// replay the scenario edits made in the pane on top, build the plan, write it.
// Regenerating therefore keeps every typed input (ARCHITECTURE.md).
import type { Issue } from '../../data/types';
import { validateWorkbook } from '../../data';
import type { Lang } from '../../i18n';
import type { ScenarioDefinition } from '../../engine/scenarios/types';
import { PREVIOUS_INPUT_SHEETS, previousInputs } from '../../plan/previous-inputs';
import type { WorkbookPlan } from '../../plan/types';
import { buildModel, type ModelResult } from '../../plan/build-model';
import type { WorkbookHost } from '../host/workbook-host';
import { headlineOf, type Headline } from './headline';
import type { Overrides } from './overrides';
import { applyScenarioEdits, type ScenarioEdit } from './scenario-edits';

export type GenerationStep = 'read' | 'validate' | 'inputs' | 'build' | 'write' | 'done';
export const GENERATION_STEPS: readonly GenerationStep[] = ['read', 'validate', 'inputs', 'build', 'write', 'done'];

export interface GenerationOptions {
  readonly lang: Lang;
  readonly generatedAt: Date;
  readonly productVersion: string;
  /** Values edited in the pane before any assumptions sheet existed. */
  readonly pending: Overrides;
  /** Scenarios added, copied, removed or edited in the pane since the last generation. */
  readonly scenarioEdits?: readonly ScenarioEdit[];
  readonly onStep?: (step: GenerationStep) => void;
  /** Round trips of the write step done out of planned (Excel); the preview writes at once. */
  readonly onWriteProgress?: (done: number, total: number) => void;
}

export type GenerationOutcome =
  | {
    readonly ok: true; readonly plan: WorkbookPlan; readonly result: ModelResult;
    readonly headline: Headline; readonly warnings: readonly Issue[];
    /** The scenarios the model was built with: the sheet's, with the pane's edits on top. */
    readonly scenarios: readonly ScenarioDefinition[];
  }
  | { readonly ok: false; readonly issues: readonly Issue[] };

// Lets the browser paint the progress bar between steps.
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runGeneration(host: WorkbookHost, options: GenerationOptions): Promise<GenerationOutcome> {
  const step = async (s: GenerationStep) => {
    options.onStep?.(s);
    await yieldToBrowser();
  };
  await step('read');
  const raw = await host.readTables();
  await step('validate');
  const validation = validateWorkbook(raw);
  if (!validation.ok) return { ok: false, issues: validation.issues };
  await step('inputs');
  const sheets = await host.readGeneratedSheets(PREVIOUS_INPUT_SHEETS);
  // The levers typed into the Scénarios sheet, then what the pane changed since; the other inputs
  // follow the scenarios' codes (a scenario new since takes its defaults).
  const previous = previousInputs((key) => sheets.get(key) ?? null, validation.value, {
    scenarios: (fromSheet, templates) => applyScenarioEdits(fromSheet, options.scenarioEdits ?? [], { data: validation.value, templates }),
  });
  await step('build');
  const { plan, result } = buildModel(validation.value, {
    lang: options.lang,
    generatedAt: options.generatedAt,
    productVersion: options.productVersion,
    warnings: validation.warnings,
    ...previous,
    // Typed values in the sheet win over values the pane kept before the sheet existed. Only what differs
    // from the sheet's defaults: a default that follows the data (the first year) moves with it.
    overrides: { ...options.pending, ...previous.overrides },
  });
  const scenarios = previous.scenarios;
  await step('write');
  const written = await host.writePlan(plan, options.onWriteProgress);
  await step('done');
  return { ok: true, plan, result, headline: headlineOf(result, plan, written), warnings: validation.warnings, scenarios };
}
