/// <reference types="office-js" />
// The WorkbookHost of the real add-in: the open Excel workbook, through the
// Office adapter (src/adapters/office) for tables, inputs and plans. Excel.run and
// the requirement check are injected, so that the tests run it on the fake Excel.
import {
  excelApiSupported, officeRunner, readGeneratedSheets, readInputValues, readPartnerTables, readTypedInputs, writeInputValue, writePlan,
  type ExcelRunner,
} from '../../adapters/office';
import { readScenarioRows } from '../../adapters/office/read-scenario-rows';
import { TABLE_NAMES, type TableName } from '../../domain/codes';
import type { CellValue, RawWorkbook } from '../../data/types';
import type { Lang } from '../../i18n';
import type { Overrides } from '../../engine/model-assumptions';
import type { CellScalar, WorkbookPlan } from '../../plan/types';
import { sampleRawWorkbook } from '../../sample';
import { langOfDisplayLanguage } from '../i18n-context';
import { insertOfficeTables } from './office-insert-tables';
import { templateTable } from './template-tables';
import type { CellLocation, InputValues, InsertKind, WorkbookHost } from './workbook-host';

export interface OfficeHostOptions {
  /** Excel.run by default. */
  readonly run?: ExcelRunner;
  /** Office's requirement-set check by default (`isSetSupported('ExcelApi', version)`). */
  readonly supports?: (version: string) => boolean;
  /** Office's display language (`fr-FR`, `en-US`…); Office.context.displayLanguage by default. */
  readonly displayLanguage?: () => string | undefined;
}

export class OfficeHost implements WorkbookHost {
  readonly kind = 'office' as const;
  private readonly run: ExcelRunner;
  private readonly supports: (version: string) => boolean;
  private readonly displayLanguage: () => string | undefined;

  constructor(options: OfficeHostOptions = {}) {
    this.run = options.run ?? officeRunner();
    this.supports = options.supports ?? excelApiSupported;
    this.displayLanguage = options.displayLanguage ?? (() => (typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage));
  }

  /** The pane's first language: Office's display language, French unless it is English. */
  lang(): Lang {
    return langOfDisplayLanguage(this.displayLanguage());
  }

  async readTables(): Promise<RawWorkbook> {
    return await readPartnerTables(this.run);
  }

  async insertTables(kind: InsertKind, lang: Lang): Promise<readonly TableName[]> {
    const present = await this.readTables();
    const sample = kind === 'sample' ? sampleRawWorkbook() : {};
    const missing: { -readonly [K in TableName]?: RawWorkbook[K] } = {};
    for (const name of TABLE_NAMES) {
      if (present[name]) continue;
      missing[name] = kind === 'sample' ? sample[name] : templateTable(name, lang);
    }
    return await insertOfficeTables(missing, this.run);
  }

  async readInputValues(): Promise<InputValues> {
    return await readInputValues({ run: this.run });
  }

  async readTypedInputs(): Promise<Overrides> {
    return await readTypedInputs({ run: this.run });
  }

  async readScenarioRows(): Promise<CellValue[][] | null> {
    return await readScenarioRows({ run: this.run });
  }

  async readGeneratedSheets(keys: readonly string[]): Promise<ReadonlyMap<string, CellValue[][]>> {
    return await readGeneratedSheets(keys, { run: this.run });
  }

  async writeInputValue(key: string, value: CellScalar): Promise<boolean> {
    return await writeInputValue(key, value, { run: this.run });
  }

  async writePlan(plan: WorkbookPlan, onProgress?: (done: number, total: number) => void): Promise<ReadonlyMap<string, string>> {
    const report = await writePlan(plan, { run: this.run, supports: this.supports, onProgress });
    return new Map(report.sheets.map((s) => [s.key, s.name]));
  }

  async goToCell(location: CellLocation): Promise<void> {
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(location.sheet);
      sheet.activate();
      sheet.getRange(location.cell).select();
      await context.sync();
    });
  }

  async showSheet(name: string): Promise<void> {
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.activate();
      sheet.getRange('A1').select();
      await context.sync();
    });
  }

  onChanged(listener: () => void): () => void {
    // Worksheet collection events need ExcelApi 1.9; older hosts refresh on demand (the Refresh buttons).
    if (!this.supports('1.9')) return () => undefined;
    let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
    let stopped = false;
    void this.run(async (context) => {
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
  // An event handler is removed in the request context that added it.
  if (typeof Excel === 'undefined') return;
  await Excel.run(handler.context, async (context) => {
    handler.remove();
    await context.sync();
  }).catch(() => undefined);
}
