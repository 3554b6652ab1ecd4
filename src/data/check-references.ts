import { foldText } from './fold-text';
import { foundText, makeIssue } from './make-issue';
import type { ReadRow, ReadTable } from './read-table';
import type { Issue } from './types';

/**
 * The key partner and site codes are compared on: trimmed, case and accents ignored,
 * inner spaces folded. "p1 " in Budgets finds "P1" in Partenaires.
 */
export function referenceKey(code: string): string {
  return foldText(code).toUpperCase();
}

/** Codes as written in their own table, by reference key, so every table can use one spelling. */
export interface CodeBook {
  readonly partners: ReadonlyMap<string, string>;
  /** Site code by key, with its partner's key. */
  readonly sites: ReadonlyMap<string, { readonly code: string; readonly partnerKey: string | null }>;
}

export interface ReferenceCheck {
  readonly codes: CodeBook;
  readonly issues: readonly Issue[];
}

export interface ReadTables {
  readonly partners?: ReadTable;
  readonly sites?: ReadTable;
  readonly budgets?: ReadTable;
  readonly staff?: ReadTable;
}

/**
 * Cross-table checks: duplicate partner and site codes (DUPLICATE_CODE on the later row;
 * site codes are unique in the whole workbook), partner and site references that name nothing
 * (UNKNOWN_PARTNER, UNKNOWN_SITE), and a line whose site belongs to another partner (SITE_OTHER_PARTNER).
 * A partner reference is not checked when Partenaires cannot be read (missing, empty, no Code column),
 * nor a site reference when Sites has no Code column, since that is already reported once; a missing Sites table leaves every site reference unknown.
 */
export function checkReferences(tables: ReadTables): ReferenceCheck {
  const issues: Issue[] = [];
  const partners = new Map<string, string>();
  // Codes present but unreadable (too long…): references to them are not reported a second time.
  const unreadablePartners = new Set<string>();
  // Without any readable partner (table missing, empty or without its Code column) every reference
  // would be unknown: the one table-level error says it better than a line per row.
  const partnersReadable = tables.partners !== undefined && tables.partners.columns.has('code') && tables.partners.rows.length > 0;
  for (const row of tables.partners?.rows ?? []) {
    collectCode(row, partners, unreadablePartners, issues, (code) => code);
  }

  const sites = new Map<string, { code: string; partnerKey: string | null }>();
  const unreadableSites = new Set<string>();
  const sitesReadable = tables.sites === undefined || tables.sites.columns.has('code');
  for (const row of tables.sites?.rows ?? []) {
    const partnerKey = checkPartner(row, 'partner');
    collectCode(row, sites, unreadableSites, issues, (code) => ({ code, partnerKey }));
  }

  function checkPartner(row: ReadRow, field: string): string | null {
    const value = row.values[field];
    if (typeof value !== 'string' || row.invalid.has(field)) return null;
    const key = referenceKey(value);
    if (partners.has(key)) return key;
    if (partnersReadable && !unreadablePartners.has(key)) {
      issues.push(makeIssue('UNKNOWN_PARTNER', row.placeOf(field), { kind: 'knownPartner' }, foundText(row.rawOf(field))));
    }
    return null;
  }

  for (const table of [tables.budgets, tables.staff]) {
    for (const row of table?.rows ?? []) {
      const partnerKey = checkPartner(row, 'partner');
      const site = row.values.site;
      if (typeof site !== 'string' || row.invalid.has('site')) continue;
      const entry = sites.get(referenceKey(site));
      if (entry === undefined) {
        if (sitesReadable && !unreadableSites.has(referenceKey(site))) {
          issues.push(makeIssue('UNKNOWN_SITE', row.placeOf('site'), { kind: 'knownSite' }, foundText(row.rawOf('site'))));
        }
      } else if (partnerKey !== null && entry.partnerKey !== null && entry.partnerKey !== partnerKey) {
        const owner = partners.get(entry.partnerKey) ?? entry.partnerKey;
        issues.push(makeIssue('SITE_OTHER_PARTNER', row.placeOf('site'), { kind: 'value', value: owner }, foundText(row.rawOf('site'))));
      }
    }
  }
  return { codes: { partners, sites }, issues };
}

function collectCode<T>(row: ReadRow, seen: Map<string, T>, unreadable: Set<string>, issues: Issue[], entry: (code: string) => T): void {
  const code = row.values.code;
  if (row.invalid.has('code')) {
    const raw = foundText(row.rawOf('code'));
    if (raw !== null) unreadable.add(referenceKey(raw));
    return;
  }
  if (typeof code !== 'string') return;
  const key = referenceKey(code);
  if (seen.has(key)) {
    issues.push(makeIssue('DUPLICATE_CODE', row.placeOf('code'), { kind: 'unique' }, code));
    return;
  }
  seen.set(key, entry(code));
}
