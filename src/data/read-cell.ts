import { isBlankCell } from './fold-text';
import { foundText, makeIssue, type IssuePlace } from './make-issue';
import { catalogueLabels, matchCode, matchGroup } from './match-code';
import { parseFrenchNumber } from './parse-french-number';
import type { ColumnKind, ColumnSpec } from './schema';
import type { CellValue, Issue } from './types';

/** A cell read by its column's kind: its normalised value (null when empty), or the issue that stops it. */
export type CellReading =
  | { readonly ok: true; readonly value: string | number | null }
  | { readonly ok: false; readonly issue: Issue };

const ok = (value: string | number | null): CellReading => ({ ok: true, value });

/**
 * Reads one cell as its schema column says: text stays text (a leading `=`, `+`, `-` or `@`
 * is kept, never evaluated), codes become canonical, numbers are parsed the French way
 * and checked against the column's bounds.
 */
export function readCell(column: ColumnSpec, value: CellValue, place: IssuePlace): CellReading {
  if (isBlankCell(value)) {
    return column.required ? { ok: false, issue: makeIssue('VALUE_REQUIRED', place, { kind: 'present' }, null) } : ok(null);
  }
  const kind = column.kind;
  const found = foundText(value);
  const fail = (issue: Issue): CellReading => ({ ok: false, issue });
  switch (kind.type) {
    case 'text':
    case 'ref': {
      const text = (found ?? '').trim();
      const maxLength = kind.type === 'text' ? kind.maxLength : undefined;
      if (maxLength !== undefined && [...text].length > maxLength) {
        return fail(makeIssue('TEXT_TOO_LONG', place, { kind: 'maxLength', max: maxLength }, found));
      }
      return ok(text);
    }
    case 'digits': {
      const text = typeof value === 'number' ? String(value) : (found ?? '').trim();
      return /^\d+$/.test(text) ? ok(text) : fail(makeIssue('NOT_DIGITS', place, { kind: 'digits' }, found));
    }
    case 'code': {
      const code = matchCode(value, kind.codes, catalogueLabels(kind.labelPrefix)) ?? matchGroup(value, kind.codes);
      return code !== null ? ok(code) : fail(makeIssue('UNKNOWN_CODE', place, { kind: 'oneOf', values: kind.codes }, found));
    }
    case 'number':
      return readNumber(kind, value, place, found);
  }
}

function readNumber(kind: Extract<ColumnKind, { type: 'number' }>, value: CellValue, place: IssuePlace, found: string | null): CellReading {
  const reading = parseFrenchNumber(value);
  if (!reading.ok) return { ok: false, issue: makeIssue('NOT_A_NUMBER', place, { kind: 'number' }, found) };
  const n = reading.value;
  if (kind.whole && !Number.isInteger(n)) {
    return { ok: false, issue: makeIssue('NOT_WHOLE_NUMBER', place, { kind: 'wholeNumber' }, found) };
  }
  if (kind.min !== undefined && kind.max !== undefined) {
    if (n < kind.min || n > kind.max) {
      return { ok: false, issue: makeIssue('OUT_OF_RANGE', place, { kind: 'between', min: kind.min, max: kind.max }, found) };
    }
  } else if (kind.min === 0 && n < 0) {
    return { ok: false, issue: makeIssue('NEGATIVE_VALUE', place, { kind: 'nonNegative' }, found) };
  }
  return ok(n);
}
