// The WorkbookHost of the in-browser preview, over a PreviewWorkbook.
import type { CellValue } from '../../data/types';
import { TABLE_NAMES, type TableName } from '../../domain/codes';
import type { Lang } from '../../i18n';
import type { CellScalar, WorkbookPlan } from '../../plan/types';
import { sampleRawWorkbook } from '../../sample';
import type { Overrides } from '../../engine/model-assumptions';
import { assumptionInputCells, assumptionInputValues, readAssumptionOverrides } from '../../plan/read-assumption-overrides';
import { PreviewWorkbook } from './preview-workbook';
import { templateTable } from './template-tables';
import type { CellLocation, InputValues, InsertKind, WorkbookHost } from './workbook-host';

/** The registry keys of the assumptions and Scénarios sheets (plan/sheets/). */
const ASSUMPTIONS_SHEET_KEY = 'assumptions';
const SCENARIOS_SHEET_KEY = 'scenarios';

export class PreviewHost implements WorkbookHost {
  readonly kind = 'preview' as const;

  constructor(readonly workbook: PreviewWorkbook) {}

  async readTables() {
    return this.workbook.rawWorkbook();
  }

  async insertTables(kind: InsertKind, lang: Lang): Promise<readonly TableName[]> {
    const sample = kind === 'sample' ? sampleRawWorkbook() : {};
    const added: TableName[] = [];
    for (const name of TABLE_NAMES) {
      if (this.workbook.hasTable(name)) continue;
      const table = kind === 'sample' ? sample[name] : templateTable(name, lang);
      if (!table) continue;
      this.workbook.addTable(table);
      added.push(name);
    }
    return added;
  }

  async readInputValues(): Promise<InputValues> {
    const rows = this.workbook.sheetRows(ASSUMPTIONS_SHEET_KEY);
    return rows ? assumptionInputValues(rows) : {};
  }

  async readTypedInputs(): Promise<Overrides> {
    const rows = this.workbook.sheetRows(ASSUMPTIONS_SHEET_KEY);
    return rows ? readAssumptionOverrides(rows) : {};
  }

  async readScenarioRows(): Promise<CellValue[][] | null> {
    return this.workbook.sheetRows(SCENARIOS_SHEET_KEY);
  }

  async readGeneratedSheets(keys: readonly string[]): Promise<ReadonlyMap<string, CellValue[][]>> {
    const out = new Map<string, CellValue[][]>();
    for (const key of keys) {
      const rows = this.workbook.sheetRows(key);
      if (rows) out.set(key, rows);
    }
    return out;
  }

  async writeInputValue(key: string, value: CellScalar): Promise<boolean> {
    const rows = this.workbook.sheetRows(ASSUMPTIONS_SHEET_KEY);
    const at = rows ? assumptionInputCells(rows).find((c) => c.key === key) : undefined;
    if (!at) return false;
    return this.workbook.setInput(ASSUMPTIONS_SHEET_KEY, at.row, at.col, value);
  }

  async writePlan(plan: WorkbookPlan): Promise<ReadonlyMap<string, string>> {
    this.workbook.writePlan(plan);
    return new Map(plan.sheets.map((s) => [s.key, s.name]));
  }

  async goToCell(location: CellLocation): Promise<void> {
    this.workbook.show(location.sheet, location.cell);
  }

  async showSheet(name: string): Promise<void> {
    this.workbook.show(name, null);
  }

  onChanged(listener: () => void): () => void {
    return this.workbook.subscribe(listener);
  }
}
