// readPartnerTables with office-addin-mock objects (properties unreadable until
// loaded and synced) and on the fake Excel: the four tables as plain rows, in
// two round trips whatever the number of rows.
import { readPartnerTables } from '../../src/adapters/office';
import { FakeExcel } from './fake-excel';
import { mockWorkbook } from './office-mock-workbook';

describe('readPartnerTables (office-addin-mock)', () => {
  const budgets = {
    // An Excel table whose name differs in case, on a sheet of another name, starting at B3.
    name: 'BUDGETS',
    sheet: 'Saisie',
    header: { address: 'Saisie!B3:D3', values: [['Partenaire', 'Montant', 'Date']] },
    body: {
      address: 'Saisie!B4:D6',
      values: [
        ['A1', 1200.5, 45306],
        ['A2', '', 45306.5],
        ['', '', ''],
      ],
      // 45306 is 2024-01-15 in Excel's 1900 date system; 45306.5 is noon that day.
      numberFormat: [
        ['General', '#,##0.00', 'dd/mm/yyyy'],
        ['General', '#,##0.00', 'dd/mm/yyyy hh:mm'],
        ['General', 'General', 'General'],
      ],
    },
  };
  const sites = {
    // A worksheet named like the table, headers on row 1 from column B.
    name: 'sites',
    used: { address: 'sites!A1:D3', values: [['', 'Partenaire', 'Code', ''], ['', 'A1', 'S1', ''], ['', 'A2', 'S2', 'note']] },
  };

  it('reads an Excel table by name in any case and a sheet named like a table, in two syncs', async () => {
    const { context, syncs } = mockWorkbook([budgets], [{ name: 'Saisie', used: null }, sites]);
    const raw = await readPartnerTables(async (batch) => batch(context));
    expect(syncs()).toBe(2);
    expect(Object.keys(raw).sort()).toEqual(['Budgets', 'Sites']);
    expect(raw.Budgets).toEqual({
      table: 'Budgets',
      sheet: 'Saisie',
      headerRow: 3,
      firstColumn: 2,
      headers: ['Partenaire', 'Montant', 'Date'],
      rows: [
        ['A1', 1200.5, '2024-01-15'],
        ['A2', null, '2024-01-15 12:00'],
      ],
    });
    expect(raw.Sites).toEqual({
      table: 'Sites',
      sheet: 'sites',
      headerRow: 1,
      firstColumn: 2,
      headers: ['Partenaire', 'Code'],
      rows: [
        ['A1', 'S1'],
        ['A2', 'S2'],
      ],
    });
  });

  it('gives an empty table for an empty sheet and leaves absent tables out', async () => {
    const { context, syncs } = mockWorkbook([], [{ name: 'Partenaires', used: null }]);
    const raw = await readPartnerTables(async (batch) => batch(context));
    expect(syncs()).toBe(2);
    expect(raw).toEqual({ Partenaires: { table: 'Partenaires', sheet: 'Partenaires', headerRow: 1, firstColumn: 1, headers: [], rows: [] } });
  });
});

describe('readPartnerTables (fake Excel)', () => {
  it('reads the same rows in two syncs for 10 rows and for 2 000 rows', async () => {
    for (const rows of [10, 2000]) {
      const excel = new FakeExcel();
      const sheet = excel.addSheet('Effectifs');
      ['Partenaire', 'ETP'].forEach((h, c) => sheet.cells.set(`1:${c + 1}`, { value: h, format: {} }));
      for (let r = 0; r < rows; r += 1) {
        sheet.cells.set(`${r + 2}:1`, { value: `P${r % 3}`, format: {} });
        sheet.cells.set(`${r + 2}:2`, { value: r / 2, format: {} });
      }
      const raw = await readPartnerTables(excel.run);
      expect(excel.syncs).toBe(2);
      expect(raw.Effectifs?.rows).toHaveLength(rows);
      expect(raw.Effectifs?.rows[rows - 1]).toEqual([`P${(rows - 1) % 3}`, (rows - 1) / 2]);
    }
  });
});
