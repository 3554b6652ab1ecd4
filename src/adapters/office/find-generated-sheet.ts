/// <reference types="office-js" />
// Finds one generated sheet of a previous run: by its identity name, which follows
// the sheet through a rename, else (a model written before those names) through the
// cover's registry.
import { parseAddress, rangeAddress } from './a1-address';
import { REGISTRY_MAX_ROWS, REGISTRY_NAME, registryEntries } from './registry';
import { identitySheets } from './sheet-identity';

const fold = (s: string): string => s.toLowerCase();

/** The generated worksheet `key`, or null when there is none. One sync, two through the registry. */
export async function findGeneratedSheet(context: Excel.RequestContext, key: string): Promise<Excel.Worksheet | null> {
  const names = context.workbook.names.load('items/name,items/formula');
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const byIdentity = identitySheets(names.items, sheets.items.map((ws) => ws.name)).get(key);
  if (byIdentity !== undefined) return sheets.items.find((ws) => ws.name === byIdentity) ?? null;
  const item = names.items.find((n) => fold(n.name) === fold(REGISTRY_NAME));
  const at = item && typeof item.formula === 'string' ? parseAddress(item.formula) : null;
  const holder = at?.sheet ? sheets.items.find((ws) => fold(ws.name) === fold(at.sheet as string)) : undefined;
  if (!at || !holder) return null;
  const block = holder.getRange(rangeAddress(at.top, at.left, REGISTRY_MAX_ROWS + 1, 2)).load('values');
  await context.sync();
  const name = registryEntries(block.values).get(key);
  if (name === undefined) return null;
  return sheets.items.find((ws) => fold(ws.name) === fold(name)) ?? null;
}
