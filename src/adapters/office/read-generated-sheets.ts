/// <reference types="office-js" />
// Reads several generated sheets of a previous run at once (the input sheets a regeneration
// reads back, src/plan/previous-inputs.ts) as rows of values from A1: one sync finds them all,
// one more loads every used range together; a model written before the identity names costs
// one sync more, for the cover's registry. The adapter only reads cells.
import type { CellValue } from '../../data/types';
import { parseAddress, rangeAddress } from './a1-address';
import type { ExcelRunner } from './excel-runner';
import { officeRunner } from './excel-runner';
import { rowsFromA1 } from './read-scenario-rows';
import { REGISTRY_MAX_ROWS, REGISTRY_NAME, registryEntries } from './registry';
import { identitySheets } from './sheet-identity';

const fold = (s: string): string => s.toLowerCase();

export interface ReadGeneratedSheetsOptions {
  readonly run?: ExcelRunner;
}

/** The worksheets of `keys` found by their identity names, else (a model without them) through the cover's registry. */
async function findSheets(context: Excel.RequestContext, keys: readonly string[]): Promise<Map<string, Excel.Worksheet>> {
  const names = context.workbook.names.load('items/name,items/formula');
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const byName = (name: string) => sheets.items.find((ws) => fold(ws.name) === fold(name));
  let where = identitySheets(names.items, sheets.items.map((ws) => ws.name));
  // A model with identity names lists every sheet it has by them: a key missing there is a sheet it lacks.
  if (where.size === 0) {
    const item = names.items.find((n) => fold(n.name) === fold(REGISTRY_NAME));
    const at = item && typeof item.formula === 'string' ? parseAddress(item.formula) : null;
    const holder = at?.sheet ? byName(at.sheet) : undefined;
    if (at && holder) {
      const block = holder.getRange(rangeAddress(at.top, at.left, REGISTRY_MAX_ROWS + 1, 2)).load('values');
      await context.sync();
      where = registryEntries(block.values);
    }
  }
  const out = new Map<string, Excel.Worksheet>();
  for (const key of keys) {
    const name = where.get(key);
    const ws = name === undefined ? undefined : byName(name);
    if (ws) out.set(key, ws);
  }
  return out;
}

/**
 * The generated sheets of `keys` as rows from A1 (`rows[0][0]` is A1), by key; a key whose sheet the
 * workbook lacks (no model yet, an older model) is absent. Two syncs whatever the number of sheets;
 * three for a model without identity names.
 * @example (await readGeneratedSheets(PREVIOUS_INPUT_SHEETS)).get('scenarios')?.[0][0] // the sheet's title
 */
export async function readGeneratedSheets(keys: readonly string[], options: ReadGeneratedSheetsOptions = {}): Promise<Map<string, CellValue[][]>> {
  const run = options.run ?? officeRunner();
  return run(async (context) => {
    const found = await findSheets(context, keys);
    const out = new Map<string, CellValue[][]>();
    if (found.size === 0) return out;
    const used = [...found].map(([key, ws]) => ({ key, range: ws.getUsedRangeOrNullObject(true).load('address,values') }));
    await context.sync();
    for (const { key, range } of used) if (!range.isNullObject) out.set(key, rowsFromA1(range.address, range.values));
    return out;
  });
}
