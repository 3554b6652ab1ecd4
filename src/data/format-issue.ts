import { t, type Lang, type Params } from '../i18n';
import { describeExpected, formatBound } from './describe-expected';
import type { Issue } from './types';

// Longer values are cut in messages (the whole value stays in Issue.found).
const FOUND_SHOWN = 80;

/** Excel's way of naming a sheet in an address: quoted when it holds anything but letters, digits, `_` and `.`. */
function sheetRef(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function placeOf(issue: Issue, lang: Lang): string {
  const where = issue.sheet ?? issue.table ?? '';
  const place = issue.cell !== null && issue.sheet !== null ? `${sheetRef(issue.sheet)}!${issue.cell}` : where;
  return issue.table !== null && issue.sheet !== null && issue.sheet !== issue.table
    ? t(lang, 'issue.place.inTable', { place, table: issue.table })
    : place;
}

function messageParams(issue: Issue, lang: Lang): Params {
  const found = issue.found ?? '';
  const params: Record<string, string | number> = {
    found: [...found].length > FOUND_SHOWN ? `${[...found].slice(0, FOUND_SHOWN - 1).join('')}…` : found,
    length: [...found].length,
    table: issue.table ?? '',
    expected: issue.expected === null ? '' : describeExpected(issue.expected, lang),
    // Filled below when the expectation carries them; never left as raw placeholders.
    value: '', min: '', max: '',
  };
  const expected = issue.expected;
  if (expected?.kind === 'value') params.value = expected.value;
  if (expected?.kind === 'between') Object.assign(params, { min: formatBound(expected.min, lang), max: formatBound(expected.max, lang) });
  if (expected?.kind === 'maxLength') params.max = expected.max;
  return params;
}

/**
 * One issue as a line a user reads, located like Excel names a cell.
 * Example (fr): `Budgets!H12 — Montant, ligne 12 : nombre attendu, trouvé « 12 000 EUR »`;
 * (en): `Budgets!H12 — Montant, row 12: expected a number, found "12 000 EUR"`;
 * without a cell: `Budgets — Montant, ligne 1 : colonne obligatoire absente`.
 */
export function formatIssue(issue: Issue, lang: Lang): string {
  const message = t(lang, `issue.${issue.code}`, messageParams(issue, lang));
  const place = placeOf(issue, lang);
  if (issue.column !== null && issue.row !== null) return t(lang, 'issue.at.cell', { place, column: issue.column, row: issue.row, message });
  if (issue.row !== null) return t(lang, 'issue.at.row', { place, row: issue.row, message });
  if (issue.column !== null) return t(lang, 'issue.at.column', { place, column: issue.column, message });
  return t(lang, 'issue.at.table', { place, message });
}
