// What the task pane needs from a workbook. Two implementations: the open Excel
// workbook (office-host.ts, through src/adapters/office) and an in-memory one for
// the in-browser preview (preview-host.ts). The panels only see this interface.
import type { CellValue, RawWorkbook } from '../../data/types';
import type { TableName } from '../../domain/codes';
import type { Lang } from '../../i18n';
import type { Overrides } from '../../engine/model-assumptions';
import type { CellScalar, WorkbookPlan } from '../../plan/types';

/** A cell of the workbook, as messages locate it: sheet name and A1 address. */
export interface CellLocation {
  readonly sheet: string;
  readonly cell: string;
}

/** Values a user typed into the model's input sheets, by stable key (assumption keys…). */
export type InputValues = Readonly<Record<string, CellScalar>>;

export type InsertKind = 'template' | 'sample';

export interface WorkbookHost {
  readonly kind: 'office' | 'preview';
  /** The partner tables found in the workbook; a missing table is absent. */
  readTables(): Promise<RawWorkbook>;
  /** Adds the tables that are missing, empty or with the sample rows; an existing table is never touched. */
  insertTables(kind: InsertKind, lang: Lang): Promise<readonly TableName[]>;
  /** What the model's input sheets hold now (empty when no model was generated yet). */
  readInputValues(): Promise<InputValues>;
  /**
   * What the user typed on the assumptions sheet: the values that differ from the defaults the
   * sheet was generated with (plan/read-assumption-overrides.ts). Regenerate passes them as overrides,
   * so that a default that follows the data (the first year) is not frozen.
   */
  readTypedInputs(): Promise<Overrides>;
  /**
   * The Scénarios sheet's values as rows from A1 (`rows[0][0]` is A1); null when no model was
   * generated yet. Read back by plan/read-scenario-definitions.ts, the one reader of its layout.
   */
  readScenarioRows(): Promise<CellValue[][] | null>;
  /**
   * The generated sheets of `keys` as rows from A1, by key, read together (one batch in Excel); a key
   * whose sheet the workbook lacks is absent. Regenerate reads the model's input sheets with it
   * (plan/previous-inputs.ts: PREVIOUS_INPUT_SHEETS).
   */
  readGeneratedSheets(keys: readonly string[]): Promise<ReadonlyMap<string, CellValue[][]>>;
  /** Writes one input value into the assumptions sheet; false when the model has no such input yet. */
  writeInputValue(key: string, value: CellScalar): Promise<boolean>;
  /**
   * Writes (or rewrites in place) the generated sheets of a plan; returns the name each
   * sheet key got in the workbook. `onProgress` reports round trips done out of planned.
   */
  writePlan(plan: WorkbookPlan, onProgress?: (done: number, total: number) => void): Promise<ReadonlyMap<string, string>>;
  /** Shows a cell to the user: selects it in Excel, scrolls to and highlights it in the preview. */
  goToCell(location: CellLocation): Promise<void>;
  /** Activates a sheet by name. */
  showSheet(name: string): Promise<void>;
  /** Calls `listener` when the workbook changes outside the pane; returns an unsubscribe function. */
  onChanged(listener: () => void): () => void;
}
