/**
 * The rows whose partner code names `partner` as sameCode compares them (exact apart from case),
 * in their order. Rows are grouped by upper-cased code once per array and the groups kept while the
 * array lives, so that asking for each partner in turn is linear in the rows, not partners × rows
 * (issue 9: a large cooperation has tens of thousands of lines and dozens of partners).
 *
 * Formula: { r ∈ rows : upper(r.partner) = upper(partner) }. Source: convention (spreadsheet text equality).
 * @example rowsOfPartner(data.budgets, 'a') // the budget lines of partner "A"
 */
export function rowsOfPartner<T extends { readonly partner: string | null }>(rows: readonly T[], partner: string | null): readonly T[] {
  if (partner === null) return [];
  let groups = GROUPS.get(rows) as Map<string, T[]> | undefined;
  if (groups === undefined) {
    groups = new Map<string, T[]>();
    for (const row of rows) {
      if (row.partner === null) continue;
      const key = row.partner.toUpperCase();
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    GROUPS.set(rows, groups);
  }
  return groups.get(partner.toUpperCase()) ?? NONE;
}

// The data's arrays are never changed once validated (CooperationData is read-only), so a group
// computed once stays right; the weak map lets it go with its array.
const GROUPS = new WeakMap<readonly object[], Map<string, object[]>>();
const NONE: readonly never[] = [];
