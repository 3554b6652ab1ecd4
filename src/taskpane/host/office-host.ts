/// <reference types="office-js" />
// The WorkbookHost of the real add-in: the open Excel workbook, through the
// Office adapter (src/adapters/office) for tables, inputs and plans.
import {
  officeRunner, readInputValues, readPartnerTables, writeInputValue, writePlan,
} from '../../adapters/office';
import { TABLE_NAMES, type TableName } from '../../domain/codes';
import type { RawWorkbook } from '../../data/types';
import type { Lang } from '../../i18n';
import type { CellScalar, WorkbookPlan } from '../../plan/types';
import { sampleRawWorkbook } from '../../sample';
import { insertOfficeTables } from './office-insert-tables';
import { templateTable } from './template-tables';
import type { CellLocation, InputValues, InsertKind, WorkbookHost } from './workbook-host';

export class OfficeHost implements WorkbookHost {
  readonly kind = 'office' as const;

  async readTables(): Promise<RawWorkbook> {
    return await readPartnerTables(officeRunner());
  }

  async insertTables(kind: InsertKind, lang: Lang): Promise<readonly TableName[]> {
    const present = await this.readTables();
    const sample = kind === 'sample' ? sampleRawWorkbook() : {};
    const missing: { -readonly [K in TableName]?: RawWorkbook[K] } = {};
    for (const name of TABLE_NAMES) {
      if (present[name]) continue;
      missing[name] = kind === 'sample' ? sample[name] : templateTable(name, lang);
    }
    return await insertOfficeTables(missing);
  }

  async readInputValues(): Promise<InputValues> {
    return await readInputValues();
  }

  async writeInputValue(key: string, value: CellScalar): Promise<boolean> {
    return await writeInputValue(key, value);
  }

  async writePlan(plan: WorkbookPlan, onProgress?: (done: number, total: number) => void): Promise<ReadonlyMap<string, string>> {
    const report = await writePlan(plan, { onProgress });
    return new Map(report.sheets.map((s) => [s.key, s.name]));
  }

  async goToCell(location: CellLocation): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(location.sheet);
      sheet.activate();
      sheet.getRange(location.cell).select();
      await context.sync();
    });
  }

  async showSheet(name: string): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.activate();
      sheet.getRange('A1').select();
      await context.sync();
    });
  }

  onChanged(listener: () => void): () => void {
    // Worksheet collection events need ExcelApi 1.9; older hosts refresh on demand (the Refresh buttons).
    if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) return () => undefined;
    let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
    let stopped = false;
    void Excel.run(async (context) => {
      handler = context.workbook.worksheets.onChanged.add(async () => listener());
      await context.sync();
      if (stopped) await removeHandler(handler);
    }).catch(() => undefined);
    return () => {
      stopped = true;
      if (handler) void removeHandler(handler);
    };
  }
}

async function removeHandler(handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>): Promise<void> {
  await Excel.run(handler.context, async (context) => {
    handler.remove();
    await context.sync();
  }).catch(() => undefined);
}
