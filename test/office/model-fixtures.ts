// Real plans for the adapter's tests: the bundled sample through the data layer
// and buildModel, in either language, and a ten-times larger variant.
import type { CellValue, RawTable, RawWorkbook } from '../../src/data/types';
import { validateWorkbook } from '../../src/data';
import type { Lang } from '../../src/i18n';
import { buildModel, type WorkbookPlan } from '../../src/plan';
import { sampleRawWorkbook } from '../../src/sample';
import { installFakeCharts } from '../charts/fake-charts';

// The models carry native charts: the recording fake Excel gets a charts collection.
installFakeCharts();

const GENERATED_AT = new Date('2026-11-26T12:00:00Z');

/**
 * The sample with its Budgets and Effectifs rows repeated `times` times; each
 * copy's budget lines get new account codes (the account with the copy number
 * appended), so that the data sheet grows `times`-fold.
 */
export function scaledSample(times: number): RawWorkbook {
  const raw = sampleRawWorkbook();
  const repeat = (table: RawTable | undefined, recode: (row: readonly CellValue[], copy: number) => CellValue[]): RawTable | undefined => {
    if (!table) return table;
    const rows: CellValue[][] = [];
    for (let copy = 0; copy < times; copy += 1) for (const row of table.rows) rows.push(recode(row, copy));
    return { ...table, rows };
  };
  const accountCol = raw.Budgets?.headers.findIndex((h) => h === 'Compte') ?? -1;
  return {
    ...raw,
    Budgets: repeat(raw.Budgets, (row, copy) =>
      row.map((v, i) => (i === accountCol && copy > 0 && v !== null ? `${String(v)}${copy}` : v)),
    ),
    Effectifs: repeat(raw.Effectifs, (row) => [...row]),
  };
}

export function modelPlan(lang: Lang = 'fr', raw: RawWorkbook = sampleRawWorkbook(), overrides = {}): WorkbookPlan {
  const validated = validateWorkbook(raw);
  if (!validated.ok) throw new Error(`fixture does not validate: ${validated.issues.map((i) => i.code).join(', ')}`);
  return buildModel(validated.value, { lang, generatedAt: GENERATED_AT, productVersion: '0.1.0-test', overrides }).plan;
}
