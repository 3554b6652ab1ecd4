// The registry of generated sheets, on the cover (ARCHITECTURE.md: the add-in owns
// only the sheets it generates, listed in a visible registry on the cover).
//
// Layout, shared with the plan's cover builder: a workbook-level defined name
// REGISTRY_NAME on the registry's top-left header cell; below it, one row per
// generated sheet, the sheet's stable key in that column and its name in the next
// column, down to the first row whose key is empty. The cover lists itself.
// A defined name follows the cover when the user renames or moves it.

// The plan's cover names its registry; the adapter reads it by the same name.
export { REGISTRY_NAME } from '../../plan/sheets/sheet-frame';

/** How many registry rows are read at most (the model has about ten sheets). */
export const REGISTRY_MAX_ROWS = 200;

/** A registry read back: sheet name by key, in registry order. */
export type Registry = ReadonlyMap<string, string>;

/**
 * The registry's entries from the values of its block (header row first, key
 * and name columns): rows below the header down to the first empty key.
 *
 * @example registryEntries([['Clé', 'Feuille'], ['cover', 'Sommaire'], ['', '']]) // Map { cover → Sommaire }
 */
export function registryEntries(values: readonly (readonly unknown[])[]): Registry {
  const entries = new Map<string, string>();
  for (const row of values.slice(1)) {
    const key = typeof row[0] === 'string' ? row[0].trim() : '';
    if (key === '') break;
    const name = row[1];
    if (typeof name === 'string' && name.trim() !== '') entries.set(key, name.trim());
  }
  return entries;
}
