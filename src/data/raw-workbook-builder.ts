// Builds RawWorkbooks in code, for tests and fixtures: a small valid workbook of two partners
// that raises no issue at all, then one change at a time to provoke exactly one problem.
import type { TableName } from '../domain/codes';
import type { CellValue, RawTable, RawWorkbook } from './types';

type Row = CellValue[];
interface Draft {
  sheet: string;
  headerRow: number;
  firstColumn: number;
  headers: CellValue[];
  rows: Row[];
}

/** The valid base: every indicator column filled, occupancy below capacity, one year, no negative amount. */
function baseTables(): Record<TableName, Draft> {
  const at = (sheet: string, headers: CellValue[], rows: Row[]): Draft => ({ sheet, headerRow: 1, firstColumn: 1, headers, rows });
  return {
    Partenaires: at('Partenaires',
      ['Code', 'Nom', 'Convention collective', 'Exercice', 'Capitaux permanents', 'Actif immobilisé net', 'Dettes financières', 'CAF'],
      [
        ['P1', 'Association Alpha', 'CCN51', 2024, 1000000, 600000, 200000, 150000],
        ['P2', 'Association Beta', 'CCN66', 2024, 800000, 500000, 100000, 90000],
      ]),
    Sites: at('Sites',
      ['Partenaire', 'Code', 'Nom', 'Type', 'Places autorisées', "Jours d'ouverture", 'Journées réalisées', 'Journées financées', 'Constructions brutes', 'Amortissements constructions'],
      [
        // 80 places × 365 days = 29 200 ≥ 28 000 delivered.
        ['P1', 'S1', 'EHPAD Les Tilleuls', 'EHPAD', 80, null, 28000, 28500, 5000000, 2000000],
        // 40 places × 210 days = 8 400 ≥ 8 000 delivered.
        ['P2', 'S2', 'IME Le Chêne', 'IME', 40, 210, 8000, 8200, 3000000, 1500000],
      ]),
    Budgets: at('Budgets',
      ['Partenaire', 'Site', 'Sens', 'Groupe', 'Compte', 'Libellé', 'Fonction', 'Montant'],
      [
        ['P1', 'S1', 'CHARGES', 'II', '6411', 'Salaires', 'ACCOMPAGNEMENT', 2000000],
        ['P1', null, 'CHARGES', 'I', '6061', 'Énergie', 'LOCAUX', 150000],
        ['P2', 'S2', 'PRODUITS', 'III', '7351', 'Dotation', null, 3000000],
      ]),
    Effectifs: at('Effectifs',
      ['Partenaire', 'Site', 'Catégorie', 'Fonction', 'Convention collective', 'ETP', 'ETP budgétés', 'Masse salariale chargée', "Jours d'absence"],
      [
        ['P1', 'S1', 'PARAMEDICAL', 'ACCOMPAGNEMENT', null, 30, 32, 1500000, 600],
        ['P2', null, 'ADMINISTRATION_GESTION', 'COMPTABILITE_FINANCE', 'CCN66', 3, 3, 150000, 20],
      ]),
  };
}

export class RawWorkbookBuilder {
  private readonly tables: Partial<Record<TableName, Draft>> = baseTables();

  private draft(table: TableName): Draft {
    const draft = this.tables[table];
    if (!draft) throw new Error(`Table ${table} was removed from this builder`);
    return draft;
  }

  private columnOf(table: TableName, header: string): number {
    const index = this.draft(table).headers.indexOf(header);
    if (index < 0) throw new Error(`No header "${header}" in ${table}`);
    return index;
  }

  /** Drops a whole table, as if the workbook had none of that name. */
  without(table: TableName): this {
    delete this.tables[table];
    return this;
  }

  /** Replaces a table's data rows (cells in header order). */
  withRows(table: TableName, rows: Row[]): this {
    this.draft(table).rows = rows.map((row) => [...row]);
    return this;
  }

  /** Appends a data row given as { header: value }; unnamed cells are empty. */
  addRow(table: TableName, cells: Readonly<Record<string, CellValue>>): this {
    const draft = this.draft(table);
    const row: Row = draft.headers.map(() => null);
    for (const [header, value] of Object.entries(cells)) row[this.columnOf(table, header)] = value;
    draft.rows.push(row);
    return this;
  }

  /** Sets one cell of data row `index` (0-based) in the column headed `header`. */
  set(table: TableName, index: number, header: string, value: CellValue): this {
    this.draft(table).rows[index][this.columnOf(table, header)] = value;
    return this;
  }

  /** Rewrites a header as a user might (English, other case, a unit in brackets…). */
  renameHeader(table: TableName, header: string, written: CellValue): this {
    this.draft(table).headers[this.columnOf(table, header)] = written;
    return this;
  }

  /** Removes a column and its cells. */
  dropColumn(table: TableName, header: string): this {
    const draft = this.draft(table);
    const index = this.columnOf(table, header);
    draft.headers.splice(index, 1);
    draft.rows.forEach((row) => row.splice(index, 1));
    return this;
  }

  /** Appends a column at the right with the given cells (missing ones empty). */
  addColumn(table: TableName, header: CellValue, cells: CellValue[] = []): this {
    const draft = this.draft(table);
    draft.headers.push(header);
    draft.rows.forEach((row, i) => row.push(cells[i] ?? null));
    return this;
  }

  /** Places the table elsewhere: another sheet name, header row or first column. */
  placedAt(table: TableName, at: { sheet?: string; headerRow?: number; firstColumn?: number }): this {
    Object.assign(this.draft(table), at);
    return this;
  }

  build(): RawWorkbook {
    const out: Partial<Record<TableName, RawTable>> = {};
    for (const [table, draft] of Object.entries(this.tables) as [TableName, Draft][]) {
      out[table] = {
        table,
        sheet: draft.sheet,
        headerRow: draft.headerRow,
        firstColumn: draft.firstColumn,
        headers: [...draft.headers],
        rows: draft.rows.map((row) => [...row]),
      };
    }
    return out;
  }
}

/** A small valid workbook (two partners, two sites) to change one thing at a time. */
export function aRawWorkbook(): RawWorkbookBuilder {
  return new RawWorkbookBuilder();
}
