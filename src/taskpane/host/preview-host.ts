// The WorkbookHost of the in-browser preview, over a PreviewWorkbook.
import { TABLE_NAMES, type TableName } from '../../domain/codes';
import type { Lang } from '../../i18n';
import type { CellScalar, WorkbookPlan } from '../../plan/types';
import { sampleRawWorkbook } from '../../sample';
import { findInputCell, readPlanInputs } from '../model/input-cells';
import { PreviewWorkbook } from './preview-workbook';
import { templateTable } from './template-tables';
import type { CellLocation, InputValues, InsertKind, WorkbookHost } from './workbook-host';

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
    const plan = this.workbook.currentPlan();
    if (!plan) return {};
    return readPlanInputs(plan, (sheetKey, row, col) => this.workbook.inputValue(sheetKey, row, col));
  }

  async writeInputValue(key: string, value: CellScalar): Promise<boolean> {
    const plan = this.workbook.currentPlan();
    const at = plan ? findInputCell(plan, key) : null;
    if (!at) return false;
    return this.workbook.setInput(at.sheetKey, at.row, at.col, value);
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
