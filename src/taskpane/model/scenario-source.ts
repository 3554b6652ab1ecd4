// Where the pane's scenarios start from: the Scénarios sheet when a model exists (so that
// what the user typed there is kept), else the three defaults for the data.
import type { CooperationData } from '../../data/types';
import { scenariosFromSheet, type ScenariosFromSheet } from '../../plan/read-scenario-definitions';
import type { WorkbookHost } from '../host/workbook-host';

export type LoadedScenarios = ScenariosFromSheet;

/**
 * The scenarios the workbook holds for `data`: read back from the Scénarios sheet, a lever the
 * sheet lacks taking its default; the defaults when no model was generated yet.
 * @example (await loadScenarios(host, data)).scenarios.map((s) => s.code) // ['S1', 'S2', 'S3'] on a new workbook
 */
export async function loadScenarios(host: WorkbookHost, data: CooperationData): Promise<LoadedScenarios> {
  return scenariosFromSheet(await host.readScenarioRows(), data);
}
