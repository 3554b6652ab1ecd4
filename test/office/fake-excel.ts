/// <reference types="office-js" />
// A recording in-memory fake of the part of Excel's object model the Office
// adapter uses. Like Office.js: calls on proxies are queued and applied, in
// order, at context.sync(); reading a property that was not loaded and synced
// throws; an operation that fails stops its request, the operations before it
// staying applied (a request is not a transaction). It counts syncs, measures
// each request (JSON length of what was queued), refuses requests above 5 MB
// like Excel on the web, and can make sync number k fail after j operations.
import type { ExcelRunner } from '../../src/adapters/office';
import { parseAddress, quoteSheet, rangeAddress } from '../../src/adapters/office/a1-address';
import { FakeRange } from './fake-range';
import { FakeOfficeError, FakeProxy, type ProxyContext } from './fake-proxy';

export { FakeOfficeError };
import { SheetState, WorkbookState, type Box, type TableState } from './fake-state';

interface Op {
  readonly payload: unknown;
  readonly apply: () => void;
}

export interface RequestRecord {
  readonly bytes: number;
  readonly ops: number;
  /** Each queued operation's kind, in order (`suspendCalc`, `addSheet`, `setFormulas`…). */
  readonly kinds: readonly string[];
}

const SHEET_BOX: Box = { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };
const fold = (s: string): string => s.toLowerCase();

export class FakeExcel {
  readonly state = new WorkbookState();
  syncs = 0;
  readonly requests: RequestRecord[] = [];
  /** Excel on the web refuses 5 MB requests. */
  limitBytes = 5 * 1024 * 1024;
  private fault: { sync: number; afterOps: number } | null = null;

  /** The fake's Excel.run: a new request context per job. */
  readonly run: ExcelRunner = async (batch) => batch(new FakeContext(this) as unknown as Excel.RequestContext);

  /** Makes sync number `sync` (1-based, counted from now on) fail after applying `afterOps` of its operations. */
  failAt(sync: number, afterOps = 0): void {
    this.fault = { sync: this.syncs + sync, afterOps };
  }

  clearFault(): void {
    this.fault = null;
  }

  /** Adds a sheet directly (test set-up), returning its state. */
  addSheet(name: string): SheetState {
    return this.state.newSheet(name);
  }

  sheet(name: string): SheetState {
    const found = this.state.sheets.find((s) => fold(s.name) === fold(name));
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  async flush(queue: Op[]): Promise<void> {
    this.syncs += 1;
    const bytes = JSON.stringify(queue.map((op) => op.payload)).length;
    this.requests.push({ bytes, ops: queue.length, kinds: queue.map((op) => String((op.payload as { op?: unknown }).op ?? '?')) });
    if (bytes > this.limitBytes) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size (${bytes}) has exceeded the limit.`);
    }
    const fault = this.fault && this.fault.sync === this.syncs ? this.fault : null;
    for (const [i, op] of queue.entries()) {
      if (fault && i === fault.afterOps) throw new FakeOfficeError('InjectedFault', `sync ${this.syncs} fails at operation ${i}`);
      op.apply();
    }
    if (fault) throw new FakeOfficeError('InjectedFault', `sync ${this.syncs} fails after its operations`);
  }
}

export class FakeContext {
  private queue: Op[] = [];
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void };

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.enqueue({ op: 'suspendCalc' }, () => undefined),
      suspendScreenUpdatingUntilNextSync: () => this.enqueue({ op: 'suspendScreen' }, () => undefined),
    };
  }

  get state(): WorkbookState {
    return this.excel.state;
  }

  enqueue(payload: unknown, apply: () => void): void {
    this.queue.push({ payload, apply });
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    await this.excel.flush(queue);
  }
}

function validSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError('InvalidArgument', `Invalid sheet name ${name}`);
  }
}

/** References to `from` in a formula become references to `to` (null: `#REF!`), as Excel does on rename and delete. */
export function renameInFormula(formula: string, from: string, to: string | null): string {
  const quoted = new RegExp(`${escape(quoteSheet(from))}!(\\$?[A-Z]+\\$?\\d+(?::\\$?[A-Z]+\\$?\\d+)?)`, 'gi');
  const bare = /^[A-Za-z_][\w.]*$/.test(from) ? new RegExp(`(?<![\\w.'])${escape(from)}!(\\$?[A-Z]+\\$?\\d+(?::\\$?[A-Z]+\\$?\\d+)?)`, 'gi') : null;
  const replace = (_: string, ref: string): string => (to === null ? '#REF!' : `${quoteSheet(to)}!${ref}`);
  let out = formula.replace(quoted, replace);
  if (bare) out = out.replace(bare, replace);
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNameCollection;
  readonly tables: FakeTableCollection;
  constructor(readonly context: ProxyContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNameCollection(context);
    this.tables = new FakeTableCollection(context, null);
  }
}

export class FakeWorksheetCollection extends FakeProxy {
  load(_props: string): this {
    this.context.enqueue({ op: 'load', target: 'worksheets' }, () => {
      this.loaded.set('items', this.context.state.sheets.map((s) => FakeWorksheet.bound(this.context, s)));
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    return this.read<FakeWorksheet[]>('items');
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name, () => this.context.state.sheets.find((s) => fold(s.name) === fold(name)) ?? null, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name, () => this.context.state.sheets.find((s) => fold(s.name) === fold(name)) ?? null, true);
  }

  add(name: string): FakeWorksheet {
    let created: SheetState | null = null;
    this.context.enqueue({ op: 'addSheet', name }, () => {
      validSheetName(name);
      if (this.context.state.sheets.some((s) => fold(s.name) === fold(name))) {
        throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists`);
      }
      created = this.context.state.newSheet(name);
    });
    return new FakeWorksheet(this.context, name, () => created, false);
  }
}

export class FakeWorksheet extends FakeProxy {
  private resolved: SheetState | null | undefined;
  readonly protection: FakeProtection;
  readonly tables: FakeTableCollection;
  readonly freezePanes: {
    freezeAt(range: FakeRange): void;
    freezeRows(n: number): void;
    freezeColumns(n: number): void;
    unfreeze(): void;
  };
  readonly pageLayout: {
    orientation: string;
    zoom: unknown;
    setPrintArea(address: string): void;
    headersFooters: { defaultForAllPages: { centerHeader: string; centerFooter: string } };
  };

  constructor(
    context: ProxyContext,
    readonly label: string,
    private readonly locate: () => SheetState | null,
    private readonly orNull: boolean,
  ) {
    super(context);
    this.protection = new FakeProtection(this);
    this.tables = new FakeTableCollection(context, this);
    const setFreeze = (op: string, freeze: () => { rows: number; cols: number } | null): void =>
      this.context.enqueue({ op, sheet: label }, () => {
        this.sheet().freeze = freeze();
      });
    this.freezePanes = {
      freezeAt: (range) => setFreeze('freezeAt', () => {
        const box = range.box();
        return { rows: box.bottom, cols: box.right };
      }),
      freezeRows: (n) => setFreeze('freezeRows', () => ({ rows: n, cols: 0 })),
      freezeColumns: (n) => setFreeze('freezeColumns', () => ({ rows: 0, cols: n })),
      unfreeze: () => setFreeze('unfreeze', () => null),
    };
    const layout = (prop: string, value: unknown): void =>
      this.context.enqueue({ op: 'pageLayout', prop, value }, () => {
        this.sheet().pageLayout[prop] = value;
      });
    const pages = {} as { centerHeader: string; centerFooter: string };
    Object.defineProperty(pages, 'centerHeader', { set: (v: string) => layout('centerHeader', v) });
    Object.defineProperty(pages, 'centerFooter', { set: (v: string) => layout('centerFooter', v) });
    const pageLayout = { setPrintArea: (a: string) => layout('printArea', a), headersFooters: { defaultForAllPages: pages } };
    Object.defineProperty(pageLayout, 'orientation', { set: (v: string) => layout('orientation', v) });
    Object.defineProperty(pageLayout, 'zoom', { set: (v: unknown) => layout('zoom', v) });
    this.pageLayout = pageLayout as FakeWorksheet['pageLayout'];
  }

  static bound(context: ProxyContext, sheet: SheetState): FakeWorksheet {
    const ws = new FakeWorksheet(context, sheet.name, () => sheet, false);
    ws.resolved = sheet;
    ws.loaded.set('name', sheet.name);
    ws.loaded.set('isNullObject', false);
    return ws;
  }

  /** The sheet this proxy stands for, resolved at its first use in a request (as Office resolves paths). */
  sheet(): SheetState {
    if (this.resolved === undefined) this.resolved = this.locate();
    const sheet = this.resolved;
    if (!sheet || !this.context.state.sheets.includes(sheet)) {
      throw new FakeOfficeError('ItemNotFound', `The requested worksheet (${this.label}) doesn't exist.`);
    }
    return sheet;
  }

  load(_props?: string): this {
    this.context.enqueue({ op: 'load', target: this.label }, () => {
      if (this.resolved === undefined) this.resolved = this.locate();
      const exists = this.resolved !== null && this.context.state.sheets.includes(this.resolved);
      if (!exists && !this.orNull) this.sheet();
      this.loaded.set('isNullObject', !exists);
      if (exists) this.loaded.set('name', (this.resolved as SheetState).name);
    });
    return this;
  }

  get name(): string {
    return this.read<string>('name');
  }

  set name(to: string) {
    this.context.enqueue({ op: 'rename', sheet: this.label, to }, () => {
      const sheet = this.sheet();
      validSheetName(to);
      if (this.context.state.sheets.some((s) => s !== sheet && fold(s.name) === fold(to))) {
        throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${to} already exists`);
      }
      const from = sheet.name;
      for (const s of this.context.state.sheets) {
        for (const cell of s.cells.values()) if (cell.formula) cell.formula = renameInFormula(cell.formula, from, to);
      }
      sheet.name = to;
    });
  }

  set tabColor(color: string) {
    this.context.enqueue({ op: 'tabColor', sheet: this.label, color }, () => {
      this.sheet().tabColor = color;
    });
  }

  activate(): void {
    this.context.enqueue({ op: 'activate', sheet: this.label }, () => {
      this.context.state.activeSheet = this.sheet();
    });
  }

  delete(): void {
    this.context.enqueue({ op: 'deleteSheet', sheet: this.label }, () => {
      const sheet = this.sheet();
      const state = this.context.state;
      state.sheets = state.sheets.filter((s) => s !== sheet);
      state.tables = state.tables.filter((t) => t.sheet !== sheet);
      for (const n of state.names) if (n.sheet === sheet) n.sheet = null;
      for (const s of state.sheets) {
        for (const cell of s.cells.values()) if (cell.formula) cell.formula = renameInFormula(cell.formula, sheet.name, null);
      }
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this, address ?? null, () => {
      if (address === undefined) return SHEET_BOX;
      const box = parseAddress(address);
      if (!box || box.sheet !== null) throw new FakeOfficeError('InvalidArgument', `Bad address ${address}`);
      return box;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this, 'usedRange', () => {
      let box: Box | null = null;
      for (const [k, cell] of this.sheet().cells) {
        if (valuesOnly && cell.formula === undefined && (cell.value === null || cell.value === '')) continue;
        const [row, col] = k.split(':').map(Number);
        box = box
          ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
          : { top: row, left: col, bottom: row, right: col };
      }
      return box;
    }, true);
  }
}

export class FakeProtection extends FakeProxy {
  constructor(private readonly ws: FakeWorksheet) {
    super(ws.context);
  }

  load(_props?: string): this {
    this.context.enqueue({ op: 'load', target: 'protection' }, () => {
      this.loaded.set('protected', this.ws.sheet().protected);
    });
    return this;
  }

  get protected(): boolean {
    return this.read<boolean>('protected');
  }

  protect(options?: unknown): void {
    this.context.enqueue({ op: 'protect', options }, () => {
      const sheet = this.ws.sheet();
      if (sheet.protected) throw new FakeOfficeError('InvalidOperation', 'The worksheet is already protected.');
      sheet.protected = true;
    });
  }

  unprotect(): void {
    this.context.enqueue({ op: 'unprotect' }, () => {
      this.ws.sheet().protected = false;
    });
  }
}

export class FakeTable extends FakeProxy {
  private resolved: TableState | null | undefined;
  readonly worksheet: FakeWorksheet;
  constructor(context: ProxyContext, private readonly locate: () => TableState | null, readonly label: string) {
    super(context);
    this.worksheet = new FakeWorksheet(context, `table ${label}`, () => this.table().sheet, false);
  }

  static bound(context: ProxyContext, table: TableState): FakeTable {
    const t = new FakeTable(context, () => table, table.name);
    t.resolved = table;
    t.loaded.set('name', table.name);
    return t;
  }

  table(): TableState {
    if (this.resolved === undefined) this.resolved = this.locate();
    if (!this.resolved || !this.context.state.tables.includes(this.resolved)) {
      throw new FakeOfficeError('ItemNotFound', `The requested table (${this.label}) doesn't exist.`);
    }
    return this.resolved;
  }

  get name(): string {
    return this.read<string>('name');
  }

  set name(to: string) {
    this.context.enqueue({ op: 'tableName', to }, () => {
      const table = this.table();
      if (this.context.state.tables.some((t) => t !== table && fold(t.name) === fold(to))) {
        throw new FakeOfficeError('ItemAlreadyExists', `A table named ${to} already exists`);
      }
      table.name = to;
    });
  }

  set style(style: string) {
    this.context.enqueue({ op: 'tableStyle', style }, () => {
      this.table().style = style;
    });
  }

  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.worksheet, 'header', () => {
      const { box } = this.table();
      return { ...box, bottom: box.top };
    });
  }

  getDataBodyRange(): FakeRange {
    return new FakeRange(this.worksheet, 'body', () => {
      const { box } = this.table();
      return { ...box, top: box.top + 1 };
    });
  }

  convertToRange(): void {
    this.context.enqueue({ op: 'convertToRange', table: this.label }, () => {
      const table = this.table();
      this.context.state.tables = this.context.state.tables.filter((t) => t !== table);
    });
  }
}

export class FakeTableCollection extends FakeProxy {
  constructor(
    context: ProxyContext,
    private readonly ws: FakeWorksheet | null,
  ) {
    super(context);
  }

  private all(): TableState[] {
    const tables = this.context.state.tables;
    if (!this.ws) return this.context.state.sheets.flatMap((s) => tables.filter((t) => t.sheet === s));
    const sheet = this.ws.sheet();
    return tables.filter((t) => t.sheet === sheet);
  }

  load(_props?: string): this {
    this.context.enqueue({ op: 'load', target: 'tables' }, () => {
      this.loaded.set('items', this.all().map((t) => FakeTable.bound(this.context, t)));
    });
    return this;
  }

  get items(): FakeTable[] {
    return this.read<FakeTable[]>('items');
  }

  getItem(name: string): FakeTable {
    return new FakeTable(this.context, () => this.all().find((t) => fold(t.name) === fold(name)) ?? null, name);
  }

  add(address: string, hasHeaders: boolean): FakeTable {
    let created: TableState | null = null;
    this.context.enqueue({ op: 'addTable', address, hasHeaders }, () => {
      if (!this.ws) throw new FakeOfficeError('InvalidArgument', 'add tables through a worksheet in this fake');
      const sheet = this.ws.sheet();
      const box = parseAddress(address);
      if (!box) throw new FakeOfficeError('InvalidArgument', `Bad address ${address}`);
      if (this.context.state.tables.some((t) => t.sheet === sheet && t.box.top <= box.bottom && box.top <= t.box.bottom && t.box.left <= box.right && box.left <= t.box.right)) {
        throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table.');
      }
      let name = `Table${this.context.state.nextTable}`;
      while (this.context.state.tables.some((t) => fold(t.name) === fold(name))) {
        this.context.state.nextTable += 1;
        name = `Table${this.context.state.nextTable}`;
      }
      this.context.state.nextTable += 1;
      created = { name, sheet, box, style: null };
      this.context.state.tables.push(created);
    });
    return new FakeTable(this.context, () => created, address);
  }
}

export class FakeNamedItem extends FakeProxy {
  constructor(context: ProxyContext, readonly label: string) {
    super(context);
  }

  static bound(context: ProxyContext, name: { name: string; formula: string }): FakeNamedItem {
    const item = new FakeNamedItem(context, name.name);
    item.loaded.set('name', name.name);
    item.loaded.set('type', 'Range');
    item.loaded.set('formula', name.formula);
    return item;
  }

  get name(): string {
    return this.read<string>('name');
  }
  get type(): string {
    return this.read<string>('type');
  }
  get formula(): string {
    return this.read<string>('formula');
  }

  delete(): void {
    this.context.enqueue({ op: 'deleteName', name: this.label }, () => {
      const state = this.context.state;
      const found = state.names.find((n) => fold(n.name) === fold(this.label));
      if (!found) throw new FakeOfficeError('ItemNotFound', `The name ${this.label} doesn't exist.`);
      state.names = state.names.filter((n) => n !== found);
    });
  }
}

/** A name's formula as Excel shows it: `=Sommaire!$B$20`, quoted when the sheet name needs it. */
export function nameFormula(sheet: SheetState | null, box: Box): string {
  if (!sheet) return '=#REF!';
  const prefix = /^[A-Za-z_][\w.]*$/.test(sheet.name) ? sheet.name : quoteSheet(sheet.name);
  const abs = rangeAddress(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `=${prefix}!${abs}`;
}

export class FakeNameCollection extends FakeProxy {
  load(_props?: string): this {
    this.context.enqueue({ op: 'load', target: 'names' }, () => {
      this.loaded.set(
        'items',
        this.context.state.names.map((n) => FakeNamedItem.bound(this.context, { name: n.name, formula: nameFormula(n.sheet, n.box) })),
      );
    });
    return this;
  }

  get items(): FakeNamedItem[] {
    return this.read<FakeNamedItem[]>('items');
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, name);
  }

  add(name: string, reference: FakeRange | string): FakeNamedItem {
    this.context.enqueue({ op: 'addName', name, reference: typeof reference === 'string' ? reference : reference.label }, () => {
      const state = this.context.state;
      if (state.names.some((n) => fold(n.name) === fold(name))) {
        throw new FakeOfficeError('ItemAlreadyExists', `The name ${name} already exists.`);
      }
      if (typeof reference === 'string') {
        const box = parseAddress(reference);
        const sheet = box?.sheet ? state.sheets.find((s) => fold(s.name) === fold(box.sheet as string)) : undefined;
        if (!box || !sheet) throw new FakeOfficeError('InvalidArgument', `Bad reference ${reference}`);
        state.names.push({ name, sheet, box });
      } else {
        const box = reference.box();
        if (!box) throw new FakeOfficeError('InvalidArgument', 'Bad reference');
        state.names.push({ name, sheet: reference.ws.sheet(), box });
      }
    });
    return new FakeNamedItem(this.context, name);
  }
}
