// Which sheet each generated sheet is now, from the identity names the plan puts on
// every generated sheet's A1 (`CoopSheet_<key>`, src/plan/sheet-identity-names.ts).
// Excel keeps a defined name on its sheet when the user renames the sheet, so this
// finds a generated sheet whatever it is called now; a name left on `#REF!` (its
// sheet deleted) finds nothing.
import { SHEET_NAME_PREFIX } from '../../plan/sheet-identity-names';
import { parseAddress } from './a1-address';
import type { Registry } from './registry';

const fold = (s: string): string => s.toLowerCase();

/**
 * Current sheet name by plan key, for the identity names that point at an existing
 * sheet. A sheet claimed by two keys (not something the add-in writes) counts for the first.
 *
 * @example identitySheets([{ name: 'CoopSheet_assumptions', formula: "='Hyp 2025'!$A$1" }], ['Hyp 2025']) // assumptions → Hyp 2025
 */
export function identitySheets(names: readonly { readonly name: string; readonly formula?: unknown }[], sheetNames: readonly string[]): Registry {
  const actual = new Map(sheetNames.map((n) => [fold(n), n]));
  const found = new Map<string, string>();
  const claimed = new Set<string>();
  for (const item of names) {
    if (!fold(item.name).startsWith(fold(SHEET_NAME_PREFIX)) || typeof item.formula !== 'string') continue;
    const key = item.name.slice(SHEET_NAME_PREFIX.length);
    const sheet = parseAddress(item.formula)?.sheet;
    const name = sheet ? actual.get(fold(sheet)) : undefined;
    if (key === '' || name === undefined || claimed.has(fold(name)) || found.has(key)) continue;
    found.set(key, name);
    claimed.add(fold(name));
  }
  return found;
}
