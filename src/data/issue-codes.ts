// The fixed list of issue codes (team contract) with the severity each always carries.
import type { Severity } from './types';

/** Every issue code the data layer emits, with its fixed severity: errors stop the build, warnings do not. */
export const ISSUE_CODES = {
  TABLE_MISSING: 'error',
  TABLE_EMPTY: 'error',
  COLUMN_MISSING: 'error',
  COLUMN_DUPLICATE: 'error',
  VALUE_REQUIRED: 'error',
  TEXT_TOO_LONG: 'error',
  UNKNOWN_CODE: 'error',
  NOT_A_NUMBER: 'error',
  NOT_WHOLE_NUMBER: 'error',
  NOT_DIGITS: 'error',
  NEGATIVE_VALUE: 'error',
  OUT_OF_RANGE: 'error',
  DUPLICATE_CODE: 'error',
  UNKNOWN_PARTNER: 'error',
  UNKNOWN_SITE: 'error',
  NEGATIVE_AMOUNT: 'warning',
  SITE_OTHER_PARTNER: 'warning',
  YEARS_DIFFER: 'warning',
  OCCUPANCY_ABOVE_100: 'warning',
  INDICATOR_DATA_MISSING: 'warning',
  TABLE_EMPTY_OPTIONAL: 'warning',
} as const satisfies Readonly<Record<string, Severity>>;

export type IssueCode = keyof typeof ISSUE_CODES;

/** The codes in the order above (errors first), for lists and tests. */
export const ISSUE_CODE_LIST = Object.keys(ISSUE_CODES) as readonly IssueCode[];

export function isIssueCode(code: string): code is IssueCode {
  return Object.prototype.hasOwnProperty.call(ISSUE_CODES, code);
}
