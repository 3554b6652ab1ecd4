/// <reference types="office-js" />
// What writePlan must know of the workbook before it writes anything: the sheets,
// the defined names and tables, the generated sheets' identity names and the
// previous run's registry. Read in one round trip, two when a previous model is
// there (its registry, tables and protection are read in the second).
import { parseAddress, rangeAddress } from './a1-address';
import { REGISTRY_MAX_ROWS, REGISTRY_NAME, registryEntries, type Registry } from './registry';
import { identitySheets } from './sheet-identity';

export interface PriorSheet {
  readonly name: string;
  readonly protected: boolean;
  readonly tables: readonly string[];
}

export interface WorkbookState {
  readonly sheetNames: readonly string[];
  /** Defined names (workbook scope) and the sheet each refers to, when it refers to one. */
  readonly names: ReadonlyMap<string, { readonly name: string; readonly sheet: string | null }>;
  /** Every table name in the workbook, lower-cased. */
  readonly tableNames: ReadonlySet<string>;
  readonly registry: Registry;
  /** Generated sheets found by their identity name (`CoopSheet_<key>`): current sheet name by key. */
  readonly identity: Registry;
  /** Protection and tables of each sheet, by lower-cased name; filled only when a registry was found. */
  readonly sheets: ReadonlyMap<string, PriorSheet>;
}

const fold = (s: string): string => s.toLowerCase();

/** Reads the workbook state; `sync` is the caller's counted context.sync. */
export async function readWorkbookState(context: Excel.RequestContext, sync: () => Promise<void>): Promise<WorkbookState> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name,items/type,items/formula');
  const tables = context.workbook.tables.load('items/name');
  await sync();

  const sheetNames = worksheets.items.map((ws) => ws.name);
  const nameMap = new Map<string, { name: string; sheet: string | null }>();
  for (const item of names.items) {
    const target = typeof item.formula === 'string' ? parseAddress(item.formula) : null;
    nameMap.set(fold(item.name), { name: item.name, sheet: target?.sheet ?? null });
  }
  const tableNames = new Set(tables.items.map((t) => fold(t.name)));
  const identity = identitySheets(names.items, sheetNames);
  const base = { sheetNames, names: nameMap, tableNames, registry: new Map<string, string>(), identity, sheets: new Map<string, PriorSheet>() };

  const registryName = names.items.find((n) => fold(n.name) === fold(REGISTRY_NAME));
  const at = registryName && typeof registryName.formula === 'string' ? parseAddress(registryName.formula) : null;
  const holder = at?.sheet ? worksheets.items.find((ws) => fold(ws.name) === fold(at.sheet as string)) : undefined;
  // Without a registry (the cover deleted), the identity names still say which sheets are ours.
  if ((!at || !holder) && identity.size === 0) return base;

  const block = at && holder ? holder.getRange(rangeAddress(at.top, at.left, REGISTRY_MAX_ROWS + 1, 2)).load('values') : null;
  const perSheet = worksheets.items.map((ws) => ({
    name: ws.name,
    protection: ws.protection.load('protected'),
    tables: ws.tables.load('items/name'),
  }));
  await sync();

  const sheets = new Map<string, PriorSheet>();
  for (const s of perSheet) {
    sheets.set(fold(s.name), { name: s.name, protected: s.protection.protected, tables: s.tables.items.map((t) => t.name) });
  }
  return { ...base, registry: block ? registryEntries(block.values) : base.registry, sheets };
}
