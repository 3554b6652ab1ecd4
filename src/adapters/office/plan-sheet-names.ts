// Which workbook sheet each plan sheet becomes. A sheet that carries the key's
// identity name (`CoopSheet_<key>`, which Excel keeps through a rename) is ours;
// for a model written before those names, a sheet listed in the previous registry
// under the key is. Ours keeps its identity and gets the plan's name back (renamed
// when the user renamed it or the plan's name changed, e.g. another language);
// any other sheet is the user's and is never written: a plan sheet whose name a
// user's sheet already holds takes the next free name, "Sommaire (2)".
import type { WorkbookPlan } from '../../plan/types';
import type { Registry } from './registry';

/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

export interface SheetTarget {
  readonly key: string;
  /** The name the plan asked for. */
  readonly planned: string;
  /** The name the sheet has in the workbook now, when it exists and is ours. */
  readonly current: string | null;
  /** The name it has once written. */
  readonly final: string;
}

const fold = (name: string): string => name.toLowerCase();

/**
 * One target per plan sheet, in plan order. `existing` are all sheet names of the
 * workbook; `registry` the previous run's registry and `identity` the sheets found
 * by their identity names (keys whose sheet no longer exists are treated as new).
 *
 * @example sheetTargets(plan, ['Sommaire'], new Map()) // cover → final 'Sommaire (2)' (a user's sheet)
 */
export function sheetTargets(
  plan: WorkbookPlan,
  existing: readonly string[],
  registry: Registry,
  identity: Registry = new Map(),
): SheetTarget[] {
  const actual = new Map(existing.map((name) => [fold(name), name]));
  const owned = new Map<string, string>();
  const claimed = new Set<string>();
  // Identity names first: they follow a renamed sheet, the registry's text does not.
  for (const sheet of plan.sheets) {
    const found = identity.get(sheet.key);
    const name = found === undefined ? undefined : actual.get(fold(found));
    if (name !== undefined) {
      owned.set(sheet.key, name);
      claimed.add(fold(name));
    }
  }
  for (const sheet of plan.sheets) {
    if (owned.has(sheet.key)) continue;
    const registered = registry.get(sheet.key);
    const found = registered === undefined ? undefined : actual.get(fold(registered));
    if (found !== undefined && !claimed.has(fold(found))) {
      owned.set(sheet.key, found);
      claimed.add(fold(found));
    }
  }
  // Every existing name stays taken except by the key that owns it.
  const ownerOf = new Map([...owned].map(([key, name]) => [fold(name), key]));
  const taken = new Set(existing.map(fold));
  const finals = new Set<string>();
  return plan.sheets.map((sheet) => {
    const current = owned.get(sheet.key) ?? null;
    const free = (name: string): boolean =>
      !finals.has(fold(name)) && (!taken.has(fold(name)) || ownerOf.get(fold(name)) === sheet.key);
    let final = sheet.name;
    for (let n = 2; !free(final); n += 1) final = numbered(sheet.name, n);
    finals.add(fold(final));
    return { key: sheet.key, planned: sheet.name, current, final };
  });
}

/** `Sommaire (2)`, shortened so that it stays within Excel's 31 characters. */
export function numbered(name: string, n: number): string {
  const suffix = ` (${n})`;
  return name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

/** Names for the temporary sheets, unused in the workbook: `~coop 1`, `~coop 2`… */
export function temporaryNames(count: number, existing: readonly string[], reserved: readonly string[]): string[] {
  const taken = new Set([...existing, ...reserved].map(fold));
  const names: string[] = [];
  for (let i = 1; names.length < count; i += 1) {
    const name = `~coop ${i}`;
    if (!taken.has(fold(name))) names.push(name);
  }
  return names;
}
