// Ranges of the fake Excel: 2-D writes of values, formulas, number formats and
// cell properties; clear, copyFrom, validations, conditional formats, widths.
import { rangeAddress, quoteSheet } from '../../src/adapters/office/a1-address';
import type { CellScalar } from '../../src/plan/types';
import type { FakeWorksheet } from './fake-excel';
import { FakeOfficeError, FakeProxy } from './fake-proxy';
import { inBox, key, overlaps, type Box, type FakeCell, type SheetState } from './fake-state';

const fold = (s: string): string => s.toLowerCase();

/**
 * What Excel makes of an entry written to `values` or `formulas`: `=…` is a
 * formula, a leading `'` keeps text as text (and is dropped), text that looks
 * like a number, a boolean or a date is converted, as when a user types it.
 */
export function parseEntry(entry: unknown): { value: CellScalar; formula?: string } {
  if (entry === null || entry === undefined || entry === '') return { value: null };
  if (typeof entry === 'number' || typeof entry === 'boolean') return { value: entry };
  if (typeof entry !== 'string') throw new FakeOfficeError('InvalidArgument', `Unexpected cell entry ${JSON.stringify(entry)}`);
  if (entry.startsWith('=') && entry.length > 1) return { value: null, formula: entry.slice(1) };
  if (entry.startsWith("'")) return { value: entry.slice(1) === '' ? null : entry.slice(1) };
  const t = entry.trim();
  if (/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?%?$/.test(t)) {
    const n = Number(t.replace(',', '.').replace('%', ''));
    return { value: t.endsWith('%') ? n / 100 : n };
  }
  if (/^(true|false)$/i.test(t)) return { value: /^true$/i.test(t) };
  // A date or a time as typed (1/2, 2024-01-15, 12:30): Excel stores a serial number.
  if (/^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(t) || /^\d{1,2}:\d{2}/.test(t)) return { value: 0 };
  return { value: entry };
}

function emptyCell(): FakeCell {
  return { value: null, format: {} };
}

function merge(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(source)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = (target[k] && typeof target[k] === 'object' ? target[k] : {}) as Record<string, unknown>;
      merge(inner, v as Record<string, unknown>);
      target[k] = inner;
    } else if (v !== undefined) {
      target[k] = v;
    }
  }
}

export class FakeRange extends FakeProxy {
  private resolvedBox: Box | null | undefined;
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: { add(type: string): Record<string, unknown>; clearAll(): void };
  readonly dataValidation: { rule: unknown; ignoreBlanks: boolean; clear(): void };

  constructor(
    readonly ws: FakeWorksheet,
    readonly label: string | null,
    private readonly locate: () => Box | null,
    private readonly orNull = false,
  ) {
    super(ws.context);
    this.format = new FakeRangeFormat(this);
    this.conditionalFormats = {
      add: (type) => {
        const detail: Record<string, unknown> = { cellValue: { format: { fill: {}, font: {} } }, colorScale: {} };
        this.enqueue('addConditionalFormat', { type }, (sheet, box) => {
          sheet.conditionalFormats.push({ box, type, detail });
        });
        return detail;
      },
      clearAll: () =>
        this.enqueue('clearConditionalFormats', {}, (sheet, box) => {
          sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !overlaps(f.box, box));
        }),
    };
    let ignoreBlanks = true;
    const setRule = (rule: unknown): void =>
      this.enqueue('dataValidation', { rule }, (sheet, box) => {
        sheet.validations = sheet.validations.filter((v) => !overlaps(v.box, box));
        sheet.validations.push({ box, rule, ignoreBlanks });
      });
    this.dataValidation = {
      set rule(rule: unknown) {
        setRule(rule);
      },
      get rule(): unknown {
        throw new FakeOfficeError('PropertyNotLoaded', 'rule is not loaded');
      },
      set ignoreBlanks(v: boolean) {
        ignoreBlanks = v;
      },
      get ignoreBlanks(): boolean {
        return ignoreBlanks;
      },
      clear: () =>
        this.enqueue('clearDataValidation', {}, (sheet, box) => {
          sheet.validations = sheet.validations.filter((v) => !overlaps(v.box, box));
        }),
    };
  }

  /** The box, resolved at the first use in a request; null for an empty used range. */
  box(): Box {
    if (this.resolvedBox === undefined) this.resolvedBox = this.locate();
    if (!this.resolvedBox) throw new FakeOfficeError('ItemNotFound', 'The range does not exist (empty used range).');
    return this.resolvedBox;
  }

  enqueue(op: string, payload: Record<string, unknown>, apply: (sheet: SheetState, box: Box) => void): void {
    this.context.enqueue({ op, sheet: this.ws.label, range: this.label, ...payload }, () => apply(this.ws.sheet(), this.box()));
  }

  private cellsIn(sheet: SheetState, box: Box, write: boolean, visit: (cell: FakeCell, r: number, c: number) => void): void {
    for (let r = 0; r <= box.bottom - box.top; r += 1) {
      for (let c = 0; c <= box.right - box.left; c += 1) {
        const k = key(box.top + r, box.left + c);
        const cell = sheet.cells.get(k) ?? emptyCell();
        if (write && sheet.protected && (cell.format.protection as { locked?: boolean } | undefined)?.locked !== false) {
          throw new FakeOfficeError('AccessDenied', `The cell ${rangeAddress(box.top + r, box.left + c)} is protected.`);
        }
        visit(cell, r, c);
        sheet.cells.set(k, cell);
      }
    }
  }

  private write2d(op: string, data: unknown[][], visit: (cell: FakeCell, entry: unknown) => void): void {
    this.enqueue(op, { data }, (sheet, box) => {
      if (data.length !== box.bottom - box.top + 1 || data.some((row) => row.length !== box.right - box.left + 1)) {
        throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size of the range (${op}).`);
      }
      this.cellsIn(sheet, box, true, (cell, r, c) => visit(cell, data[r][c]));
    });
  }

  load(_props?: string): this {
    this.context.enqueue({ op: 'load', sheet: this.ws.label, range: this.label }, () => {
      if (this.resolvedBox === undefined) this.resolvedBox = this.locate();
      if (!this.resolvedBox) {
        if (!this.orNull) this.box();
        this.loaded.set('isNullObject', true);
        return;
      }
      const sheet = this.ws.sheet();
      const box = this.resolvedBox;
      const values: unknown[][] = [];
      const formats: unknown[][] = [];
      for (let row = box.top; row <= box.bottom; row += 1) {
        const vr: unknown[] = [];
        const fr: unknown[] = [];
        for (let col = box.left; col <= box.right; col += 1) {
          const cell = sheet.cells.get(key(row, col));
          vr.push(cell?.value ?? '');
          fr.push(cell?.numberFormat ?? 'General');
        }
        values.push(vr);
        formats.push(fr);
      }
      const prefix = /^[A-Za-z_][\w.]*$/.test(sheet.name) ? sheet.name : quoteSheet(sheet.name);
      this.loaded.set('isNullObject', false);
      this.loaded.set('values', values);
      this.loaded.set('numberFormat', formats);
      this.loaded.set('address', `${prefix}!${rangeAddress(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1)}`);
      this.loaded.set('rowCount', box.bottom - box.top + 1);
      this.loaded.set('columnCount', box.right - box.left + 1);
    });
    return this;
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(data: unknown[][]) {
    this.write2d('setValues', data, (cell, entry) => Object.assign(cell, { formula: undefined }, parseEntry(entry)));
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(data: unknown[][]) {
    this.write2d('setFormulas', data, (cell, entry) => Object.assign(cell, { formula: undefined }, parseEntry(entry)));
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(data: unknown[][]) {
    this.write2d('setNumberFormat', data, (cell, entry) => {
      cell.numberFormat = entry === 'General' ? undefined : String(entry);
    });
  }
  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  set hyperlink(link: FakeCell['hyperlink']) {
    this.enqueue('hyperlink', { link }, (sheet, box) => this.cellsIn(sheet, box, true, (cell) => (cell.hyperlink = link)));
  }

  setCellProperties(props: { format?: Record<string, unknown>; hyperlink?: FakeCell['hyperlink'] }[][]): void {
    this.write2d('setCellProperties', props, (cell, entry) => {
      const p = entry as { format?: Record<string, unknown>; hyperlink?: FakeCell['hyperlink'] };
      if (p.format) merge(cell.format, p.format);
      if (p.hyperlink) cell.hyperlink = p.hyperlink;
    });
  }

  clear(applyTo: string = 'All'): void {
    this.enqueue('clear', { applyTo }, (sheet, box) => {
      for (const [k, cell] of [...sheet.cells]) {
        const [row, col] = k.split(':').map(Number);
        if (!inBox(box, row, col)) continue;
        if (sheet.protected && (cell.format.protection as { locked?: boolean } | undefined)?.locked !== false) {
          throw new FakeOfficeError('AccessDenied', 'The sheet is protected.');
        }
        if (applyTo === 'All') sheet.cells.delete(k);
        if (applyTo === 'Contents') Object.assign(cell, { value: null, formula: undefined });
        if (applyTo === 'Formats') Object.assign(cell, { format: {}, numberFormat: undefined });
      }
    });
  }

  /** Selects the range; like Excel, only on the active sheet. */
  select(): void {
    this.enqueue('select', {}, (sheet, box) => {
      if (this.context.state.activeSheet !== sheet) {
        throw new FakeOfficeError('InvalidSelection', 'A range can be selected on the active sheet only.');
      }
      this.context.state.selection = { sheet, box };
    });
  }

  /** Same-position copies only (what the adapter does); Excel would shift relative references otherwise. */
  copyFrom(source: FakeRange, copyType: string = 'All'): void {
    this.enqueue('copyFrom', { source: `${source.ws.label}!${source.label}`, copyType }, (sheet, box) => {
      const from = source.ws.sheet();
      const src = source.box();
      if (src.top !== box.top || src.left !== box.left || src.bottom !== box.bottom || src.right !== box.right) {
        throw new Error('fake: copyFrom between different positions is not modelled');
      }
      if (copyType !== 'All') throw new Error(`fake: copyFrom ${copyType} is not modelled`);
      this.cellsIn(sheet, box, true, (cell, r, c) => {
        const copied = from.cells.get(key(box.top + r, box.left + c));
        Object.assign(cell, copied ? structuredClone(copied) : { value: null, formula: undefined, numberFormat: undefined, format: {}, hyperlink: undefined });
      });
    });
  }
}

/** range.format: column widths and the per-cell formats of the fallback path. */
export class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly protection: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };

  constructor(private readonly range: FakeRange) {
    const setter = (path: string[]) => (value: unknown) =>
      range.enqueue('format', { path, value }, (sheet, box) => {
        for (let row = box.top; row <= box.bottom; row += 1) {
          for (let col = box.left; col <= box.right; col += 1) {
            const k = key(row, col);
            const cell = sheet.cells.get(k) ?? emptyCell();
            const patch: Record<string, unknown> = {};
            let at = patch;
            path.slice(0, -1).forEach((p) => {
              at[p] = {};
              at = at[p] as Record<string, unknown>;
            });
            at[path[path.length - 1]] = value;
            merge(cell.format, patch);
            sheet.cells.set(k, cell);
          }
        }
      });
    const group = (prefix: string[], props: string[]): Record<string, unknown> => {
      const obj: Record<string, unknown> = {};
      for (const p of props) Object.defineProperty(obj, p, { set: setter([...prefix, p]), enumerable: true });
      return obj;
    };
    this.font = group(['font'], ['bold', 'italic', 'size', 'color']);
    this.fill = group(['fill'], ['color']);
    this.protection = group(['protection'], ['locked']);
    this.borders = { getItem: (edge) => group(['borders', edge === 'EdgeBottom' ? 'bottom' : 'top'], ['style']) };
    Object.defineProperty(this, 'horizontalAlignment', { set: setter(['horizontalAlignment']) });
    Object.defineProperty(this, 'wrapText', { set: setter(['wrapText']) });
  }

  set columnWidth(points: number) {
    this.range.enqueue('columnWidth', { points }, (sheet, box) => {
      for (let col = box.left; col <= box.right; col += 1) sheet.columnWidths.set(col, points);
    });
  }
}

export { fold };
