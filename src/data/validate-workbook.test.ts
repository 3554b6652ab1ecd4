import { ISSUE_CODE_LIST, ISSUE_CODES, type IssueCode } from './issue-codes';
import { aRawWorkbook } from './raw-workbook-builder';
import type { Issue, RawWorkbook } from './types';
import { validateWorkbook } from './validate-workbook';

function issuesOf(workbook: RawWorkbook): readonly Issue[] {
  const result = validateWorkbook(workbook);
  return result.ok ? result.warnings : result.issues;
}

function dataOf(workbook: RawWorkbook) {
  const result = validateWorkbook(workbook);
  if (!result.ok) throw new Error(`expected valid data, got ${result.issues.map((i) => `${i.code}@${i.cell}`).join(', ')}`);
  return result;
}

/** The location and evidence of an issue, for exact comparison. */
const where = (i: Issue) => ({ code: i.code, severity: i.severity, table: i.table, sheet: i.sheet, row: i.row, column: i.column, cell: i.cell, found: i.found });

describe('validateWorkbook on valid data', () => {
  it('accepts the base workbook without any issue', () => {
    const result = dataOf(aRawWorkbook().build());
    expect(result.warnings).toEqual([]);
    expect(result.value.partners.map((p) => p.code)).toEqual(['P1', 'P2']);
    expect(result.value.sites).toHaveLength(2);
    expect(result.value.budgets).toHaveLength(3);
    expect(result.value.staff).toHaveLength(2);
  });

  it('applies 365 opening days when the cell is empty and keeps a given value', () => {
    const { sites } = dataOf(aRawWorkbook().build()).value;
    expect(sites.map((s) => s.openingDays)).toEqual([365, 210]);
  });

  it("gives a staff group its partner's agreement when its own is empty", () => {
    const { staff } = dataOf(aRawWorkbook().build()).value;
    expect(staff.map((s) => s.agreement)).toEqual(['CCN51', 'CCN66']);
  });

  it('records the Excel row each record came from (header row + 1 + index)', () => {
    const wb = aRawWorkbook().placedAt('Budgets', { headerRow: 4 }).build();
    const { budgets, partners } = dataOf(wb).value;
    expect(budgets.map((b) => b.origin)).toEqual([
      { table: 'Budgets', row: 5 }, { table: 'Budgets', row: 6 }, { table: 'Budgets', row: 7 },
    ]);
    expect(partners[1].origin).toEqual({ table: 'Partenaires', row: 3 });
  });

  it('reads French-formatted numbers in number columns', () => {
    const wb = aRawWorkbook()
      .set('Budgets', 0, 'Montant', '2 000 000,50 €')
      .set('Budgets', 1, 'Montant', '12\u202F345,67')
      .set('Budgets', 2, 'Montant', '3\u00A0000\u00A0000')
      .build();
    expect(dataOf(wb).value.budgets.map((b) => b.amountEur)).toEqual([2000000.5, 12345.67, 3000000]);
  });

  it('reads a date serial number as the number it is (the adapter passes dates as serials or text)', () => {
    const wb = aRawWorkbook().set('Budgets', 0, 'Montant', 45322).build();
    expect(dataOf(wb).value.budgets[0].amountEur).toBe(45322);
  });

  it('matches codes whatever their case, accents, spaces or hyphens', () => {
    const wb = aRawWorkbook()
      .set('Sites', 0, 'Type', ' ehpad ')
      .addColumn('Sites', 'Occupation', ['mise à disposition', 'Mise-a-disposition'])
      .set('Budgets', 0, 'Sens', 'charges')
      .set('Budgets', 0, 'Fonction', 'accompagnement')
      .set('Effectifs', 1, 'Catégorie', 'administration gestion')
      .set('Effectifs', 1, 'Convention collective', 'ccn 66')
      .build();
    const { sites, budgets, staff } = dataOf(wb).value;
    expect(sites.map((s) => [s.type, s.tenure])).toEqual([['EHPAD', 'MISE_A_DISPOSITION'], ['IME', 'MISE_A_DISPOSITION']]);
    expect([budgets[0].side, budgets[0].function]).toEqual(['CHARGES', 'ACCOMPAGNEMENT']);
    expect([staff[1].category, staff[1].agreement]).toEqual(['ADMINISTRATION_GESTION', 'CCN66']);
  });

  it('accepts budget groups as I/II/III or 1/2/3, as text or numbers', () => {
    const wb = aRawWorkbook()
      .set('Budgets', 0, 'Groupe', 2)
      .set('Budgets', 1, 'Groupe', '1')
      .set('Budgets', 2, 'Groupe', 'Groupe III')
      .build();
    expect(dataOf(wb).value.budgets.map((b) => b.group)).toEqual(['II', 'I', 'III']);
  });

  it('finds partners and sites whatever the case and spacing, and writes them as their own table does', () => {
    const wb = aRawWorkbook()
      .set('Budgets', 0, 'Partenaire', ' p1')
      .set('Budgets', 0, 'Site', 's1 ')
      .set('Sites', 1, 'Partenaire', 'p2')
      .build();
    const { budgets, sites } = dataOf(wb).value;
    expect([budgets[0].partner, budgets[0].site]).toEqual(['P1', 'S1']);
    expect(sites[1].partner).toBe('P2');
  });

  it('keeps text that looks like a formula as text, untouched', () => {
    const wb = aRawWorkbook()
      .set('Budgets', 0, 'Libellé', '=SUM(A1:A3)')
      .set('Budgets', 1, 'Libellé', '+33 1 23 45 67 89')
      .set('Budgets', 2, 'Libellé', '-remise')
      .set('Partenaires', 0, 'Nom', '@Alpha')
      .build();
    const { budgets, partners } = dataOf(wb).value;
    expect(budgets.map((b) => b.label)).toEqual(['=SUM(A1:A3)', '+33 1 23 45 67 89', '-remise']);
    expect(partners[0].name).toBe('@Alpha');
  });

  it('keeps and ignores columns the schema does not know', () => {
    const wb = aRawWorkbook().addColumn('Budgets', 'Commentaire', ['à revoir', 12]).addColumn('Partenaires', null, []).build();
    expect(dataOf(wb).warnings).toEqual([]);
  });

  it('skips blank rows silently and keeps the later rows at their real Excel row', () => {
    const wb = aRawWorkbook()
      .withRows('Budgets', [
        ['P1', 'S1', 'CHARGES', 'II', '6411', 'Salaires', 'ACCOMPAGNEMENT', 2000000],
        [null, '  ', null, '\u00A0', null, null, null, null],
        [],
        ['P2', 'S2', 'PRODUITS', 'III', '7351', 'Dotation', null, 'beaucoup'],
      ])
      .build();
    // Header on row 1, so the fourth data row is Excel row 1 + 1 + 3 = 5.
    expect(issuesOf(wb).map(where)).toEqual([
      { code: 'NOT_A_NUMBER', severity: 'error', table: 'Budgets', sheet: 'Budgets', row: 5, column: 'Montant', cell: 'H5', found: 'beaucoup' },
    ]);
  });

  it('reads a row shorter than the headers as having empty cells at its end', () => {
    // Excel and the adapters may drop trailing empty cells: the last column (Jours d'absence) is then empty.
    const wb = aRawWorkbook().set('Effectifs', 0, "Jours d'absence", 5).withRows('Effectifs', [
      ['P1', 'S1', 'PARAMEDICAL', 'ACCOMPAGNEMENT', null, 30, 32, 1500000, 600],
      ['P2', null, 'ADMINISTRATION_GESTION', 'COMPTABILITE_FINANCE', 'CCN66', 3, 3, 150000],
    ]).build();
    expect(dataOf(wb).value.staff.map((s) => s.absenceDays)).toEqual([600, null]);
  });
});

describe('validateWorkbook headers', () => {
  it('accepts English headers in any case, with units in brackets and odd spacing', () => {
    const wb = aRawWorkbook()
      .renameHeader('Budgets', 'Partenaire', 'PARTNER')
      .renameHeader('Budgets', 'Site', ' site ')
      .renameHeader('Budgets', 'Sens', 'Side')
      .renameHeader('Budgets', 'Groupe', 'group')
      .renameHeader('Budgets', 'Compte', 'Account')
      .renameHeader('Budgets', 'Libellé', 'LABEL')
      .renameHeader('Budgets', 'Fonction', 'Function')
      .renameHeader('Budgets', 'Montant', 'Amount (€)')
      .build();
    const result = dataOf(wb);
    expect(result.warnings).toEqual([]);
    expect(result.value.budgets.map((b) => b.amountEur)).toEqual([2000000, 150000, 3000000]);
  });

  it('accepts French headers without accents, in capitals, with units, no-break spaces and curly apostrophes', () => {
    const wb = aRawWorkbook()
      .renameHeader('Budgets', 'Montant', 'montant [€]')
      .renameHeader('Budgets', 'Libellé', 'LIBELLE')
      .renameHeader('Sites', "Jours d'ouverture", 'Jours d\u2019ouverture')
      .renameHeader('Sites', 'Places autorisées', 'Places\u00A0autorisées (nb)')
      .renameHeader('Sites', 'Journées réalisées', ' Journées \u202F réalisées ')
      .build();
    const result = dataOf(wb);
    expect(result.warnings).toEqual([]);
    expect(result.value.sites.map((s) => [s.authorisedPlaces, s.openingDays, s.daysDelivered])).toEqual([[80, 365, 28000], [40, 210, 8000]]);
  });

  it('names an issue by the header as the user wrote it', () => {
    const wb = aRawWorkbook().renameHeader('Budgets', 'Montant', 'Amount (€)').set('Budgets', 0, 'Amount (€)', 'n/a').build();
    expect(issuesOf(wb).map((i) => [i.column, i.cell])).toEqual([['Amount (€)', 'H2']]);
  });
});

describe('validateWorkbook issues, each at its exact place', () => {
  it('TABLE_MISSING: a workbook without Partenaires, with no cascade of unknown partners', () => {
    expect(issuesOf(aRawWorkbook().without('Partenaires').build()).map(where)).toEqual([
      { code: 'TABLE_MISSING', severity: 'error', table: 'Partenaires', sheet: null, row: null, column: null, cell: null, found: null },
    ]);
  });

  it('TABLE_EMPTY: Budgets with headers but no data row', () => {
    expect(issuesOf(aRawWorkbook().withRows('Budgets', [[null, null]]).build()).map(where)).toEqual([
      { code: 'TABLE_EMPTY', severity: 'error', table: 'Budgets', sheet: 'Budgets', row: 1, column: null, cell: null, found: null },
    ]);
  });

  it('TABLE_EMPTY: an empty Partenaires table, without a cascade of unknown partners', () => {
    expect(issuesOf(aRawWorkbook().withRows('Partenaires', []).build()).map((i) => `${i.code}@${i.table}`)).toEqual(['TABLE_EMPTY@Partenaires']);
  });

  it('TABLE_EMPTY_OPTIONAL: Effectifs missing or without data is a warning only', () => {
    const missing = validateWorkbook(aRawWorkbook().without('Effectifs').build());
    expect(missing.ok).toBe(true);
    expect(issuesOf(aRawWorkbook().without('Effectifs').build()).map(where)).toEqual([
      { code: 'TABLE_EMPTY_OPTIONAL', severity: 'warning', table: 'Effectifs', sheet: null, row: null, column: null, cell: null, found: null },
    ]);
    expect(issuesOf(aRawWorkbook().withRows('Effectifs', []).build()).map(where)).toEqual([
      { code: 'TABLE_EMPTY_OPTIONAL', severity: 'warning', table: 'Effectifs', sheet: 'Effectifs', row: 1, column: null, cell: null, found: null },
    ]);
  });

  it('COLUMN_MISSING: a required column absent, named by its French header, on the header row', () => {
    const wb = aRawWorkbook().dropColumn('Budgets', 'Montant').build();
    expect(issuesOf(wb).map(where)).toEqual([
      { code: 'COLUMN_MISSING', severity: 'error', table: 'Budgets', sheet: 'Budgets', row: 1, column: 'Montant', cell: null, found: null },
    ]);
  });

  it('COLUMN_DUPLICATE: a second header for the same column, on that header cell', () => {
    const wb = aRawWorkbook().addColumn('Budgets', 'Amount (€)', [1, 2, 3]).build();
    expect(issuesOf(wb).map(where)).toEqual([
      { code: 'COLUMN_DUPLICATE', severity: 'error', table: 'Budgets', sheet: 'Budgets', row: 1, column: 'Amount (€)', cell: 'I1', found: 'Amount (€)' },
    ]);
  });

  it('VALUE_REQUIRED: an empty required cell', () => {
    const wb = aRawWorkbook().set('Budgets', 0, 'Sens', '  ').build();
    expect(issuesOf(wb).map(where)).toEqual([
      { code: 'VALUE_REQUIRED', severity: 'error', table: 'Budgets', sheet: 'Budgets', row: 2, column: 'Sens', cell: 'C2', found: null },
    ]);
  });

  it('TEXT_TOO_LONG: a partner code of 21 characters (20 at most)', () => {
    const wb = aRawWorkbook().addRow('Partenaires', { Code: 'ASSOCIATION-GAMMA-001', Nom: 'Gamma' }).build();
    const issues = issuesOf(wb);
    expect(issues.map(where)).toEqual([
      { code: 'TEXT_TOO_LONG', severity: 'error', table: 'Partenaires', sheet: 'Partenaires', row: 4, column: 'Code', cell: 'A4', found: 'ASSOCIATION-GAMMA-001' },
    ]);
    expect(issues[0].expected).toEqual({ kind: 'maxLength', max: 20 });
  });

  it('does not report references to a too-long partner code a second time', () => {
    const long = 'ASSOCIATION-BETA-0002';
    const wb = aRawWorkbook()
      .set('Partenaires', 1, 'Code', long)
      .set('Sites', 1, 'Partenaire', long)
      .set('Budgets', 2, 'Partenaire', long)
      .set('Effectifs', 1, 'Partenaire', long)
      .build();
    expect(issuesOf(wb).map((i) => `${i.code}@${i.table}!${i.cell}`)).toEqual(['TEXT_TOO_LONG@Partenaires!A3']);
  });

  it('UNKNOWN_CODE: an establishment type outside the list', () => {
    const issues = issuesOf(aRawWorkbook().set('Sites', 0, 'Type', 'HOPITAL').build());
    expect(issues.map(where)).toEqual([
      { code: 'UNKNOWN_CODE', severity: 'error', table: 'Sites', sheet: 'Sites', row: 2, column: 'Type', cell: 'D2', found: 'HOPITAL' },
    ]);
    expect(issues[0].expected).toMatchObject({ kind: 'oneOf' });
  });

  it('UNKNOWN_CODE: a budget group IV', () => {
    expect(issuesOf(aRawWorkbook().set('Budgets', 1, 'Groupe', 'IV').build()).map((i) => `${i.code}@${i.cell}`)).toEqual(['UNKNOWN_CODE@D3']);
  });

  it('NOT_A_NUMBER: an amount written with "EUR"', () => {
    const issues = issuesOf(aRawWorkbook().set('Budgets', 0, 'Montant', '12 000 EUR').build());
    expect(issues.map(where)).toEqual([
      { code: 'NOT_A_NUMBER', severity: 'error', table: 'Budgets', sheet: 'Budgets', row: 2, column: 'Montant', cell: 'H2', found: '12 000 EUR' },
    ]);
    expect(issues[0].expected).toEqual({ kind: 'number' });
  });

  it('NOT_A_NUMBER: a boolean, a date written as text and formula text in number columns', () => {
    const wb = aRawWorkbook()
      .set('Effectifs', 0, 'ETP', true)
      .set('Budgets', 1, 'Montant', '2024-01-31')
      .set('Sites', 1, 'Places autorisées', '=10+30')
      .build();
    expect(issuesOf(wb).map((i) => [i.code, i.table, i.cell, i.found])).toEqual([
      ['NOT_A_NUMBER', 'Sites', 'E3', '=10+30'],
      ['NOT_A_NUMBER', 'Budgets', 'H3', '2024-01-31'],
      ['NOT_A_NUMBER', 'Effectifs', 'F2', 'TRUE'],
    ]);
  });

  it('NOT_WHOLE_NUMBER: a year with decimals', () => {
    expect(issuesOf(aRawWorkbook().set('Partenaires', 0, 'Exercice', '2024,5').build()).map(where)).toEqual([
      { code: 'NOT_WHOLE_NUMBER', severity: 'error', table: 'Partenaires', sheet: 'Partenaires', row: 2, column: 'Exercice', cell: 'D2', found: '2024,5' },
    ]);
  });

  it('NOT_DIGITS: an account with a hyphen', () => {
    expect(issuesOf(aRawWorkbook().set('Budgets', 2, 'Compte', '73-51').build()).map(where)).toEqual([
      { code: 'NOT_DIGITS', severity: 'error', table: 'Budgets', sheet: 'Budgets', row: 4, column: 'Compte', cell: 'E4', found: '73-51' },
    ]);
  });

  it('reads an account given as a number as its digits', () => {
    expect(dataOf(aRawWorkbook().set('Budgets', 0, 'Compte', 6411).build()).value.budgets[0].account).toBe('6411');
  });

  it('NEGATIVE_VALUE: a negative FTE and a negative payroll', () => {
    const wb = aRawWorkbook().set('Effectifs', 0, 'ETP', '-2,5').set('Effectifs', 1, 'Masse salariale chargée', -1).build();
    expect(issuesOf(wb).map(where)).toEqual([
      { code: 'NEGATIVE_VALUE', severity: 'error', table: 'Effectifs', sheet: 'Effectifs', row: 2, column: 'ETP', cell: 'F2', found: '-2,5' },
      { code: 'NEGATIVE_VALUE', severity: 'error', table: 'Effectifs', sheet: 'Effectifs', row: 3, column: 'Masse salariale chargée', cell: 'H3', found: '-1' },
    ]);
  });

  it('OUT_OF_RANGE: opening days above 366 and of 0, with the range expected', () => {
    const issues = issuesOf(aRawWorkbook().set('Sites', 0, "Jours d'ouverture", 400).set('Sites', 1, "Jours d'ouverture", 0).build());
    expect(issues.map((i) => [i.code, i.cell, i.found])).toEqual([['OUT_OF_RANGE', 'F2', '400'], ['OUT_OF_RANGE', 'F3', '0']]);
    expect(issues[0].expected).toEqual({ kind: 'between', min: 1, max: 366 });
  });

  it('OUT_OF_RANGE: a year before 1900', () => {
    expect(issuesOf(aRawWorkbook().set('Partenaires', 1, 'Exercice', 1850).build()).map((i) => `${i.code}@${i.cell}`)).toEqual(['OUT_OF_RANGE@D3']);
  });

  it('DUPLICATE_CODE: a partner code repeated in another case, reported on the second row', () => {
    const wb = aRawWorkbook().addRow('Partenaires', { Code: 'p1 ', Nom: 'Copie' }).build();
    expect(issuesOf(wb).map(where)).toEqual([
      { code: 'DUPLICATE_CODE', severity: 'error', table: 'Partenaires', sheet: 'Partenaires', row: 4, column: 'Code', cell: 'A4', found: 'p1' },
    ]);
  });

  it('DUPLICATE_CODE: a site code used by two partners (site codes are unique in the workbook)', () => {
    const wb = aRawWorkbook().addRow('Sites', { Partenaire: 'P2', Code: 'S1' }).build();
    expect(issuesOf(wb).map(where)).toEqual([
      { code: 'DUPLICATE_CODE', severity: 'error', table: 'Sites', sheet: 'Sites', row: 4, column: 'Code', cell: 'B4', found: 'S1' },
    ]);
  });

  it('UNKNOWN_PARTNER: a budget line of a partner not in Partenaires', () => {
    expect(issuesOf(aRawWorkbook().set('Budgets', 2, 'Partenaire', 'P9').build()).map(where)).toEqual([
      { code: 'UNKNOWN_PARTNER', severity: 'error', table: 'Budgets', sheet: 'Budgets', row: 4, column: 'Partenaire', cell: 'A4', found: 'P9' },
    ]);
  });

  it('UNKNOWN_PARTNER: in Sites and Effectifs too', () => {
    const wb = aRawWorkbook().set('Sites', 0, 'Partenaire', 'PX').set('Effectifs', 1, 'Partenaire', 'PY').build();
    expect(issuesOf(wb).map((i) => `${i.code}@${i.table}!${i.cell}`)).toEqual(['UNKNOWN_PARTNER@Sites!A2', 'UNKNOWN_PARTNER@Effectifs!A3']);
  });

  it('UNKNOWN_SITE: a staff group on a site not in Sites', () => {
    expect(issuesOf(aRawWorkbook().set('Effectifs', 0, 'Site', 'S9').build()).map(where)).toEqual([
      { code: 'UNKNOWN_SITE', severity: 'error', table: 'Effectifs', sheet: 'Effectifs', row: 2, column: 'Site', cell: 'B2', found: 'S9' },
    ]);
  });

  it('UNKNOWN_SITE: every site reference when the Sites table is missing', () => {
    const codes = issuesOf(aRawWorkbook().without('Sites').build()).map((i) => `${i.code}@${i.table}!${i.cell ?? '-'}`);
    expect(codes).toEqual(['TABLE_EMPTY_OPTIONAL@Sites!-', 'UNKNOWN_SITE@Budgets!B2', 'UNKNOWN_SITE@Budgets!B4', 'UNKNOWN_SITE@Effectifs!B2']);
  });

  it('NEGATIVE_AMOUNT: a negative budget amount is a warning and the data is still built', () => {
    const result = validateWorkbook(aRawWorkbook().set('Budgets', 1, 'Montant', '-1 500').build());
    expect(result.ok).toBe(true);
    expect(issuesOf(aRawWorkbook().set('Budgets', 1, 'Montant', '-1 500').build()).map(where)).toEqual([
      { code: 'NEGATIVE_AMOUNT', severity: 'warning', table: 'Budgets', sheet: 'Budgets', row: 3, column: 'Montant', cell: 'H3', found: '-1 500' },
    ]);
  });

  it('NEGATIVE_AMOUNT: raised on reduction accounts too (609, 6419), for the user to check', () => {
    const wb = aRawWorkbook().set('Budgets', 0, 'Compte', '6419').set('Budgets', 0, 'Montant', -7794).build();
    expect(issuesOf(wb).map((i) => `${i.code}@${i.cell}`)).toEqual(['NEGATIVE_AMOUNT@H2']);
  });

  it('NEGATIVE_AMOUNT: raised on a negative line without an account', () => {
    const wb = aRawWorkbook().set('Budgets', 1, 'Compte', null).set('Budgets', 1, 'Montant', -1).build();
    expect(issuesOf(wb).map((i) => `${i.code}@${i.cell}`)).toEqual(['NEGATIVE_AMOUNT@H3']);
  });

  it('SITE_OTHER_PARTNER: a line of P2 on site S1 of P1, with the owner expected', () => {
    const issues = issuesOf(aRawWorkbook().set('Budgets', 2, 'Site', 'S1').build());
    expect(issues.map(where)).toEqual([
      { code: 'SITE_OTHER_PARTNER', severity: 'warning', table: 'Budgets', sheet: 'Budgets', row: 4, column: 'Site', cell: 'B4', found: 'S1' },
    ]);
    expect(issues[0].expected).toEqual({ kind: 'value', value: 'P1' });
  });

  it('YEARS_DIFFER: one warning for the partner whose year differs from the most common one', () => {
    const wb = aRawWorkbook().addRow('Partenaires', { Code: 'P3', Nom: 'Gamma', Exercice: 2023 }).build();
    const issues = issuesOf(wb);
    expect(issues.map(where)).toEqual([
      { code: 'YEARS_DIFFER', severity: 'warning', table: 'Partenaires', sheet: 'Partenaires', row: 4, column: 'Exercice', cell: 'D4', found: '2023' },
    ]);
    expect(issues[0].expected).toEqual({ kind: 'value', value: '2024' });
  });

  it('OCCUPANCY_ABOVE_100: days delivered above places × opening days, not at exactly 100 %', () => {
    // 80 places × 365 days (default) = 29 200 days of capacity.
    expect(issuesOf(aRawWorkbook().set('Sites', 0, 'Journées réalisées', 29200).build())).toEqual([]);
    const issues = issuesOf(aRawWorkbook().set('Sites', 0, 'Journées réalisées', 29201).build());
    expect(issues.map(where)).toEqual([
      { code: 'OCCUPANCY_ABOVE_100', severity: 'warning', table: 'Sites', sheet: 'Sites', row: 2, column: 'Journées réalisées', cell: 'G2', found: '29201' },
    ]);
    expect(issues[0].expected).toEqual({ kind: 'between', min: 0, max: 29200 });
  });

  it('INDICATOR_DATA_MISSING: once per indicator column, absent or empty on every row, on the header row', () => {
    const wb = aRawWorkbook()
      .dropColumn('Effectifs', "Jours d'absence")
      .set('Effectifs', 0, 'ETP budgétés', null)
      .set('Effectifs', 1, 'ETP budgétés', ' ')
      .build();
    expect(issuesOf(wb).map(where)).toEqual([
      { code: 'INDICATOR_DATA_MISSING', severity: 'warning', table: 'Effectifs', sheet: 'Effectifs', row: 1, column: 'ETP budgétés', cell: 'G1', found: null },
      { code: 'INDICATOR_DATA_MISSING', severity: 'warning', table: 'Effectifs', sheet: 'Effectifs', row: 1, column: "Jours d'absence", cell: null, found: null },
    ]);
  });

  it('INDICATOR_DATA_MISSING: not raised when one row has the figure', () => {
    expect(issuesOf(aRawWorkbook().set('Effectifs', 0, 'ETP budgétés', null).build())).toEqual([]);
  });
});

describe('validateWorkbook issue coverage', () => {
  // One small change per code; the list must cover ISSUE_CODES entirely.
  const scenarios: Record<IssueCode, () => RawWorkbook> = {
    TABLE_MISSING: () => aRawWorkbook().without('Budgets').build(),
    TABLE_EMPTY: () => aRawWorkbook().withRows('Partenaires', []).withRows('Sites', []).withRows('Budgets', [['P1']]).without('Effectifs').build(),
    COLUMN_MISSING: () => aRawWorkbook().dropColumn('Effectifs', 'ETP').build(),
    COLUMN_DUPLICATE: () => aRawWorkbook().addColumn('Partenaires', 'NAME').build(),
    VALUE_REQUIRED: () => aRawWorkbook().set('Partenaires', 0, 'Nom', null).build(),
    TEXT_TOO_LONG: () => aRawWorkbook().addRow('Sites', { Partenaire: 'P1', Code: 'S'.repeat(300) }).build(),
    UNKNOWN_CODE: () => aRawWorkbook().set('Effectifs', 0, 'Catégorie', 'INFIRMIER').build(),
    NOT_A_NUMBER: () => aRawWorkbook().set('Sites', 0, 'Places autorisées', 'quatre-vingts').build(),
    NOT_WHOLE_NUMBER: () => aRawWorkbook().set('Partenaires', 0, 'Exercice', 2024.25).build(),
    NOT_DIGITS: () => aRawWorkbook().set('Budgets', 0, 'Compte', '641A').build(),
    NEGATIVE_VALUE: () => aRawWorkbook().set('Sites', 0, 'Places autorisées', -3).build(),
    OUT_OF_RANGE: () => aRawWorkbook().set('Sites', 1, "Jours d'ouverture", 367).build(),
    DUPLICATE_CODE: () => aRawWorkbook().addRow('Partenaires', { Code: 'P2', Nom: 'Encore' }).build(),
    UNKNOWN_PARTNER: () => aRawWorkbook().set('Sites', 1, 'Partenaire', 'P3').build(),
    UNKNOWN_SITE: () => aRawWorkbook().set('Budgets', 0, 'Site', 'S3').build(),
    NEGATIVE_AMOUNT: () => aRawWorkbook().set('Budgets', 0, 'Montant', -1).build(),
    SITE_OTHER_PARTNER: () => aRawWorkbook().set('Effectifs', 0, 'Site', 'S2').build(),
    YEARS_DIFFER: () => aRawWorkbook().set('Partenaires', 0, 'Exercice', 2023).build(),
    OCCUPANCY_ABOVE_100: () => aRawWorkbook().set('Sites', 1, 'Journées réalisées', 8401).build(),
    INDICATOR_DATA_MISSING: () => aRawWorkbook().dropColumn('Partenaires', 'CAF').build(),
    TABLE_EMPTY_OPTIONAL: () => aRawWorkbook().without('Effectifs').build(),
  };

  it.each(ISSUE_CODE_LIST.map((code) => [code]))('%s is raised by its scenario with its fixed severity', (code) => {
    const raised = issuesOf(scenarios[code]()).filter((i) => i.code === code);
    expect(raised.length).toBeGreaterThan(0);
    expect(raised.every((i) => i.severity === ISSUE_CODES[code])).toBe(true);
  });
});

describe('validateWorkbook results', () => {
  it('places cells from the table position: other sheet, header row and first column', () => {
    const wb = aRawWorkbook().placedAt('Budgets', { sheet: 'Données 2024', headerRow: 5, firstColumn: 3 }).set('Budgets', 0, 'Montant', 'x').build();
    // Montant is the 8th column from C, so J; first data row is 5 + 1 = 6.
    expect(issuesOf(wb).map(where)).toEqual([
      { code: 'NOT_A_NUMBER', severity: 'error', table: 'Budgets', sheet: 'Données 2024', row: 6, column: 'Montant', cell: 'J6', found: 'x' },
    ]);
  });

  it('returns every issue, warnings included, in table, row then column order when there is an error', () => {
    const wb = aRawWorkbook()
      .set('Effectifs', 0, 'ETP', 'x')
      .set('Budgets', 1, 'Montant', -5)
      .set('Budgets', 1, 'Compte', 'abc')
      .set('Budgets', 0, 'Sens', 'DEPENSES')
      .set('Partenaires', 1, 'Exercice', 2023)
      .set('Partenaires', 0, 'Exercice', 2022)
      .build();
    const result = validateWorkbook(wb);
    expect(result.ok).toBe(false);
    // Years 2022 and 2023 tie: the reference is the first listed (2022), so P2 differs.
    expect(issuesOf(wb).map((i) => `${i.code}@${i.table}!${i.cell}`)).toEqual([
      'YEARS_DIFFER@Partenaires!D3',
      'UNKNOWN_CODE@Budgets!C2',
      'NOT_DIGITS@Budgets!E3',
      'NEGATIVE_AMOUNT@Budgets!H3',
      'NOT_A_NUMBER@Effectifs!F2',
    ]);
  });
});
