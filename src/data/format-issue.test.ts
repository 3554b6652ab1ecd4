import { hasText } from '../i18n';
import { describeExpected } from './describe-expected';
import { formatIssue } from './format-issue';
import { ISSUE_CODE_LIST, ISSUE_CODES } from './issue-codes';
import { makeIssue } from './make-issue';
import type { Expected } from './types';

// What the validator sets as `expected` for the codes whose message uses it.
const EXPECTED_BY_CODE: Partial<Record<string, Expected>> = {
  VALUE_REQUIRED: { kind: 'present' },
  TEXT_TOO_LONG: { kind: 'maxLength', max: 20 },
  UNKNOWN_CODE: { kind: 'oneOf', values: ['A', 'B'] },
  NOT_A_NUMBER: { kind: 'number' },
  NOT_WHOLE_NUMBER: { kind: 'wholeNumber' },
  NOT_DIGITS: { kind: 'digits' },
  NEGATIVE_VALUE: { kind: 'nonNegative' },
  OUT_OF_RANGE: { kind: 'between', min: 1, max: 366 },
  DUPLICATE_CODE: { kind: 'unique' },
  UNKNOWN_PARTNER: { kind: 'knownPartner' },
  UNKNOWN_SITE: { kind: 'knownSite' },
  NEGATIVE_AMOUNT: { kind: 'nonNegative' },
  SITE_OTHER_PARTNER: { kind: 'value', value: 'P1' },
  YEARS_DIFFER: { kind: 'value', value: '2024' },
  OCCUPANCY_ABOVE_100: { kind: 'between', min: 0, max: 3650 },
};

const notANumber = makeIssue('NOT_A_NUMBER', {
  table: 'Budgets', sheet: 'Budgets', row: 12, column: 'Montant', cell: 'H12',
}, { kind: 'number' }, '12 000 EUR');

describe('formatIssue', () => {
  it('writes a cell issue the French way', () => {
    expect(formatIssue(notANumber, 'fr')).toBe('Budgets!H12 — Montant, ligne 12 : nombre attendu, trouvé « 12 000 EUR »');
  });

  it('writes a cell issue the English way', () => {
    expect(formatIssue(notANumber, 'en')).toBe('Budgets!H12 — Montant, row 12: expected a number, found "12 000 EUR"');
  });

  it('writes a missing column without a cell', () => {
    const issue = makeIssue('COLUMN_MISSING', { table: 'Budgets', sheet: 'Budgets', row: 1, column: 'Montant' }, { kind: 'present' });
    expect(formatIssue(issue, 'fr')).toBe('Budgets — Montant, ligne 1 : colonne obligatoire absente');
    expect(formatIssue(issue, 'en')).toBe('Budgets — Montant, row 1: required column missing');
  });

  it('writes a missing table with only its name', () => {
    const issue = makeIssue('TABLE_MISSING', { table: 'Partenaires' });
    expect(formatIssue(issue, 'fr')).toBe('Partenaires : table obligatoire absente : ni tableau Excel ni feuille nommés « Partenaires »');
    expect(formatIssue(issue, 'en')).toBe('Partenaires: required table missing: no Excel table or sheet named "Partenaires"');
  });

  it('writes an empty table on its header row', () => {
    const issue = makeIssue('TABLE_EMPTY', { table: 'Budgets', sheet: 'Budgets', row: 1 });
    expect(formatIssue(issue, 'en')).toBe('Budgets, row 1: the table has no data rows');
  });

  it('quotes a sheet name with spaces and names the table when the sheet is another', () => {
    const issue = makeIssue('NOT_A_NUMBER', { table: 'Budgets', sheet: "Données de l'an", row: 6, column: 'Montant', cell: 'J6' }, { kind: 'number' }, 'x');
    expect(formatIssue(issue, 'en')).toBe('\'Données de l\'\'an\'!J6 (table Budgets) — Montant, row 6: expected a number, found "x"');
  });

  it('writes bounds the way each language writes numbers', () => {
    const issue = makeIssue('OCCUPANCY_ABOVE_100', { table: 'Sites', sheet: 'Sites', row: 2, column: 'Journées réalisées', cell: 'G2' },
      { kind: 'between', min: 0, max: 29200 }, '29201');
    expect(formatIssue(issue, 'en')).toContain('= 29,200)');
    expect(formatIssue(issue, 'fr')).toContain('= 29\u202F200)');
  });

  it('names the owning partner for a site of another partner', () => {
    const issue = makeIssue('SITE_OTHER_PARTNER', { table: 'Budgets', sheet: 'Budgets', row: 4, column: 'Site', cell: 'B4' }, { kind: 'value', value: 'P1' }, 'S1');
    expect(formatIssue(issue, 'fr')).toBe('Budgets!B4 — Site, ligne 4 : le site « S1 » appartient au partenaire « P1 », pas au partenaire de cette ligne');
  });

  it('cuts a very long value in the message but gives its full length', () => {
    const long = 'X'.repeat(300);
    const issue = makeIssue('TEXT_TOO_LONG', { table: 'Partenaires', sheet: 'Partenaires', row: 2, column: 'Code', cell: 'A2' }, { kind: 'maxLength', max: 20 }, long);
    const line = formatIssue(issue, 'en');
    expect(line).toContain('expected at most 20 characters');
    expect(line).toContain('(300 characters)');
    expect(line.length).toBeLessThan(200);
  });

  it.each(ISSUE_CODE_LIST.map((code) => [code]))('has a French and an English message for %s', (code) => {
    expect(hasText('fr', `issue.${code}`)).toBe(true);
    expect(hasText('en', `issue.${code}`)).toBe(true);
    const issue = makeIssue(code, { table: 'Sites', sheet: 'Sites', row: 3, column: 'Code', cell: 'B3' }, EXPECTED_BY_CODE[code] ?? null, 'F');
    for (const lang of ['fr', 'en'] as const) {
      const line = formatIssue(issue, lang);
      expect(line).not.toMatch(/\{\w+\}/);
      expect(line).not.toMatch(/« {2}»|""|\(\)|= \)/);
    }
  });
});

describe('describeExpected', () => {
  const all: Expected[] = [
    { kind: 'number' }, { kind: 'wholeNumber' }, { kind: 'nonNegative' }, { kind: 'between', min: 1, max: 366 },
    { kind: 'text' }, { kind: 'maxLength', max: 20 }, { kind: 'oneOf', values: ['CHARGES', 'PRODUITS'] }, { kind: 'digits' },
    { kind: 'present' }, { kind: 'unique' }, { kind: 'knownPartner' }, { kind: 'knownSite' }, { kind: 'value', value: '2024' },
  ];

  it.each(all.map((e) => [e.kind, e]))('describes %s in both languages without a placeholder left', (_kind, expected) => {
    for (const lang of ['fr', 'en'] as const) expect(describeExpected(expected as Expected, lang)).not.toMatch(/\{\w+\}|^$/);
  });

  it('lists the accepted codes', () => {
    expect(describeExpected({ kind: 'oneOf', values: ['CHARGES', 'PRODUITS'] }, 'en')).toBe('expected one of CHARGES, PRODUITS');
    expect(describeExpected({ kind: 'between', min: 1, max: 366 }, 'fr')).toBe('nombre entre 1 et 366 attendu');
  });
});

describe('ISSUE_CODES', () => {
  it('holds the fifteen errors and six warnings of the team list', () => {
    const bySeverity = (s: string) => ISSUE_CODE_LIST.filter((c) => ISSUE_CODES[c] === s);
    expect(bySeverity('error')).toHaveLength(15);
    expect(bySeverity('warning')).toEqual([
      'NEGATIVE_AMOUNT', 'SITE_OTHER_PARTNER', 'YEARS_DIFFER', 'OCCUPANCY_ABOVE_100', 'INDICATOR_DATA_MISSING', 'TABLE_EMPTY_OPTIONAL',
    ]);
  });
});
