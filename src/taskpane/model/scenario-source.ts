// Where the pane's scenarios start from: the Scénarios sheet when a model exists (so that
// what the user typed there is kept), else the three defaults for the data.
import type { CooperationData } from '../../data/types';
import { defaultScenarios } from '../../engine/scenarios';
import type { ScenarioDefinition } from '../../engine/scenarios/types';
import { readScenarioDefinitions } from '../../plan/read-scenario-definitions';
import type { WorkbookHost } from '../host/workbook-host';

export interface LoadedScenarios {
  readonly scenarios: readonly ScenarioDefinition[];
  /** The default scenarios for the data: the templates a new scenario is made from. */
  readonly templates: readonly ScenarioDefinition[];
  /** True when read from the model's Scénarios sheet. */
  readonly fromSheet: boolean;
}

/**
 * The scenarios the workbook holds for `data`: read back from the Scénarios sheet, a lever the
 * sheet lacks taking its default; the defaults when no model was generated yet.
 * @example (await loadScenarios(host, data)).scenarios.map((s) => s.code) // ['S1', 'S2', 'S3'] on a new workbook
 */
export async function loadScenarios(host: WorkbookHost, data: CooperationData): Promise<LoadedScenarios> {
  const templates = defaultScenarios(data);
  const rows = await host.readScenarioRows();
  if (!rows) return { scenarios: templates, templates, fromSheet: false };
  // A lever the sheet lacks (a partner added to the data since) takes the default of the same code,
  // or of S1 for a scenario the user added.
  const scenarios = readScenarioDefinitions(rows, data, (code) => templates.find((d) => d.code === code) ?? templates[0]);
  return { scenarios: scenarios.length > 0 ? scenarios : templates, templates, fromSheet: scenarios.length > 0 };
}
