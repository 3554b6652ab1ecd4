/// <reference types="office-js" />
// Finds one generated sheet of a previous run through the cover's registry.
import { parseAddress, rangeAddress } from './a1-address';
import { REGISTRY_MAX_ROWS, REGISTRY_NAME, registryEntries } from './registry';

const fold = (s: string): string => s.toLowerCase();

/** The worksheet registered under `key`, or null when there is no registry or no such sheet. Two syncs. */
export async function findGeneratedSheet(context: Excel.RequestContext, key: string): Promise<Excel.Worksheet | null> {
  const names = context.workbook.names.load('items/name,items/formula');
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
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
