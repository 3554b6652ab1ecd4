import ExcelJS from 'exceljs';
import { loadWorkbook, readTables, writeSample, writeTemplate } from '../../../src/adapters/exceljs';
import { SCHEMA } from '../../../src/data/schema';

type DataValidationModel = Record<string, ExcelJS.DataValidation | undefined>;
const validationsOf = (ws: ExcelJS.Worksheet): DataValidationModel =>
  (ws as unknown as { dataValidations: { model: DataValidationModel } }).dataValidations.model;
const tableNamesOf = (ws: ExcelJS.Worksheet): string[] =>
  Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables);

describe('writeTemplate', () => {
  it('writes the four tables as Excel tables with the French headers of the schema, and no rows', async () => {
    const raw = await readTables(await writeTemplate());
    for (const spec of SCHEMA) {
      expect(raw[spec.table]).toEqual({
        table: spec.table, sheet: spec.table, headerRow: 1, firstColumn: 1,
        headers: spec.columns.map((c) => c.fr), rows: [],
      });
    }
  });

  it('writes English headers with --lang en but keeps the contract table names', async () => {
    const wb = await loadWorkbook(await writeTemplate('en'));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Instructions', 'Partenaires', 'Sites', 'Budgets', 'Effectifs', 'Lists']);
    expect(tableNamesOf(wb.getWorksheet('Budgets')!)).toEqual(['Budgets']);
    const raw = await readTables(await writeTemplate('en'));
    expect(raw.Budgets?.headers).toEqual(['Partner', 'Site', 'Side', 'Group', 'Account', 'Label', 'Function', 'Amount']);
  });

  it('puts the instructions first, then the tables, then the visible lists sheet', async () => {
    const wb = await loadWorkbook(await writeTemplate('fr'));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Mode d'emploi", 'Partenaires', 'Sites', 'Budgets', 'Effectifs', 'Listes']);
    expect(wb.worksheets.every((ws) => ws.state === 'visible')).toBe(true);
    const instructions = wb.getWorksheet("Mode d'emploi")!;
    const texts: string[] = [];
    instructions.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    // Every column of every table is explained, with its accepted codes.
    for (const spec of SCHEMA) for (const c of spec.columns) expect(texts.some((s) => s.startsWith(c.fr))).toBe(true);
    expect(texts).toContain('code de la liste : CCN51, CCN66, CCN65, CHRS, BAD, AUTRE');
    expect(texts).toContain('nombre (€), au moins 0');
  });

  it('gives every coded column a dropdown that refers to its list of codes', async () => {
    const wb = await loadWorkbook(await writeTemplate('fr'));
    const lists = wb.getWorksheet('Listes')!;
    // ExcelJS reads a range validation back cell by cell.
    const columnsOf = (model: DataValidationModel): string[] =>
      [...new Set(Object.keys(model).map((a) => a.replace(/\d+$/, '')))].sort();
    const budgets = validationsOf(wb.getWorksheet('Budgets')!);
    // Budgets: Sens is column C, Groupe D, Fonction G (schema order), rows 2 to 201.
    expect(columnsOf(budgets)).toEqual(['C', 'D', 'G']);
    expect(budgets.C201).toBeDefined();
    expect(budgets.C202).toBeUndefined();
    expect(budgets.C1).toBeUndefined();
    const functions = budgets.G2!;
    expect(functions.type).toBe('list');
    const match = /^'?Listes'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(functions.formulae[0] as string);
    expect(match).not.toBeNull();
    const [, col, top, , bottom] = match!;
    const codes: unknown[] = [];
    for (let r = Number(top); r <= Number(bottom); r += 1) codes.push(lists.getCell(`${col}${r}`).value);
    // 15 support functions + ACCOMPAGNEMENT (INPUT-SCHEMA.md).
    expect(codes).toHaveLength(16);
    expect(codes[0]).toBe('DIRECTION_GENERALE');
    expect(codes[15]).toBe('ACCOMPAGNEMENT');
    const staff = validationsOf(wb.getWorksheet('Effectifs')!);
    expect(columnsOf(staff)).toEqual(['C', 'D', 'E']);
    // Partenaires and Effectifs share one agreements list.
    const partners = validationsOf(wb.getWorksheet('Partenaires')!);
    expect(partners.D2!.formulae).toEqual(staff.E2!.formulae);
  });

  it('styles the data area as input cells and freezes the header row', async () => {
    const wb = await loadWorkbook(await writeTemplate('fr'));
    const ws = wb.getWorksheet('Budgets')!;
    const amount = ws.getCell('H200');
    expect(amount.font?.color?.argb).toBe('FF0000FF');
    expect((amount.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFFFCC');
    expect(amount.numFmt).toBe('#,##0 "€"');
    expect(ws.getCell('E2').numFmt).toBe('@');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(6).width).toBeGreaterThanOrEqual(10);
  });
});

describe('writeSample', () => {
  it('fills the tables with the rows given, matched to the schema by header', async () => {
    const data = {
      Partenaires: { headers: ['Nom', 'Code', 'Remarque'], rows: [['Asso Une', 'P1', 'ignored'], ['Asso Deux', 'P2', null]] },
    };
    const raw = await readTables(await writeSample('en', data));
    expect(raw.Partenaires?.headers.slice(0, 2)).toEqual(['Code', 'Name']);
    expect(raw.Partenaires?.rows.map((r) => r.slice(0, 3))).toEqual([['P1', 'Asso Une', null], ['P2', 'Asso Deux', null]]);
    expect(raw.Budgets?.rows).toEqual([]);
  });
});
